// A typhoon's track (台风路径): fixes of the centre at times, each with its central pressure and
// radius of maximum wind, linearly interpolated between fixes (the way forecast tracks are
// given, every 3–6 h, and read between them). Before the first fix and after the last the storm
// stays at that fix: a scenario puts its first and last fixes far enough away.
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
  return {
    x: lerp(a.x, b.x), y: lerp(a.y, b.y),
    vortex: {
      pc: lerp(a.pc, b.pc) * 100, pn: track.pn * 100, rmax: lerp(a.rmax, b.rmax), b: track.b,
      f: 2 * EARTH_OMEGA * sin((track.latitude * Math.PI) / 180), rho: AIR_DENSITY,
    },
  };
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
