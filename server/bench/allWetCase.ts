// The all-wet flood case of `tuiyan bench` (issue 20): a 512 × 512 grid of 10 m cells, every
// cell under 0.5 m of water with light rain, so every cell is computed in every CFL sub-step —
// the kernel's worst case and the fairest comparison with a reference that has no active ranges.
// The bed is a plane falling east (1:500) and north (1:1000) with 0–15 cm ripples, Manning's n
// 0.03–0.05 per cell (a Float32Array, as the district's hydraulic grid has), closed edges.
// Integer formulas only, so server/bench/c/allWet.c builds the very same grid.
import { createFloodState, type FloodParams, type FloodSources, type FloodState } from '../../sim-core/hazards/flood/floodState.ts';

export const ALL_WET_SIDE = 512;
export const ALL_WET_CELL = 10;
/** Rain, m/s (36 mm/h): the same in the C reference. */
export const ALL_WET_RAIN = 1e-5;

export interface AllWetCase {
  params: FloodParams;
  sources: FloodSources;
  state: FloodState;
}

export function allWetCase(side = ALL_WET_SIDE): AllWetCase {
  const grid = { width: side, height: side, cellSize: ALL_WET_CELL };
  const z = new Float64Array(side * side), n = new Float32Array(side * side);
  const state = createFloodState(grid);
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const c = j * side + i;
      z[c] = 0.002 * i + 0.001 * j + 0.01 * Math.abs(((i * 7 + j * 13) % 31) - 15);
      n[c] = 0.03 + 0.01 * ((i + j) % 3);
      state.depth[c] = 0.5 + 0.001 * ((i * 3 + j * 5) % 17);
    }
  }
  return {
    params: { grid, elevation: z, manning: n, alpha: 0.3, theta: 0.7, dryDepth: 0.001, open: false },
    sources: { rainRate: ALL_WET_RAIN, inflows: [] },
    state,
  };
}
