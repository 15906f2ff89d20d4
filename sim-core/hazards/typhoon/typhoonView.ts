// What every role sees of the typhoon on its map (the weather service's public track, 台风路径):
// where the centre is now, the track of the fixes announced so far (each bulletin's), and the
// 七级/十级/十二级风圈 — within which the surface wind reaches force 7 (13.9 m/s), force 10
// (24.5 m/s) and force 12 (32.7 m/s), the Beaufort floors of GB/T 28591-2012 — given, as Chinese
// typhoon bulletins give them, as four radii: 东北、东南、西南、西北 (the outermost reach of the
// circle in each compass quadrant). The wind is the storm's own (windAt.ts, with its forward
// motion) at the view's time, so the circles move, shrink and lean to the right of the track.
import type { SimContext } from '../../context.ts';
import { cos, sin } from '../../math/index.ts';
import { stormAt, type StormAt } from './track.ts';
import { surfaceWindAt } from './windAt.ts';
import { windPeak } from './holland.ts';
import type { TyphoonTrack } from './track.ts';

/** Beaufort floors (m/s) of the three circles the bulletins give. */
export const WIND_CIRCLES = [{ force: 7, speed: 13.9 }, { force: 10, speed: 24.5 }, { force: 12, speed: 32.7 }] as const;

/** The quadrants of the bulletins, in their order, by compass bearing from the centre (degrees clockwise from north). */
export const QUADRANTS = [{ id: 'NE', from: 0 }, { id: 'SE', from: 90 }, { id: 'SW', from: 180 }, { id: 'NW', from: 270 }] as const;

/** Radii of one circle in the four quadrants, m: NE, SE, SW, NW (0 where the quadrant does not reach the floor). */
export type QuadrantRadii = [number, number, number, number];

export interface TyphoonView {
  id: string;
  /** Centre now, m (rounded). */
  x: number;
  y: number;
  /** Announced fixes so far, [x, y] m, oldest first. */
  track: [number, number][];
  /** Each circle's radii (m, rounded) by quadrant; null: the storm does not reach its floor anywhere. */
  circles: { force: number; radii: QuadrantRadii | null }[];
}

/** The surface wind (m/s) along the ray from the centre at `bearing` (degrees clockwise from north), r metres out. */
function rayWind(track: TyphoonTrack, storm: StormAt, bearing: number): (r: number) => number {
  const b = (bearing * Math.PI) / 180;
  const ux = sin(b), uy = cos(b);
  return (r) => surfaceWindAt(track, storm, storm.x + r * ux, storm.y + r * uy);
}

/** Beyond the peak at `from`, the radius (m, to 1 m) where the wind falls below `v` (it is ≥ v at `from`). */
function outerEdge(wind: (r: number) => number, from: number, v: number): number {
  let lo = from, hi = from * 2;
  while (wind(hi) >= v && hi < 5e6) { lo = hi; hi *= 2; }
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wind(mid) >= v) lo = mid; else hi = mid;
  }
  return lo;
}

/**
 * The outer radius (m) where the surface wind along the ray at `bearing` (degrees clockwise from
 * north) falls to `v`, or null if the ray never reaches `v`. Beyond its peak the wind along a ray
 * falls (the background wind is constant, and the inflow angle too beyond 1.2·Rmax), so the edge
 * is bisected to 1 m.
 */
export function windRadiusAlong(track: TyphoonTrack, storm: StormAt, v: number, bearing: number): number | null {
  const wind = rayWind(track, storm, bearing);
  const [r, w] = windPeak(wind, storm.vortex.rmax);
  return w < v ? null : outerEdge(wind, r, v);
}

/** Bearings tried in each quadrant, degrees apart (both edges included): a 0.1 % short reach at worst. */
const QUADRANT_STEP = 5;

/**
 * The circles of winds `speeds` as the bulletins give them: in each quadrant the outermost radius
 * (m) at which the wind still reaches the speed, over bearings QUADRANT_STEP apart; null for a
 * speed no quadrant reaches.
 */
export function windQuadrantRadii(track: TyphoonTrack, storm: StormAt, speeds: readonly number[]): (QuadrantRadii | null)[] {
  const out = speeds.map((): QuadrantRadii => [0, 0, 0, 0]);
  const reached = speeds.map(() => false);
  for (let q = 0; q < 4; q++) {
    for (let d = 0; d <= 90; d += QUADRANT_STEP) {
      const wind = rayWind(track, storm, QUADRANTS[q].from + d);
      const [rp, wp] = windPeak(wind, storm.vortex.rmax);
      for (let k = 0; k < speeds.length; k++) {
        if (wp < speeds[k]) continue;
        const r = outerEdge(wind, rp, speeds[k]);
        if (r > out[k][q]) out[k][q] = r;
        reached[k] = true;
      }
    }
  }
  return out.map((radii, k) => (reached[k] ? radii : null));
}

/** The three circles of the storm at time t, radii rounded to metres (shared: copy before changing). */
export function windCirclesAt(track: TyphoonTrack, t: number): TyphoonView['circles'] {
  let byTime = circlesCache.get(track);
  if (!byTime) { byTime = new Map(); circlesCache.set(track, byTime); }
  const hit = byTime.get(t);
  if (hit) return hit;
  const radii = windQuadrantRadii(track, stormAt(track, t), WIND_CIRCLES.map((c) => c.speed));
  const circles = WIND_CIRCLES.map(({ force }, k) => {
    const r = radii[k];
    return { force, radii: r === null ? null : r.map((m) => Math.round(m)) as QuadrantRadii };
  });
  if (byTime.size >= CACHED_TIMES) byTime.clear();
  byTime.set(t, circles);
  return circles;
}

/**
 * Circles already worked out, per track and time: every role's view at one moment, and each
 * bulletin's line every time the log is shown, ask for the same (a pure function of both).
 */
const circlesCache = new WeakMap<TyphoonTrack, Map<number, TyphoonView['circles']>>();
const CACHED_TIMES = 64;

/** `ctx`: a sim's, or any scenario and state (the report's map draws the view of its moment). */
export function typhoonViewFor(ctx: Pick<SimContext, 'scenario' | 'state'>): TyphoonView | undefined {
  const ty = ctx.scenario.typhoon;
  const st = ctx.state.entities.typhoon;
  if (!ty || !st) return undefined;
  const storm = stormAt(ty.track, ctx.state.t);
  const announced = ty.track.fixes.slice(0, st.bulletins).map((f): [number, number] => [Math.round(f.x), Math.round(f.y)]);
  return {
    id: ty.id,
    x: Math.round(storm.x), y: Math.round(storm.y),
    track: announced,
    circles: windCirclesAt(ty.track, ctx.state.t).map((c) => ({ force: c.force, radii: c.radii && [...c.radii] as QuadrantRadii })),
  };
}
