// Visiting the cells whose centres lie near a line segment (dam lines, valley centre lines).
import type { Grid } from '../../sim-core/world/grid.ts';

/**
 * Calls visit(cell, px, py, d2, t) for every cell whose bounding box lies within `reach` of the
 * segment (x0,y0)–(x1,y1): (px, py) the cell centre, d2 its squared distance to the segment and
 * t ∈ [0, 1] the position of the nearest point along it. Rows south to north, columns west to east.
 */
export function forCellsNearSegment(
  grid: Grid, x0: number, y0: number, x1: number, y1: number, reach: number,
  visit: (c: number, px: number, py: number, d2: number, t: number) => void,
): void {
  const { width, height, cellSize } = grid;
  const dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
  const iMin = Math.max(0, Math.floor((Math.min(x0, x1) - reach) / cellSize));
  const iMax = Math.min(width - 1, Math.floor((Math.max(x0, x1) + reach) / cellSize));
  const jMin = Math.max(0, Math.floor((Math.min(y0, y1) - reach) / cellSize));
  const jMax = Math.min(height - 1, Math.floor((Math.max(y0, y1) + reach) / cellSize));
  for (let j = jMin; j <= jMax; j++) {
    const py = (j + 0.5) * cellSize;
    for (let i = iMin; i <= iMax; i++) {
      const px = (i + 0.5) * cellSize;
      let t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const qx = px - (x0 + t * dx), qy = py - (y0 + t * dy);
      visit(j * width + i, px, py, qx * qx + qy * qy, t);
    }
  }
}
