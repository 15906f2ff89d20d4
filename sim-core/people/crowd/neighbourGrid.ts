// Buckets for the short-range interactions: a uniform grid of cells no smaller than the
// interaction cutoff, so every neighbour of an agent lies in its own or the eight surrounding
// cells. Agents are re-bucketed each step by a counting sort into typed arrays (no allocation);
// within a cell they keep ascending index order, so sums over neighbours run in a fixed order.
// Walls are bucketed once, into every cell they pass within `wallCutoff` of.

import { type Bounds } from './navGrid.ts';
import { pointSegmentDistance, type Segment } from './segments.ts';

export interface NeighbourGrid {
  x0: number;
  y0: number;
  size: number;
  nx: number;
  ny: number;
  /** agents of cell c are order[start[c] .. start[c + 1]) */
  start: Int32Array;
  order: Int32Array;
  /** scratch: each agent's cell for the current step */
  cellOf: Int32Array;
  /** walls near cell c are wallItems[wallStart[c] .. wallStart[c + 1]) */
  wallStart: Int32Array;
  wallItems: Int32Array;
}

/** An open site need not be walled all round, so agents may stray past its walls and exits: the
 *  grid spans the site with this margin, and anyone beyond it counts in the edge cells. */
const MARGIN = 2;

export function makeNeighbourGrid(b: Bounds, cutoff: number, agentCount: number, walls: readonly Segment[], wallCutoff: number): NeighbourGrid {
  const x0 = b.minX - MARGIN;
  const y0 = b.minY - MARGIN;
  // Cap the cell count at about 4 per agent (plus a floor) so re-bucketing stays O(agents).
  const w = b.maxX - b.minX + 2 * MARGIN;
  const hgt = b.maxY - b.minY + 2 * MARGIN;
  const size = Math.max(cutoff, Math.sqrt((w * hgt) / Math.max(4096, 4 * agentCount)));
  const nx = Math.max(1, Math.ceil(w / size));
  const ny = Math.max(1, Math.ceil(hgt / size));
  const cells = nx * ny;
  const g: NeighbourGrid = {
    x0, y0, size, nx, ny,
    start: new Int32Array(cells + 1),
    order: new Int32Array(agentCount),
    cellOf: new Int32Array(agentCount),
    wallStart: new Int32Array(cells + 1),
    wallItems: new Int32Array(0),
  };
  bucketWalls(g, walls, wallCutoff);
  return g;
}

export function cellIndex(g: NeighbourGrid, x: number, y: number): number {
  let i = Math.floor((x - g.x0) / g.size);
  let j = Math.floor((y - g.y0) / g.size);
  i = i < 0 ? 0 : i >= g.nx ? g.nx - 1 : i;
  j = j < 0 ? 0 : j >= g.ny ? g.ny - 1 : j;
  return j * g.nx + i;
}

/** Counting sort of the live agents into cells. */
export function bucketAgents(g: NeighbourGrid, n: number, alive: Uint8Array, px: Float64Array, py: Float64Array): void {
  const { start, order, cellOf } = g;
  const cells = g.nx * g.ny;
  start.fill(0);
  let total = 0;
  for (let a = 0; a < n; a++) {
    if (!alive[a]) continue;
    const c = cellIndex(g, px[a], py[a]);
    cellOf[a] = c;
    start[c + 1]++;
    total++;
  }
  for (let c = 0; c < cells; c++) start[c + 1] += start[c];
  // Fill each cell from its end, walking agents backwards, so each cell lists ascending
  // indices. Afterwards start[c + 1] has come down to where cell c begins.
  for (let a = n - 1; a >= 0; a--) {
    if (!alive[a]) continue;
    order[--start[cellOf[a] + 1]] = a;
  }
  for (let c = 0; c < cells; c++) start[c] = start[c + 1];
  start[cells] = total;
}

function bucketWalls(g: NeighbourGrid, walls: readonly Segment[], reach: number): void {
  const cells = g.nx * g.ny;
  const lists: number[][] = [];
  for (let c = 0; c < cells; c++) lists.push([]);
  const half = g.size / 2;
  // A wall belongs to a cell when it passes within reach of any point of the cell, i.e. within
  // reach + half-diagonal of the cell centre.
  const near = reach + half * Math.SQRT2;
  for (let w = 0; w < walls.length; w++) {
    const s = walls[w];
    const i0 = Math.max(0, Math.floor((Math.min(s[0], s[2]) - reach - g.x0) / g.size));
    const i1 = Math.min(g.nx - 1, Math.floor((Math.max(s[0], s[2]) + reach - g.x0) / g.size));
    const j0 = Math.max(0, Math.floor((Math.min(s[1], s[3]) - reach - g.y0) / g.size));
    const j1 = Math.min(g.ny - 1, Math.floor((Math.max(s[1], s[3]) + reach - g.y0) / g.size));
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        const cx = g.x0 + (i + 0.5) * g.size;
        const cy = g.y0 + (j + 0.5) * g.size;
        if (pointSegmentDistance(cx, cy, s[0], s[1], s[2], s[3]) <= near) lists[j * g.nx + i].push(w);
      }
    }
  }
  let total = 0;
  for (let c = 0; c < cells; c++) {
    g.wallStart[c] = total;
    total += lists[c].length;
  }
  g.wallStart[cells] = total;
  g.wallItems = new Int32Array(total);
  for (let c = 0; c < cells; c++) g.wallItems.set(lists[c], g.wallStart[c]);
}
