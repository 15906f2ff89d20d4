// What the flood subsystem derives once per scenario (immutable, shared by every sim of it), and
// the work memory each sim keeps for its own flood steps (floodWork).
//
// The hydraulic grid: the 2-D solver runs on blocks of k×k district cells (k chosen so the
// grid has at most ~16,000 cells: a 48 km district at 400 m), because the local-inertial time
// step shrinks with cell size and a storm wets the whole district. Each block's bed is the
// lowest of its cells — the gully or river bed that carries the water — so channels stay
// connected; the depth at a district cell is then read as the block's water level above that
// cell's own ground (a sub-grid reading, as in sub-grid channel models: Neal et al. 2012, WRR
// 48, W11506). Rain on a block is the mean of its cells' runoff.
import type { Scenario } from '../world/scenario.ts';
import { LAND_COVER, LAND_COVER_MAX } from '../world/landCover.ts';
import { cellAt, type Grid } from '../world/grid.ts';
import type { FloodParams, FloodState } from './flood/floodState.ts';
import { createFloodScratch } from './flood/localInertial.ts';
import { MinHeap } from '../forces/binaryHeap.ts';
import { buildLeveeRuntime, createLeveeCrests, type LeveeRuntime } from './levees.ts';
import type { SimContext } from '../context.ts';
import type { FloodWork } from '../simScratch.ts';

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

/** Most hydraulic cells the solver gets. */
const MAX_HYDRAULIC_CELLS = 16_000;

export interface FloodRuntime {
  /** Solver parameters on the hydraulic grid. */
  params: FloodParams;
  factor: number;
  /** District cell → hydraulic cell. */
  hydroOf: Int32Array;
  /** Per hydraulic cell, its (zone·stride + cover) slots and their shares (CSR). */
  rainStart: Int32Array;
  rainSlot: Uint16Array;
  rainShare: Float32Array;
  slots: number;
  /** Per reservoir: its hydraulic pool cells and the hydraulic cell its outflow enters. */
  poolCells: Int32Array[];
  outlet: Int32Array;
  /** Per hydraulic cell, the spread of its cells' ground (max − min), m. */
  relief: Float32Array;
  /** District cells of each road edge's ends. */
  edgeCellA: Int32Array;
  edgeCellB: Int32Array;
  /** Levee faces on the hydraulic grid; null without levees. */
  levees: LeveeRuntime | null;
}

const cache = new WeakMap<Scenario, FloodRuntime>();

function hydraulicFactor(grid: Grid): number {
  return Math.max(1, Math.ceil(Math.sqrt((grid.width * grid.height) / MAX_HYDRAULIC_CELLS)));
}

export function floodRuntime(s: Scenario): FloodRuntime {
  let rt = cache.get(s);
  if (rt) return rt;
  const { grid } = s;
  const k = hydraulicFactor(grid);
  const hw = Math.ceil(grid.width / k), hh = Math.ceil(grid.height / k);
  const hn = hw * hh, n = grid.width * grid.height;
  const hydroOf = new Int32Array(n);
  const poolOf = new Uint16Array(n);
  s.reservoirs.forEach((r, q) => { for (const c of r.poolCells) poolOf[c] = q + 1; });
  const stride = LAND_COVER_MAX + 1;
  const zBed = new Float64Array(hn).fill(Infinity), zAll = new Float64Array(hn).fill(Infinity), zTop = new Float64Array(hn).fill(-Infinity), manningSum = new Float64Array(hn), count = new Float64Array(hn);
  const poolVotes = new Float64Array(hn * (s.reservoirs.length + 1));
  const slotCount = new Map<number, Map<number, number>>();
  for (let j = 0; j < grid.height; j++) {
    for (let i = 0; i < grid.width; i++) {
      const c = j * grid.width + i, h = Math.floor(j / k) * hw + Math.floor(i / k);
      hydroOf[c] = h;
      count[h]++;
      manningSum[h] += MANNING[s.landCover[c]] ?? 0.05;
      poolVotes[h * (s.reservoirs.length + 1) + poolOf[c]]++;
      if (!poolOf[c]) zBed[h] = Math.min(zBed[h], s.elevation[c]);
      zAll[h] = Math.min(zAll[h], s.elevation[c]);
      zTop[h] = Math.max(zTop[h], s.elevation[c]);
      const slot = poolOf[c] ? 0 : s.rainZone[c] * stride + s.landCover[c];
      let m = slotCount.get(h);
      if (!m) { m = new Map(); slotCount.set(h, m); }
      m.set(slot, (m.get(slot) ?? 0) + 1);
    }
  }
  const elevation = new Float64Array(hn), manning = new Float32Array(hn);
  const poolH: number[][] = s.reservoirs.map(() => []);
  for (let h = 0; h < hn; h++) {
    manning[h] = manningSum[h] / count[h];
    let best = 0;
    for (let q = 1; q <= s.reservoirs.length; q++) if (poolVotes[h * (s.reservoirs.length + 1) + q] > poolVotes[h * (s.reservoirs.length + 1) + best]) best = q;
    if (best > 0) poolH[best - 1].push(h);
    elevation[h] = Number.isFinite(zBed[h]) ? zBed[h] : zAll[h];
  }
  const poolSet = new Set(poolH.flat());
  // Only an aggregated grid's pits are artefacts; at full resolution a hollow is a real hollow.
  if (k > 1) fillPits(elevation, hw, hh, poolSet);
  const rainStart = new Int32Array(hn + 1);
  const slotsFlat: number[] = [], shares: number[] = [];
  for (let h = 0; h < hn; h++) {
    const m = slotCount.get(h)!;
    for (const slot of [...m.keys()].sort((a, b) => a - b)) { slotsFlat.push(slot); shares.push(m.get(slot)! / count[h]); }
    rainStart[h + 1] = slotsFlat.length;
  }
  const outlet = Int32Array.from(s.reservoirs.map((r) => outletCell(hydroOf[r.outletCell], hw, hh, elevation, poolSet)));
  const g = s.roads;
  const edgeCellA = new Int32Array(g.edgeCount), edgeCellB = new Int32Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) {
    edgeCellA[e] = cellAt(grid, g.nodeX[g.edgeFrom[e]], g.nodeY[g.edgeFrom[e]]);
    edgeCellB[e] = cellAt(grid, g.nodeX[g.edgeTo[e]], g.nodeY[g.edgeTo[e]]);
  }
  const hydroGrid = { width: hw, height: hh, cellSize: grid.cellSize * k };
  rt = {
    params: { grid: hydroGrid, elevation, manning, open: true },
    factor: k, hydroOf, relief: Float32Array.from(zTop, (top, h) => top - zAll[h]), rainStart, rainSlot: Uint16Array.from(slotsFlat), rainShare: Float32Array.from(shares),
    slots: (s.rainZones.length + 1) * stride,
    poolCells: poolH.map((cells) => Int32Array.from(cells)), outlet, edgeCellA, edgeCellB,
    levees: buildLeveeRuntime(hydroGrid, elevation, s.levees),
  };
  cache.set(s, rt);
  return rt;
}

/** This sim's flood work memory, made at its first flood step. */
export function floodWork(ctx: SimContext): FloodWork {
  const own = ctx.scratch.flood;
  if (own) return own;
  const rt = floodRuntime(ctx.scenario);
  const { grid } = rt.params;
  const work: FloodWork = {
    rainRate: new Float32Array(grid.width * grid.height),
    solver: createFloodScratch(grid),
    crests: rt.levees ? createLeveeCrests(grid) : null,
  };
  ctx.scratch.flood = work;
  return work;
}

/**
 * Conditions the hydraulic bed so every block drains (priority-flood, Barnes et al. 2014,
 * Computers & Geosciences 62): from the open domain edge and the reservoir pools inwards, in
 * order of elevation, each block is raised to at least its lowest drained neighbour plus 1 mm.
 * Taking each block's lowest ground makes spurious pits (a gully bed lower than the next
 * block's); filled, water runs on to the rivers instead of standing metres deep on hillsides.
 */
function fillPits(z: Float64Array, w: number, h: number, pools: Set<number>): void {
  const done = new Uint8Array(w * h);
  const heap = new MinHeap(w * h);
  for (let c = 0; c < w * h; c++) {
    const i = c % w, j = (c - i) / w;
    if (i === 0 || j === 0 || i === w - 1 || j === h - 1 || pools.has(c)) { done[c] = 1; heap.push(z[c], c); }
  }
  const di = [1, -1, 0, 0], dj = [0, 0, 1, -1];
  while (heap.size > 0) {
    const c = heap.pop();
    const i = c % w, j = (c - i) / w;
    for (let k = 0; k < 4; k++) {
      const a = i + di[k], b = j + dj[k];
      if (a < 0 || b < 0 || a >= w || b >= h) continue;
      const n = b * w + a;
      if (done[n]) continue;
      done[n] = 1;
      if (z[n] < z[c] + 0.001) z[n] = z[c] + 0.001;
      heap.push(z[n], n);
    }
  }
}

/** The outlet block, or the lowest non-pool neighbour if that block is part of a pool. */
function outletCell(h: number, w: number, hgt: number, z: Float64Array, pool: Set<number>): number {
  if (!pool.has(h)) return h;
  const i = h % w, j = Math.floor(h / w);
  let best = h, bestZ = Infinity;
  for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) {
    const a = i + di, b = j + dj;
    if (a < 0 || b < 0 || a >= w || b >= hgt) continue;
    const c = b * w + a;
    if (!pool.has(c) && z[c] < bestZ) { bestZ = z[c]; best = c; }
  }
  return best;
}

/** Below this ground relief within a block (m), water on it is a sheet over the whole block. */
const SHEET_RELIEF = 2;

/**
 * Water depth at a district cell. On nearly flat blocks (plain, valley floor) the block's water
 * is a sheet of its depth over every cell. Elsewhere it is the block's water level above the
 * cell's own ground — the water gathers in the gully — but never more than the block's depth,
 * since ground below the block's (pit-filled) bed is taken as filled, not as a hole full of water.
 */
export function depthAt(s: Scenario, rt: FloodRuntime, flood: FloodState, cell: number): number {
  if (cell < 0) return 0;
  const h = rt.hydroOf[cell];
  const d = flood.depth[h];
  if (d <= 0) return 0;
  if (rt.relief[h] < SHEET_RELIEF) return d;
  const bed = (rt.params.elevation as Float64Array)[h];
  const ground = s.elevation[cell] > bed ? s.elevation[cell] : bed;
  return Math.max(0, bed + d - ground);
}
