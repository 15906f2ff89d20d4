// Least-cost paths over the terrain grid (8-connected), for laying out roads: a binary-heap
// Dijkstra on typed arrays. A step costs its length, scaled up on steep grades and at height
// (roads keep to valley floors), plus a bridge penalty to enter a river cell; lakes cannot be
// entered. Ties pop by cell index (MinHeap's order), so paths depend on the inputs alone.
import type { Grid } from '../../sim-core/world/grid.ts';
import { MinHeap } from '../../sim-core/forces/binaryHeap.ts';

const DI = [1, 0, -1, 0, 1, -1, -1, 1] as const;
const DJ = [0, 1, 0, -1, 1, 1, -1, -1] as const;
/** Cost of a step = length · (1 + GRADE_COST · grade²) · (1 + height / HEIGHT_SCALE) · extra. */
const GRADE_COST = 60;
const HEIGHT_SCALE = 700;
/** Metres of road equivalent to bridging one river cell. */
const BRIDGE_COST = 1500;

export interface CostSurface {
  grid: Grid;
  elevation: Float32Array;
  /** Height the HEIGHT_SCALE term counts from (the plain). */
  baseLevel: number;
  /** 1 where a road may not go (lakes). */
  blocked: Uint8Array;
  /** 1 on a river cell (bridged at a cost). */
  river: Uint8Array;
}

export class GridSearch {
  readonly dist: Float64Array;
  readonly prev: Int32Array;
  /** Per-cell factor on the cost of entering it (1 by default). */
  readonly extra: Float64Array;
  private readonly heap: MinHeap;
  private readonly stepLength: Float64Array;

  constructor(readonly surface: CostSurface) {
    const n = surface.grid.width * surface.grid.height;
    this.dist = new Float64Array(n);
    this.prev = new Int32Array(n);
    this.extra = new Float64Array(n).fill(1);
    this.heap = new MinHeap(1 << 16);
    const s = surface.grid.cellSize;
    this.stepLength = Float64Array.from(DI, (_, d) => (d < 4 ? s : s * Math.SQRT2));
  }

  /**
   * Dijkstra from every source at cost 0. Stops when a cell with `stop(cell)` true is settled
   * and returns it (the cheapest such cell); otherwise settles everything and returns -1.
   */
  run(sources: Iterable<number>, stop?: (cell: number) => boolean): number {
    this.dist.fill(Infinity);
    this.prev.fill(-1);
    this.heap.clear();
    return this.relax(sources, stop);
  }

  /**
   * Adds sources to a finished search (one run without `stop`) and settles only what they
   * bring closer: the distances and paths are then those of a fresh run from all sources.
   * Adding sources only lowers distances, so a Dijkstra started from the new ones suffices.
   */
  extend(sources: Iterable<number>): void {
    this.relax(sources);
  }

  private relax(sources: Iterable<number>, stop?: (cell: number) => boolean): number {
    const { grid, elevation, blocked, river, baseLevel } = this.surface;
    const { width, height } = grid;
    const { dist, prev, heap, extra, stepLength } = this;
    for (const c of sources) {
      if (dist[c] === 0) continue;
      dist[c] = 0;
      prev[c] = -1;
      heap.push(0, c);
    }
    while (heap.size > 0) {
      const key = heap.peekKey();
      const c = heap.pop();
      if (key > dist[c]) continue;
      if (stop && stop(c)) return c;
      const i = c % width, j = (c - i) / width;
      const ec = elevation[c];
      for (let d = 0; d < 8; d++) {
        const ni = i + DI[d], nj = j + DJ[d];
        if (ni < 0 || nj < 0 || ni >= width || nj >= height) continue;
        const m = nj * width + ni;
        if (blocked[m]) continue;
        const len = stepLength[d];
        const grade = (elevation[m] - ec) / len;
        const lift = Math.max(0, elevation[m] - baseLevel);
        let cost = len * (1 + GRADE_COST * grade * grade) * (1 + lift / HEIGHT_SCALE) * extra[m];
        if (river[m]) cost += BRIDGE_COST;
        const nd = key + cost;
        if (nd < dist[m]) {
          dist[m] = nd;
          prev[m] = c;
          heap.push(nd, m);
        }
      }
    }
    return -1;
  }

  /** The cells from the search's source to `cell`, source first. */
  pathTo(cell: number): number[] {
    const path: number[] = [];
    for (let c = cell; c >= 0; c = this.prev[c]) path.push(c);
    return path.reverse();
  }
}
