// The plume's public API for the rest of the core: a source, the weather and a grid in, a
// concentration field (g/m³ at receptor height, row-major from the south-west corner as every
// grid in DESIGN.md) out. Pure and deterministic; the caller owns the output array so a
// recompute on a wind shift allocates nothing.
//
// Geometry: the wind blows toward compass direction `dir` (0 = north, 90 = east), as the fire
// case's wind. A cell's centre is taken relative to the source; x is the distance downwind along
// the wind, y across it. Cells at or upwind of the source (x ≤ 0) get 0.
//
// Time: a continuous release of `rate` g/s for `duration` s is a steady plume truncated to the
// stretch the released air occupies at time t — u·(t − duration) < x ≤ u·t (a "top-hat" in the
// along-wind direction: along-wind spreading of the ends is neglected, an assumption). With no
// time given the steady plume is returned. An instantaneous release of `mass` g is a puff whose
// centre is at u·t, its σ taken at that travel distance.
import { cos, sin } from '../../math/index.ts';
import { plumeConcentration, puffConcentration } from './gaussian.ts';
import { dispersionSigmas, sigmaYOverXBound } from './sigmas.ts';
import { LATERAL_CUTOFF } from './gaussian.ts';
import type { SigmaScheme, StabilityClass } from './stability.ts';

export type PlumeSource =
  | { kind: 'continuous'; x: number; y: number; height: number; rate: number; duration?: number }
  | { kind: 'instantaneous'; x: number; y: number; height: number; mass: number };

export interface PlumeWeather {
  /** Wind speed at release height, m/s (> 0: the Gaussian plume has no calm solution). */
  speed: number;
  /** Compass direction the wind blows toward, degrees. */
  dir: number;
  stability: StabilityClass;
  scheme: SigmaScheme;
}

export interface PlumeGrid {
  width: number;
  height: number;
  /** Cell side, m; cell [i, j] has its centre at ((i + ½)·cellSize, (j + ½)·cellSize). */
  cellSize: number;
}

/** Where a point lies relative to the source in the wind's frame. */
export function windFrame(source: { x: number; y: number }, weather: Pick<PlumeWeather, 'dir'>, px: number, py: number): { downwind: number; crosswind: number } {
  const rad = (weather.dir * Math.PI) / 180;
  const ex = sin(rad), ey = cos(rad);
  const dx = px - source.x, dy = py - source.y;
  return { downwind: dx * ex + dy * ey, crosswind: dx * ey - dy * ex };
}

/** Concentration (g/m³) at one point at height z, time t (s after release start; undefined = steady). */
export function concentrationAt(source: PlumeSource, weather: PlumeWeather, px: number, py: number, z: number, t?: number): number {
  const { downwind, crosswind } = windFrame(source, weather, px, py);
  return concentrationInFrame(source, weather, downwind, crosswind, z, t);
}

function concentrationInFrame(source: PlumeSource, weather: PlumeWeather, x: number, y: number, z: number, t: number | undefined): number {
  const u = weather.speed;
  if (source.kind === 'instantaneous') {
    if (t === undefined || t <= 0) return 0;
    const travel = u * t;
    const s = dispersionSigmas(weather.scheme, weather.stability, travel);
    return puffConcentration(source.mass, s.y, s.y, s.z, x - travel, y, z, source.height);
  }
  if (x <= 0) return 0;
  if (t !== undefined) {
    if (x > u * t) return 0;
    if (source.duration !== undefined && x <= u * (t - source.duration)) return 0;
  }
  const s = dispersionSigmas(weather.scheme, weather.stability, x);
  return plumeConcentration(source.rate, u, s.y, s.z, y, z, source.height);
}

/** Fills `out` (width·height) with the concentration (g/m³) at height z over the grid. */
export function plumeField(source: PlumeSource, weather: PlumeWeather, grid: PlumeGrid, z: number, t: number | undefined, out: Float64Array): Float64Array {
  const { width, height, cellSize } = grid;
  if (out.length !== width * height) throw new Error(`plumeField: output has ${out.length} cells, grid has ${width * height}`);
  const rad = (weather.dir * Math.PI) / 180;
  const ex = sin(rad), ey = cos(rad);
  // A continuous plume's cell whose y²/(2σy²) must exceed the Gaussian cutoff is 0 whatever its
  // σ: test that first with a bound of σy/x, so most off-axis cells cost no σ and no exp. The
  // result is bit for bit what the full formula gives.
  const bound = sigmaYOverXBound(weather.scheme, weather.stability);
  const skip = source.kind === 'continuous' ? 2 * LATERAL_CUTOFF * bound * bound : -1;
  for (let j = 0; j < height; j++) {
    const dy = (j + 0.5) * cellSize - source.y;
    for (let i = 0; i < width; i++) {
      const dx = (i + 0.5) * cellSize - source.x;
      const x = dx * ex + dy * ey, y = dx * ey - dy * ex;
      if (x >= 1 && y * y > skip * x * x && skip > 0) { out[j * width + i] = 0; continue; }
      out[j * width + i] = concentrationInFrame(source, weather, x, y, z, t);
    }
  }
  return out;
}
