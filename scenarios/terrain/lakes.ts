// Reservoirs and lakes: dams raised along their lines, then every cell inside a lake's polygon
// and below its level marked as water. Lake cells keep their bed elevation, so the volume
// below the level is the storage.
import type { Grid } from '../../sim-core/world/grid.ts';
import type { TerrainSpec } from '../schema.ts';
import { forCellsNearSegment } from './nearSegment.ts';

type Lake = TerrainSpec['lakes'][number];

/** Raises the terrain to each dam's crest within one cell of its line; returns the dam cells. */
export function raiseDams(grid: Grid, elevation: Float64Array, lakes: Lake[]): Uint8Array {
  const { width, height, cellSize } = grid;
  const dam = new Uint8Array(width * height);
  for (const lake of lakes) {
    if (!lake.dam) continue;
    const [[x0, y0], [x1, y1]] = lake.dam.line;
    const crest = lake.dam.crest;
    // One cell either side: thick enough that no D8 diagonal slips through.
    const reach = grid.cellSize;
    forCellsNearSegment(grid, x0, y0, x1, y1, reach, (c, _px, _py, d2) => {
      if (d2 > reach * reach) return;
      if (elevation[c] < crest) {
        elevation[c] = crest;
        dam[c] = 1;
      }
    });
  }
  return dam;
}

/** Even-odd rule: is (x, y) inside the polygon? */
export function insidePolygon(polygon: ReadonlyArray<readonly [number, number]>, x: number, y: number): boolean {
  let inside = false;
  for (let a = 0, b = polygon.length - 1; a < polygon.length; b = a++) {
    const [xa, ya] = polygon[a], [xb, yb] = polygon[b];
    if ((ya > y) !== (yb > y) && x < xa + ((y - ya) * (xb - xa)) / (yb - ya)) inside = !inside;
  }
  return inside;
}

/** Cells under water: inside some lake's polygon and below its level (not dam cells). */
export function lakeCells(grid: Grid, elevation: Float64Array, lakes: Lake[], dam: Uint8Array): Uint8Array {
  const { width, height, cellSize } = grid;
  const lake = new Uint8Array(width * height);
  for (const l of lakes) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x, y] of l.polygon) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    const iMin = Math.max(0, Math.floor(minX / cellSize)), iMax = Math.min(width - 1, Math.floor(maxX / cellSize));
    const jMin = Math.max(0, Math.floor(minY / cellSize)), jMax = Math.min(height - 1, Math.floor(maxY / cellSize));
    for (let j = jMin; j <= jMax; j++) {
      for (let i = iMin; i <= iMax; i++) {
        const c = j * width + i;
        if (dam[c] || elevation[c] >= l.level) continue;
        if (insidePolygon(l.polygon, (i + 0.5) * cellSize, (j + 0.5) * cellSize)) lake[c] = 1;
      }
    }
  }
  return lake;
}
