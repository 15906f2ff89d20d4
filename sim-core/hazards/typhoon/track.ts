// A typhoon's track (台风路径): fixes of the centre at times, each with its central pressure and
// radius of maximum wind, linearly interpolated between fixes (the way forecast tracks are
// given, every 3–6 h, and read between them). Before the first fix and after the last the storm
// stays at that fix: a scenario puts its first and last fixes far enough away. The storm's
// forward motion (移速移向) is the derivative of that same path: between two fixes the centre
// moves in a straight line at a constant velocity, the one the forward-motion asymmetry of the
// wind takes (forwardMotion.ts).
import { sin } from '../../math/index.ts';
import { AIR_DENSITY, EARTH_OMEGA, type HollandVortex } from './holland.ts';

export interface TrackFix {
  /** Sim time, s. */
  t: number;
  /** Centre, m in the scenario's grid (x east, y north). */
  x: number;
  y: number;
  /** Central pressure, hPa. */
  pc: number;
  /** Radius of maximum wind, m. */
  rmax: number;
}

export interface TyphoonTrack {
  fixes: readonly TrackFix[];
  /** Ambient pressure, hPa. */
  pn: number;
  /** Holland's B. */
  b: number;
  /** Latitude of the district, degrees north (for the Coriolis parameter). */
  latitude: number;
  /** Surface (10 m, 10-min mean) wind as a share of the gradient wind. */
  surfaceFactor: number;
}

export interface StormAt {
  x: number;
  y: number;
  /** Translation velocity of the centre, m/s (x east, y north); 0, 0 when stationary. */
  vx: number;
  vy: number;
  vortex: HollandVortex;
}

/** Where the centre is and what the vortex is at time t (fixes sorted by time). */
export function stormAt(track: TyphoonTrack, t: number): StormAt {
  const f = track.fixes;
  let a = f[0], b = f[0], w = 0;
  if (t >= f[f.length - 1].t) { a = b = f[f.length - 1]; }
  else if (t > f[0].t) {
    let k = 0;
    while (f[k + 1].t <= t) k++;
    a = f[k]; b = f[k + 1];
    w = (t - a.t) / (b.t - a.t);
  }
  const lerp = (p: number, q: number) => p + (q - p) * w;
  const [vx, vy] = translation(f, t);
  return {
    x: lerp(a.x, b.x), y: lerp(a.y, b.y), vx, vy,
    vortex: {
      pc: lerp(a.pc, b.pc) * 100, pn: track.pn * 100, rmax: lerp(a.rmax, b.rmax), b: track.b,
      f: 2 * EARTH_OMEGA * sin((track.latitude * Math.PI) / 180), rho: AIR_DENSITY,
    },
  };
}

/**
 * The centre's velocity at t, m/s: that of the leg from the fix at or before t to the next (so a
 * bulletin at a fix is moving the way the next fix lies, as a forecast's 移向 says), of the last leg
 * at the last fix itself, and 0 before the first fix and after the last, where the storm stays put.
 */
function translation(f: readonly TrackFix[], t: number): [number, number] {
  if (f.length < 2 || t < f[0].t || t > f[f.length - 1].t) return [0, 0];
  let k = 0;
  while (k + 2 < f.length && f[k + 1].t <= t) k++;
  const a = f[k], b = f[k + 1], dt = b.t - a.t;
  return [(b.x - a.x) / dt, (b.y - a.y) / dt];
}

/**
 * The time (s, on a 10-min step within the fixes) the centre passes closest to (x, y): between
 * fixes the centre moves in a straight line, so the step only rounds the true moment.
 */
export function closestApproach(track: TyphoonTrack, x: number, y: number): number {
  const f = track.fixes;
  let best = f[0].t, bestD = Infinity;
  for (let t = f[0].t; t <= f[f.length - 1].t; t += 600) {
    const s = stormAt(track, t);
    const d = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
    if (d < bestD) { bestD = d; best = t; }
  }
  return best;
}
