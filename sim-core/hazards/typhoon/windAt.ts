// The typhoon's surface wind at a point — the one place every user of the wind asks (power
// fragility and trees in typhoonStep.ts, the wind circles of the view and the bulletins, the case):
// Holland's gradient wind at the distance from the centre (holland.ts), reduced to the surface by
// the scenario's factor, as a vector turned in by the inflow angle, plus the storm's forward
// motion as Lin & Chavas's (2012) background wind (forwardMotion.ts). The reduction is a stated
// assumption: parametric models take the 10 m wind as 0.7–0.9 of the gradient wind (Powell et al.
// 2003, Nature 422, measured ≈ 0.7–0.8 of the flight-level wind in the eyewall); the scenario says
// which. A stationary storm has no background wind and its speed is the symmetric vortex's, bit
// for bit (the inflow angle turns the vector, not its length).
import { hypot } from '../../math/index.ts';
import { hollandGradientWind, hollandPeakWind } from './holland.ts';
import { BACKGROUND_SHARE, backgroundWind, hemisphereOf, inflowCosSin } from './forwardMotion.ts';
import type { StormAt, TyphoonTrack } from './track.ts';

/** Surface wind speed (m/s) at (x, y), the grid's metres, with the storm as it is at that moment. */
export function surfaceWindAt(track: Pick<TyphoonTrack, 'surfaceFactor' | 'latitude'>, storm: StormAt, x: number, y: number): number {
  const dx = x - storm.x, dy = y - storm.y;
  const r = hypot(dx, dy);
  const vs = track.surfaceFactor * hollandGradientWind(storm.vortex, r);
  if (storm.vx === 0 && storm.vy === 0) return vs;
  const h = hemisphereOf(track.latitude);
  const [bx, by] = backgroundWind(storm.vx, storm.vy, h);
  if (r === 0) return hypot(bx, by);
  const cs = inflowCosSin(r, storm.vortex.rmax);
  const ca = cs[0], sa = cs[1];
  // Outward unit vector (ex, ey); the cyclonic tangent is it turned 90° anticlockwise in the north
  // (clockwise in the south); the inflow angle turns the wind from the tangent towards the centre.
  const ex = dx / r, ey = dy / r;
  const tx = -h * ey, ty = h * ex;
  return hypot(vs * (ca * tx - sa * ex) + bx, vs * (ca * ty - sa * ey) + by);
}

/**
 * An upper bound of the surface wind anywhere r from the centre (m/s): the vortex's speed plus the
 * whole background wind, reached on the bearing where the two line up. Equal to the wind itself
 * for a stationary storm.
 */
export function surfaceWindCeiling(track: Pick<TyphoonTrack, 'surfaceFactor'>, storm: StormAt, r: number): number {
  const vs = track.surfaceFactor * hollandGradientWind(storm.vortex, r);
  return vs + BACKGROUND_SHARE * hypot(storm.vx, storm.vy);
}

/**
 * The storm's maximum sustained surface wind now, m/s (近中心最大风力): the peak of the vortex's
 * gradient wind (with Coriolis, holland.ts) × the surface factor, plus the background wind, which
 * adds whole where it lines up with the vortex's wind (right of the track, near Rmax). The same
 * field the wind circles are drawn from, so a storm quoted at force 12 has a force-12 circle.
 */
export function surfaceMaxWind(track: Pick<TyphoonTrack, 'surfaceFactor'>, storm: StormAt): number {
  return track.surfaceFactor * hollandPeakWind(storm.vortex).wind + BACKGROUND_SHARE * hypot(storm.vx, storm.vy);
}
