// 地震预警 — earthquake early warning: how many seconds before the strong (S-wave) shaking a
// place with a receiver is warned, and how much that spares the people who take cover.
//
// Warning time at a place = S-wave travel time − the alert's issue time:
//   t_w = R / v_S − t_alert,   R the hypocentral distance (epicentral distance and focal depth).
// - t_alert: the district plan (seed 001, 灾害性地震预警信息发布时效(震后)) sets 5–10 s after the
//   origin; ALERT_DELAY takes the slower end, 10 s, and a scenario may pass its own.
// - v_S = 3.5 km/s, the usual crustal shear-wave speed used in warning-time estimates (an
//   assumption: upper-crust S waves run at about 3.2–3.7 km/s).
// Inside R = v_S · t_alert (35 km at 10 s: the blind zone, 盲区) no warning comes before shaking.
// A place without a receiver (地震预警接收终端, or a village loudspeaker tied to one) gets none.
//
// Sparing: Strauss & Allen (2016, "Benefits and costs of earthquake early warning",
// Seismological Research Letters 87(3)) conclude that warning could cut injuries in earthquakes
// by more than half, people using it to drop, cover and hold on. WARNED_INJURY_FACTOR takes
// that as 0.5 on non-fatal injuries of the people warned at least TAKE_COVER_SECONDS ahead (3 s
// to get under a desk, an assumption from school drills' 趴下、掩护、抓牢); deaths and people
// trapped, which come from collapse, are left as they are (an assumption: cover does little
// when the building falls).
import { hypot } from '../../math/index.ts';
import type { ScenarioQuake } from '../../hazards/quake/shaking.ts';

/** Shear-wave speed in the crust, m/s. */
export const S_WAVE_SPEED = 3500;
/** Seconds after the origin time the alert is issued (seed 001: 5–10 s; the slower end). */
export const ALERT_DELAY = 10;
/** Warning needed to take cover, s. */
export const TAKE_COVER_SECONDS = 3;
/** Factor on non-fatal injuries of people warned in time (Strauss & Allen 2016: "more than 50%"). */
export const WARNED_INJURY_FACTOR = 0.5;

export interface WarnedPlace {
  x: number;
  y: number;
  /** Whether the place has an early-warning receiver. */
  receiver: boolean;
}

/** Seconds of warning before the S waves reach the place (0: none, in the blind zone or no receiver). */
export function earlyWarningSeconds(place: WarnedPlace, quake: ScenarioQuake, alertDelay = ALERT_DELAY): number {
  if (!place.receiver) return 0;
  const r = hypot(hypot(place.x - quake.epicentre.x, place.y - quake.epicentre.y), quake.depth);
  const t = r / S_WAVE_SPEED - alertDelay;
  return t > 0 ? Math.floor(t * 10) / 10 : 0;
}

/** Factor on non-fatal injuries at a place given its warning seconds (1: no sparing). */
export function injuryFactor(warningSeconds: number): number {
  return warningSeconds >= TAKE_COVER_SECONDS ? WARNED_INJURY_FACTOR : 1;
}
