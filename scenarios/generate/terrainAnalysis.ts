// What the generator needs to know about the generated terrain to put things on it: slope,
// where water and dams are, and how far each cell is from a gully (a channel draining at
// least GULLY_AREA) — the at-risk villages (险村) are the ones by the gullies.
import type { Grid } from '../../sim-core/world/grid.ts';
import { slopeOf } from '../terrain/landCover.ts';
import type { TerrainLayers } from '../terrain/generateTerrain.ts';

/** Upstream area that makes a mountain gully (山洪沟道), m². */
const GULLY_AREA = 4_000_000;

export interface TerrainInfo {
  grid: Grid;
  layers: TerrainLayers;
  slope: Float64Array;
  /** 1 on lakes and rivers. */
  water: Uint8Array;
  /** Metres to the nearest gully or river cell (chamfer distance). */
  gullyDistance: Float64Array;
  /** 1 on the largest 8-connected area off the lakes: where a road can reach (no islands). */
  mainland: Uint8Array;
  /** Height above the gully the cell drains to (HAND, Rennó et al. 2008), metres: low means
   *  on the valley floor, in reach of a flash flood. */
  heightAboveGully: Float64Array;
}

export function analyseTerrain(grid: Grid, layers: TerrainLayers): TerrainInfo {
  const n = grid.width * grid.height;
  const water = new Uint8Array(n);
  for (let c = 0; c < n; c++) water[c] = layers.lake[c] | layers.river[c];
  const gullyCells = GULLY_AREA / (grid.cellSize * grid.cellSize);
  const seeds = new Uint8Array(n);
  for (let c = 0; c < n; c++) if (layers.flow.accumulation[c] >= gullyCells && !layers.lake[c]) seeds[c] = 1;
  return {
    grid, layers, water,
    slope: slopeOf(grid, layers.elevation),
    gullyDistance: chamferDistance(grid, seeds),
    heightAboveGully: heightAboveDrainage(layers, seeds),
    mainland: largestLand(grid, layers.lake),
  };
}

/** The largest 8-connected set of non-lake cells (ties: the one found first). */
function largestLand(grid: Grid, lake: Uint8Array): Uint8Array {
  const { width, height } = grid;
  const label = new Int32Array(lake.length).fill(-1);
  let best = -1, bestSize = 0, next = 0;
  const stack: number[] = [];
  for (let s = 0; s < lake.length; s++) {
    if (lake[s] || label[s] >= 0) continue;
    const id = next++;
    let size = 0;
    label[s] = id;
    stack.push(s);
    while (stack.length > 0) {
      const c = stack.pop()!;
      size++;
      const i = c % width, j = (c - i) / width;
      for (let dj = -1; dj <= 1; dj++) {
        for (let di = -1; di <= 1; di++) {
          const ni = i + di, nj = j + dj;
          if (ni < 0 || nj < 0 || ni >= width || nj >= height) continue;
          const m = nj * width + ni;
          if (lake[m] || label[m] >= 0) continue;
          label[m] = id;
          stack.push(m);
        }
      }
    }
    if (size > bestSize) {
      bestSize = size;
      best = id;
    }
  }
  const out = new Uint8Array(lake.length);
  for (let c = 0; c < out.length; c++) out[c] = label[c] === best ? 1 : 0;
  return out;
}

/** Follows each cell's D8 path down to the first seed (drainage) cell and returns the height
 *  difference. Cells are visited in ascending filled height, so a receiver is done first. */
function heightAboveDrainage(layers: TerrainLayers, seeds: Uint8Array): Float64Array {
  const { order, receiver } = layers.flow;
  const base = new Float64Array(order.length);
  const out = new Float64Array(order.length);
  for (let q = 0; q < order.length; q++) {
    const c = order[q], r = receiver[c];
    base[c] = seeds[c] || r < 0 ? layers.elevation[c] : base[r];
    out[c] = Math.max(0, layers.elevation[c] - base[c]);
  }
  return out;
}

const D8 = [[1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, 1], [-1, -1], [1, -1]] as const;

/** The 8 neighbours of cell c that are on the grid, in the order E, N, W, S, NE, NW, SW, SE. */
export function neighbours(grid: Grid, c: number): number[] {
  const { width, height } = grid;
  const i = c % width, j = (c - i) / width;
  const out: number[] = [];
  for (const [di, dj] of D8) {
    const ni = i + di, nj = j + dj;
    if (ni >= 0 && nj >= 0 && ni < width && nj < height) out.push(nj * width + ni);
  }
  return out;
}

/** Two-pass 8-neighbour chamfer distance (1, √2 cell steps) from the seed cells, in metres. */
export function chamferDistance(grid: Grid, seeds: Uint8Array): Float64Array {
  const { width, height, cellSize } = grid;
  const a = cellSize, b = cellSize * Math.SQRT2;
  const d = new Float64Array(width * height);
  for (let c = 0; c < d.length; c++) d[c] = seeds[c] ? 0 : Infinity;
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const c = j * width + i;
      let v = d[c];
      if (i > 0) v = Math.min(v, d[c - 1] + a);
      if (j > 0) {
        v = Math.min(v, d[c - width] + a);
        if (i > 0) v = Math.min(v, d[c - width - 1] + b);
        if (i < width - 1) v = Math.min(v, d[c - width + 1] + b);
      }
      d[c] = v;
    }
  }
  for (let j = height - 1; j >= 0; j--) {
    for (let i = width - 1; i >= 0; i--) {
      const c = j * width + i;
      let v = d[c];
      if (i < width - 1) v = Math.min(v, d[c + 1] + a);
      if (j < height - 1) {
        v = Math.min(v, d[c + width] + a);
        if (i < width - 1) v = Math.min(v, d[c + width + 1] + b);
        if (i > 0) v = Math.min(v, d[c + width - 1] + b);
      }
      d[c] = v;
    }
  }
  return d;
}
