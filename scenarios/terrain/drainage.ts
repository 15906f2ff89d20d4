// Where water runs: depressions filled by Priority-Flood+ε (Barnes, Lehman & Mulla 2014,
// "Priority-Flood: An optimal depression-filling and watershed-labeling algorithm"), then D8
// receivers (steepest descent on the filled surface; ties go to the first neighbour in
// D8_DI/D8_DJ order) and flow accumulation in cells.
import type { Grid } from '../../sim-core/world/grid.ts';
import { MinHeap } from '../../sim-core/forces/binaryHeap.ts';

/** Neighbour order E, N, W, S, NE, NW, SW, SE (fixed: it breaks ties). */
export const D8_DI = [1, 0, -1, 0, 1, -1, -1, 1] as const;
export const D8_DJ = [0, 1, 0, -1, 1, 1, -1, -1] as const;
/** 1 for the four sides, 1/√2 for the diagonals (to turn a drop into a slope). */
const D8_INV_DIST = [1, 1, 1, 1, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2] as const;

/** Rise given to each filled cell over the one it was reached from, so flats still drain. */
const EPSILON = 1e-4;

export interface Drainage {
  /** Depression-free surface: every interior cell has a strictly lower neighbour. */
  filled: Float64Array;
  /** Cells in ascending filled height (the flood's pop order): a receiver comes before its donors. */
  order: Int32Array;
  /** The D8 cell each cell drains to; -1 on the grid edge (water leaves the district). */
  receiver: Int32Array;
  /** Cells draining through each cell, itself included. */
  accumulation: Float64Array;
}

export function drainage(grid: Grid, elevation: Float64Array): Drainage {
  const { width, height } = grid;
  const n = width * height;
  const filled = new Float64Array(n);
  const order = new Int32Array(n);
  const closed = new Uint8Array(n);
  const heap = new MinHeap(4 * (width + height));
  for (let c = 0; c < n; c++) {
    const i = c % width, j = (c - i) / width;
    if (i === 0 || j === 0 || i === width - 1 || j === height - 1) {
      filled[c] = elevation[c];
      closed[c] = 1;
      heap.push(filled[c], c);
    }
  }
  let k = 0;
  while (heap.size > 0) {
    const c = heap.pop();
    order[k++] = c;
    const i = c % width, j = (c - i) / width;
    for (let d = 0; d < 8; d++) {
      const ni = i + D8_DI[d], nj = j + D8_DJ[d];
      if (ni < 0 || nj < 0 || ni >= width || nj >= height) continue;
      const m = nj * width + ni;
      if (closed[m]) continue;
      closed[m] = 1;
      filled[m] = Math.max(elevation[m], filled[c] + EPSILON);
      heap.push(filled[m], m);
    }
  }

  const receiver = new Int32Array(n).fill(-1);
  for (let j = 1; j < height - 1; j++) {
    for (let i = 1; i < width - 1; i++) {
      const c = j * width + i;
      let best = -1, bestSlope = 0;
      for (let d = 0; d < 8; d++) {
        const m = (j + D8_DJ[d]) * width + i + D8_DI[d];
        const slope = (filled[c] - filled[m]) * D8_INV_DIST[d];
        if (slope > bestSlope) {
          bestSlope = slope;
          best = m;
        }
      }
      receiver[c] = best;
    }
  }

  // Heights pop in non-decreasing order and a receiver is strictly lower than its donor, so
  // walking the order backwards visits every donor before its receiver.
  const accumulation = new Float64Array(n).fill(1);
  for (let q = n - 1; q >= 0; q--) {
    const c = order[q], r = receiver[c];
    if (r >= 0) accumulation[r] += accumulation[c];
  }
  return { filled, order, receiver, accumulation };
}
