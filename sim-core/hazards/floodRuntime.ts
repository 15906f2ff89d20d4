// What the flood subsystem derives once per scenario (immutable, shared by every sim of it):
// solver parameters, Manning's n and the zone×cover index per cell, pool masks, the cells of
// road edges and places.
import type { Scenario } from '../world/scenario.ts';
import { LAND_COVER, LAND_COVER_MAX } from '../world/landCover.ts';
import { cellAt } from '../world/grid.ts';
import type { FloodParams } from './flood/floodState.ts';
import { createFloodScratch, type FloodScratch } from './flood/localInertial.ts';

/**
 * Manning's n by land cover (Chow 1959, Open-Channel Hydraulics, table 5-6: natural streams
 * 0.035; floodplains — heavy stand of timber 0.10, medium brush 0.07, short grass 0.03–0.035,
 * mature field crops 0.04–0.05; built-up areas taken at 0.05 as in LISFLOOD-FP urban runs).
 */
export const MANNING: Record<number, number> = {
  [LAND_COVER.water]: 0.035,
  [LAND_COVER.forest]: 0.1,
  [LAND_COVER.shrub]: 0.07,
  [LAND_COVER.grass]: 0.035,
  [LAND_COVER.cropland]: 0.045,
  [LAND_COVER.built]: 0.05,
  [LAND_COVER.bare]: 0.03,
};

export interface FloodRuntime {
  params: FloodParams;
  /** zoneIndex·(LAND_COVER_MAX+1) + cover, per cell; pool cells get a slot of their own (0). */
  zoneCover: Uint16Array;
  slots: number;
  /** Per cell: reservoir index + 1 for pool cells, else 0. */
  poolOf: Uint16Array;
  edgeCellA: Int32Array;
  edgeCellB: Int32Array;
  /** Scratch: runoff rate per cell (m/s), rebuilt each step; the solver's own scratch. */
  rainRate: Float32Array;
  scratch: FloodScratch;
}

const cache = new WeakMap<Scenario, FloodRuntime>();

export function floodRuntime(s: Scenario): FloodRuntime {
  let rt = cache.get(s);
  if (rt) return rt;
  const { grid } = s;
  const n = grid.width * grid.height;
  const manning = new Float32Array(n);
  const zoneCover = new Uint16Array(n);
  const poolOf = new Uint16Array(n);
  s.reservoirs.forEach((r, k) => { for (const c of r.poolCells) poolOf[c] = k + 1; });
  const stride = LAND_COVER_MAX + 1;
  for (let c = 0; c < n; c++) {
    manning[c] = MANNING[s.landCover[c]] ?? 0.05;
    zoneCover[c] = poolOf[c] ? 0 : (s.rainZone[c] * stride + s.landCover[c]);
  }
  const g = s.roads;
  const edgeCellA = new Int32Array(g.edgeCount), edgeCellB = new Int32Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) {
    edgeCellA[e] = cellAt(grid, g.nodeX[g.edgeFrom[e]], g.nodeY[g.edgeFrom[e]]);
    edgeCellB[e] = cellAt(grid, g.nodeX[g.edgeTo[e]], g.nodeY[g.edgeTo[e]]);
  }
  rt = {
    params: { grid, elevation: s.elevation, manning, open: true },
    zoneCover, slots: (s.rainZones.length + 1) * stride, poolOf, edgeCellA, edgeCellB,
    rainRate: new Float32Array(n),
    scratch: createFloodScratch(grid),
  };
  cache.set(s, rt);
  return rt;
}
