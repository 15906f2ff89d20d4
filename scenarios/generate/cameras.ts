// Forest-fire video cameras (视频监控点; Miyun: 70 points covering 85 % of the forest, DOMAIN.md).
// Candidates are the highest dry cell of each block (watch points sit on tops); a camera sees
// every cell whose centre is within its range, which grows with its height. Chosen greedily,
// the camera adding the most unseen forest cells first, with lazy re-evaluation (CELF:
// Leskovec et al. 2007 — a camera's gain can only fall as others are added), until the target
// share of forest is seen or the count limit is reached.
import type { Grid } from '../../sim-core/world/grid.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { MinHeap } from '../../sim-core/forces/binaryHeap.ts';
import type { DemoSpec } from './spec.ts';

export interface CameraSite {
  cell: number;
  /** metres */
  range: number;
}

/** Calls `visit` for every cell whose centre is within `range` metres of cell c's centre. */
function forDisc(grid: Grid, c: number, range: number, visit: (m: number) => void): void {
  const { width, height, cellSize } = grid;
  const i = c % width, j = (c - i) / width;
  const r = Math.floor(range / cellSize);
  for (let dj = -r; dj <= r; dj++) {
    const nj = j + dj;
    if (nj < 0 || nj >= height) continue;
    for (let di = -r; di <= r; di++) {
      const ni = i + di;
      if (ni < 0 || ni >= width || (di * di + dj * dj) * cellSize * cellSize > range * range) continue;
      visit(nj * width + ni);
    }
  }
}

export function placeCameras(
  grid: Grid, elevation: Float32Array, landCover: Uint8Array, usable: (c: number) => boolean, opts: DemoSpec['cameras'],
): { cameras: CameraSite[]; coverage: number } {
  const { width, height, cellSize } = grid;
  const block = Math.max(1, Math.round((opts.blockKm * 1000) / cellSize));
  const candidates: CameraSite[] = [];
  for (let bj = 0; bj < height; bj += block) {
    for (let bi = 0; bi < width; bi += block) {
      let best = -1;
      for (let j = bj; j < Math.min(height, bj + block); j++) {
        for (let i = bi; i < Math.min(width, bi + block); i++) {
          const c = j * width + i;
          if (usable(c) && (best < 0 || elevation[c] > elevation[best])) best = c;
        }
      }
      if (best < 0) continue;
      const t = Math.min(1, Math.max(0, (elevation[best] - opts.rangeFrom) / (opts.rangeTo - opts.rangeFrom)));
      candidates.push({ cell: best, range: Math.round((opts.rangeMin + (opts.rangeMax - opts.rangeMin) * t) / 100) * 100 });
    }
  }

  const forest = LAND_COVER.forest;
  let total = 0;
  for (let c = 0; c < landCover.length; c++) if (landCover[c] === forest) total++;
  const seen = new Uint8Array(landCover.length);
  const gain = (k: number) => {
    let g = 0;
    forDisc(grid, candidates[k].cell, candidates[k].range, (m) => {
      if (landCover[m] === forest && !seen[m]) g++;
    });
    return g;
  };
  const heap = new MinHeap(candidates.length + 1);
  candidates.forEach((_, k) => heap.push(-gain(k), k));
  const cameras: CameraSite[] = [];
  let covered = 0;
  while (heap.size > 0 && cameras.length < opts.maxCount && covered < opts.target * total) {
    const k = heap.pop();
    const g = gain(k);
    if (heap.size > 0 && g < -heap.peekKey()) {
      heap.push(-g, k);
      continue;
    }
    if (g === 0) break;
    cameras.push(candidates[k]);
    covered += g;
    forDisc(grid, candidates[k].cell, candidates[k].range, (m) => {
      seen[m] = 1;
    });
  }
  return { cameras, coverage: total > 0 ? covered / total : 0 };
}
