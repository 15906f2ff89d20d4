// What every role sees of the typhoon on its map (the weather service's public track, 台风路径):
// where the centre is now, the track of the fixes announced so far (each bulletin's), and the
// 七级/十级/十二级风圈 — the radii within which the surface wind reaches force 7 (13.9 m/s),
// force 10 (24.5 m/s) and force 12 (32.7 m/s), the Beaufort floors of GB/T 28591-2012 that the
// Chinese bulletins quote their wind circles by. The radii are the storm's own symmetric Holland
// profile (windAt.ts) at the view's time, so the circles move and shrink with the storm.
import type { SimContext } from '../../context.ts';
import { stormAt, type StormAt } from './track.ts';
import { surfaceWindAt } from './windAt.ts';
import type { TyphoonTrack } from './track.ts';

/** Beaufort floors (m/s) of the three circles the bulletins give. */
export const WIND_CIRCLES = [{ force: 7, speed: 13.9 }, { force: 10, speed: 24.5 }, { force: 12, speed: 32.7 }] as const;

export interface TyphoonView {
  id: string;
  /** Centre now, m (rounded). */
  x: number;
  y: number;
  /** Announced fixes so far, [x, y] m, oldest first. */
  track: [number, number][];
  /** Outer radius (m, rounded) where the wind falls below each circle's floor; null: the storm does not reach it. */
  circles: { force: number; radius: number | null }[];
}

/** The outer radius (m) where the surface wind falls to `v`, or null if it never reaches `v`. */
export function windCircleRadius(track: TyphoonTrack, storm: StormAt, v: number): number | null {
  const wind = (r: number) => surfaceWindAt(track, storm, storm.x + r, storm.y);
  const peak = storm.vortex.rmax;
  if (wind(peak) < v) return null;
  let lo = peak, hi = peak * 2;
  while (wind(hi) >= v && hi < 5e6) { lo = hi; hi *= 2; }
  // The profile falls monotonically beyond Rmax: bisect to 1 m.
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wind(mid) >= v) lo = mid; else hi = mid;
  }
  return lo;
}

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
    circles: WIND_CIRCLES.map(({ force, speed }) => {
      const r = windCircleRadius(ty.track, storm, speed);
      return { force, radius: r === null ? null : Math.round(r) };
    }),
  };
}
