// A reservoir as a level pool (lumped storage): its water cells are taken out of the 2-D flood
// grid; water reaching them joins the pool. The level follows from storage by the pool's own
// bathymetry (the bed elevations of its cells), and the outflow — free spillway, gated
// release, overtopping and any breach — enters the grid at the outlet below the dam.
import { pow } from '../math/index.ts';

/** Broad-crested weir coefficient in SI units, Q = C·B·H^1.5 (m^0.5/s); ≈ 1.7 (Chow 1959, §14-5). */
const WEIR_C = 1.7;
const G = 9.81;

/** Sorted bed elevations of the pool's cells and their running sums, for exact volume ↔ level. */
export interface PoolBathymetry {
  beds: Float64Array;
  prefix: Float64Array;
  cellArea: number;
}

export function bathymetry(bedElevations: ArrayLike<number>, cellArea: number): PoolBathymetry {
  const beds = Float64Array.from(bedElevations).sort((a, b) => a - b);
  const prefix = new Float64Array(beds.length + 1);
  for (let k = 0; k < beds.length; k++) prefix[k + 1] = prefix[k] + beds[k];
  return { beds, prefix, cellArea };
}

/** Number of beds strictly below `level` (binary search). */
function wetCount(b: PoolBathymetry, level: number): number {
  let lo = 0, hi = b.beds.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (b.beds[mid] < level) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Stored volume (m³) at a level: Σ over wet cells of (level − bed)·A. */
function volumeAt(b: PoolBathymetry, level: number): number {
  const k = wetCount(b, level);
  return b.cellArea * (k * level - b.prefix[k]);
}

/** Level at a stored volume: the inverse of volumeAt, piecewise linear between bed elevations. */
export function levelAt(b: PoolBathymetry, volume: number): number {
  if (b.beds.length === 0) return 0;
  if (volume <= 0) return b.beds[0];
  // Find the last k with volumeAt(beds[k-1]) ≤ volume; the level lies above beds[k-1] with k cells wet.
  let lo = 1, hi = b.beds.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (volumeAt(b, b.beds[mid - 1]) <= volume) lo = mid; else hi = mid - 1;
  }
  const k = lo;
  return (volume / b.cellArea + b.prefix[k]) / k;
}

/** Free flow over a weir of width B (m) with head H (m) above its crest. */
export function weirFlow(width: number, head: number): number {
  return head > 0 ? WEIR_C * width * head * Math.sqrt(head) : 0;
}

/**
 * A dam breach (Froehlich 2008, J. Hydraul. Eng. 134(12)): average final width
 * B = 0.27·k0·V^0.32·h_b^0.04 and formation time t_f = 63.2·√(V/(g·h_b²)), with V the stored
 * volume (m³) and h_b the breach height (m); k0 = 1.3 for overtopping, 1.0 for piping. The
 * breach grows linearly over t_f (width from 0 to B, bottom from the crest down to the bed) and
 * discharges as a broad-crested weir (Fread's simplified BREACH approach).
 */
export interface Breach {
  start: number;
  width: number;
  formationTime: number;
  crest: number;
  bottom: number;
}

export function planBreach(start: number, volume: number, crest: number, bed: number, mode: 'overtopping' | 'piping'): Breach {
  const hb = Math.max(1, crest - bed);
  const k0 = mode === 'overtopping' ? 1.3 : 1.0;
  const v = Math.max(volume, 1);
  return {
    start, crest, bottom: bed,
    width: 0.27 * k0 * pow(v, 0.32) * pow(hb, 0.04),
    formationTime: Math.max(300, 63.2 * Math.sqrt(v / (G * hb * hb))),
  };
}

export function breachFlow(b: Breach, level: number, t: number): number {
  const f = Math.min(1, Math.max(0, (t - b.start) / b.formationTime));
  const width = Math.max(1, f * b.width);
  const bottom = b.crest - f * (b.crest - b.bottom);
  return weirFlow(width, level - bottom);
}
