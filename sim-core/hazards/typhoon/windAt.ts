// The typhoon's surface wind at a point: Holland's gradient wind at the distance from the centre
// (holland.ts), reduced to the surface by the scenario's factor. The reduction is a stated
// assumption: parametric models take the 10 m wind as 0.7–0.9 of the gradient wind (Powell et al.
// 2003, Nature 422, measured ≈ 0.7–0.8 of the flight-level wind in the eyewall); the scenario says
// which. The storm's forward motion (a stronger right-hand side) is not added: the case and the
// scenario use the symmetric vortex (docs/verification.md, "Typhoon wind").
import { hypot } from '../../math/index.ts';
import { hollandGradientWind, hollandMaxWind } from './holland.ts';
import type { StormAt, TyphoonTrack } from './track.ts';

export function surfaceWindAt(track: TyphoonTrack, storm: StormAt, x: number, y: number): number {
  return track.surfaceFactor * hollandGradientWind(storm.vortex, hypot(x - storm.x, y - storm.y));
}

/** The storm's maximum sustained surface wind now, m/s (cyclostrophic Vm × the surface factor). */
export function surfaceMaxWind(track: TyphoonTrack, storm: StormAt): number {
  return track.surfaceFactor * hollandMaxWind(storm.vortex);
}
