// Threat zones from a concentration field: for each tier, the cells at or above its threshold,
// how much ground they cover and how far downwind they reach. Tiers are reported in the order
// given (callers list them mildest first, as AEGL-1 → 3).
import type { PlumeGrid } from './field.ts';

export interface Zone {
  tier: string;
  /** The tier's threshold, g/m³. */
  threshold: number;
  cells: number;
  /** m² */
  area: number;
  /** Largest distance from the source of any cell in the zone, m (0 for an empty zone). */
  reach: number;
}

export function threatZones(field: Float64Array, grid: PlumeGrid, source: { x: number; y: number }, tiers: { id: string; threshold: number }[]): Zone[] {
  const { width, height, cellSize } = grid;
  return tiers.map(({ id, threshold }) => {
    let cells = 0;
    let reach2 = 0;
    for (let j = 0; j < height; j++) {
      const dy = (j + 0.5) * cellSize - source.y;
      for (let i = 0; i < width; i++) {
        if (!(field[j * width + i] >= threshold)) continue;
        cells++;
        const dx = (i + 0.5) * cellSize - source.x;
        const d2 = dx * dx + dy * dy;
        if (d2 > reach2) reach2 = d2;
      }
    }
    return { tier: id, threshold, cells, area: cells * cellSize * cellSize, reach: Math.sqrt(reach2) };
  });
}

/** A per-cell mask: 0 outside every zone, k for the k-th tier (1-based) the cell reaches last. */
export function zoneMask(field: Float64Array, thresholds: number[], out: Uint8Array): Uint8Array {
  for (let c = 0; c < field.length; c++) {
    let k = 0;
    for (let t = 0; t < thresholds.length; t++) if (field[c] >= thresholds[t]) k = t + 1;
    out[c] = k;
  }
  return out;
}
