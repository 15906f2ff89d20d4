// The fine grid on which the crowd navigates: it covers the walls and exits with a margin, and
// marks the cells a wall passes through as blocked. Floor fields (floorField.ts) are computed on
// it. Cells are row-major from the south-west corner, as every grid in DESIGN.md.

import { pointSegmentDistance, type Segment } from './segments.ts';
import { hypot } from '../../math/index.ts';

export interface NavGrid {
  /** south-west corner of cell [0, 0], metres */
  x0: number;
  y0: number;
  /** cell side, metres */
  h: number;
  nx: number;
  ny: number;
  /** 1 where a wall passes through the cell */
  blocked: Uint8Array;
}

/** Finest cell side: a 1 m door is then ten cells across, enough for a smooth gradient. */
const NAV_CELL_MIN = 0.1;
/** Cell budget per floor field (each holds a distance and a direction per cell). */
const NAV_MAX_CELLS = 1_000_000;
/** Free space kept round the walls and exits, metres. */
const MARGIN = 1;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function segmentBounds(segments: readonly Segment[]): Bounds {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const s of segments) {
    minX = Math.min(minX, s[0], s[2]);
    maxX = Math.max(maxX, s[0], s[2]);
    minY = Math.min(minY, s[1], s[3]);
    maxY = Math.max(maxY, s[1], s[3]);
  }
  return { minX, minY, maxX, maxY };
}

/** The cell side for a site: NAV_CELL_MIN, coarsened only as far as the cell budget needs. */
export function navCellSize(b: Bounds): number {
  const area = (b.maxX - b.minX + 2 * MARGIN) * (b.maxY - b.minY + 2 * MARGIN);
  return Math.max(NAV_CELL_MIN, Math.sqrt(area / NAV_MAX_CELLS) * 1.01);
}

export function makeNavGrid(b: Bounds, walls: readonly Segment[]): NavGrid {
  const h = navCellSize(b);
  const x0 = b.minX - MARGIN;
  const y0 = b.minY - MARGIN;
  const nx = Math.ceil((b.maxX + MARGIN - x0) / h);
  const ny = Math.ceil((b.maxY + MARGIN - y0) / h);
  const grid: NavGrid = { x0, y0, h, nx, ny, blocked: new Uint8Array(nx * ny) };
  for (const w of walls) markCellsNear(grid, w, grid.blocked);
  return grid;
}

/**
 * Sets mark[c] = 1 for every cell whose centre lies within 0.75 h of the segment. Any two
 * side-by-side cells the segment passes between have a centre within h/2 of it, so a marked
 * wall leaves no 4-connected gap for the fast-marching front to leak through.
 */
export function markCellsNear(g: NavGrid, s: Segment, mark: Uint8Array): void {
  const reach = 0.75 * g.h;
  const i0 = Math.max(0, Math.floor((Math.min(s[0], s[2]) - reach - g.x0) / g.h));
  const i1 = Math.min(g.nx - 1, Math.floor((Math.max(s[0], s[2]) + reach - g.x0) / g.h));
  const j0 = Math.max(0, Math.floor((Math.min(s[1], s[3]) - reach - g.y0) / g.h));
  const j1 = Math.min(g.ny - 1, Math.floor((Math.max(s[1], s[3]) + reach - g.y0) / g.h));
  // Walk along the segment and test a small window round each sample, so a long diagonal wall
  // costs its length, not its bounding box.
  const len = hypot(s[2] - s[0], s[3] - s[1]);
  const samples = Math.max(1, Math.ceil(len / (0.5 * g.h)));
  for (let k = 0; k <= samples; k++) {
    const u = k / samples;
    const ci = Math.floor((s[0] + u * (s[2] - s[0]) - g.x0) / g.h);
    const cj = Math.floor((s[1] + u * (s[3] - s[1]) - g.y0) / g.h);
    for (let j = Math.max(j0, cj - 2); j <= Math.min(j1, cj + 2); j++) {
      for (let i = Math.max(i0, ci - 2); i <= Math.min(i1, ci + 2); i++) {
        const c = j * g.nx + i;
        if (mark[c]) continue;
        const px = g.x0 + (i + 0.5) * g.h;
        const py = g.y0 + (j + 0.5) * g.h;
        if (pointSegmentDistance(px, py, s[0], s[1], s[2], s[3]) <= reach) mark[c] = 1;
      }
    }
  }
}

/** The cell holding the point, clamped to the grid. */
export function cellAt(g: NavGrid, x: number, y: number): number {
  let i = Math.floor((x - g.x0) / g.h);
  let j = Math.floor((y - g.y0) / g.h);
  i = i < 0 ? 0 : i >= g.nx ? g.nx - 1 : i;
  j = j < 0 ? 0 : j >= g.ny ? g.ny - 1 : j;
  return j * g.nx + i;
}
