// Rivers: cells draining more than spec.riverArea become water, and their beds are cut so
// they fall all the way downstream (a river never stops in a pit; where it crosses a rim the
// cut is a gorge). Lakes and dams are left alone: a river ends in a lake and starts again
// below the dam.
import type { Grid } from '../../sim-core/world/grid.ts';
import type { TerrainSpec } from '../schema.ts';
import type { Drainage } from './drainage.ts';

/** Fall of the bed from one river cell to the next at least, metres. */
const MIN_DROP = 0.05;
/** Accumulation (in multiples of the threshold) at which a river gets the full riverDepth. */
const FULL_DEPTH_AT = 30;

/** Marks the river cells and lowers `elevation` along them in place. */
export function traceRivers(
  grid: Grid, spec: TerrainSpec, flow: Drainage, elevation: Float64Array, lake: Uint8Array, dam: Uint8Array,
): Uint8Array {
  const n = grid.width * grid.height;
  const threshold = spec.riverArea / (grid.cellSize * grid.cellSize);
  const river = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    if (flow.accumulation[c] >= threshold && !lake[c] && !dam[c]) river[c] = 1;
  }
  const cap = new Float64Array(n).fill(Infinity);
  for (let q = n - 1; q >= 0; q--) {
    const c = flow.order[q];
    if (!river[c]) continue;
    const share = Math.min(1, (flow.accumulation[c] - threshold) / (FULL_DEPTH_AT * threshold));
    const depth = Math.min(spec.riverDepth, 1 + (spec.riverDepth - 1) * share);
    const bed = Math.min(elevation[c] - depth, cap[c]);
    elevation[c] = bed;
    const r = flow.receiver[c];
    if (r >= 0 && river[r] && bed - MIN_DROP < cap[r]) cap[r] = bed - MIN_DROP;
  }
  return river;
}
