// Floor fields: for each cell of the navigation grid, the cost of walking to the nearest of a
// set of exits, and the direction a pedestrian there wants to go — down the gradient of that
// cost (REFERENCES.md: navigation needs a distance field, not a straight line to the door).
//
// The cost per metre rises near walls, f = 1 + WALL_COST·max(0, 1 − d_wall / WALL_RANGE), so
// routes round a corner or through a door keep clear of the wall instead of grazing it (as
// JuPedSim's wall-avoiding floor field does); in a 1 m door the middle still costs only ~1.2.

import { fastMarch } from './fastMarching.ts';
import { markCellsNear, type NavGrid } from './navGrid.ts';
import { type Segment } from './segments.ts';
import { hypot } from '../../math/index.ts';

export interface FloorField {
  /** walking cost to the field's exits (metres, weighted near walls); Infinity if cut off */
  dist: Float32Array;
  /** unit desired direction per cell; (0, 0) where it is undefined (on a wall, on the exit
   *  line, on a ridge between two exits): the pedestrian then keeps the direction it had */
  dirX: Float32Array;
  dirY: Float32Array;
}

const WALL_COST = 1;
const WALL_RANGE = 0.6; // m

/** Per-metre walking cost of each cell, from its distance to the nearest wall. */
export function wallCost(g: NavGrid): Float32Array {
  const n = g.nx * g.ny;
  const walls: number[] = [];
  for (let c = 0; c < n; c++) if (g.blocked[c]) walls.push(c);
  const cost = new Float32Array(n).fill(1);
  if (walls.length === 0) return cost;
  const d = fastMarch(g.nx, g.ny, g.h, new Uint8Array(n), walls, null);
  for (let c = 0; c < n; c++) {
    // Blocked cells lie within 0.75 h of the wall line, so d counts from about there.
    const dw = d[c] + 0.5 * g.h;
    if (dw < WALL_RANGE) cost[c] = 1 + WALL_COST * (1 - dw / WALL_RANGE);
  }
  return cost;
}

/** The cells an exit's floor field starts from: those on the exit line, not on a wall. */
function exitCells(g: NavGrid, exit: Segment): number[] {
  const mark = new Uint8Array(g.nx * g.ny);
  markCellsNear(g, exit, mark);
  const cells: number[] = [];
  for (let c = 0; c < mark.length; c++) if (mark[c] && !g.blocked[c]) cells.push(c);
  return cells;
}

export function buildFloorField(g: NavGrid, exits: readonly Segment[], cost: Float32Array): FloorField {
  const sources: number[] = [];
  for (const e of exits) for (const c of exitCells(g, e)) sources.push(c);
  const T = fastMarch(g.nx, g.ny, g.h, g.blocked, sources, cost);
  const { nx, ny, h } = g;
  const n = nx * ny;
  const dirX = new Float32Array(n);
  const dirY = new Float32Array(n);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const c = j * nx + i;
      const t = T[c];
      if (!Number.isFinite(t) || t === 0) continue;
      // Central differences where both neighbours are open, one-sided next to a wall.
      const gx = slope(t, i > 0 ? T[c - 1] : Infinity, i < nx - 1 ? T[c + 1] : Infinity, h);
      const gy = slope(t, j > 0 ? T[c - nx] : Infinity, j < ny - 1 ? T[c + nx] : Infinity, h);
      const m = hypot(gx, gy);
      // |∇T| = f ≥ 1 wherever T is smooth; a much smaller difference quotient means a ridge
      // or a source, where the steepest of the eight neighbours is the better guide.
      if (m >= 0.5) {
        dirX[c] = -gx / m;
        dirY[c] = -gy / m;
      } else {
        steepestNeighbour(T, i, j, nx, ny, dirX, dirY);
      }
    }
  }
  const dist = new Float32Array(n);
  for (let c = 0; c < n; c++) dist[c] = T[c];
  return { dist, dirX, dirY };
}

function slope(t: number, lo: number, hi: number, h: number): number {
  const okLo = Number.isFinite(lo);
  const okHi = Number.isFinite(hi);
  if (okLo && okHi) return (hi - lo) / (2 * h);
  if (okLo) return (t - lo) / h;
  if (okHi) return (hi - t) / h;
  return 0;
}

function steepestNeighbour(T: Float64Array, i: number, j: number, nx: number, ny: number, dirX: Float32Array, dirY: Float32Array): void {
  const c = j * nx + i;
  let best = 0;
  let bx = 0;
  let by = 0;
  for (let dj = -1; dj <= 1; dj++) {
    for (let di = -1; di <= 1; di++) {
      if ((di === 0 && dj === 0) || i + di < 0 || i + di >= nx || j + dj < 0 || j + dj >= ny) continue;
      const len = di !== 0 && dj !== 0 ? Math.SQRT2 : 1;
      const drop = (T[c] - T[c + dj * nx + di]) / len;
      if (drop > best) {
        best = drop;
        bx = di / len;
        by = dj / len;
      }
    }
  }
  dirX[c] = bx;
  dirY[c] = by;
}
