// The dam-break zone layer (溃坝洪水淹没范围, sim-core/hazards/dam/breakZone.ts): a hatched
// violet wash over every cell a dam break would flood, one pixel a cell, north up like the other
// cell layers. The chief's map, the report's maps and `run --out` show it when the scenario has
// a zone: it is the reservoir's published risk map, known to everyone before the day.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Rgb } from './palette.ts';

/** Violet: apart from water blue, fire orange and closure red. */
export const DAM_BREAK_ZONE: Rgb = [156, 39, 176];
/** Opacity (of 255) on the hatch lines and between them. */
const HATCH = 150, WASH = 60;

/** The zone of every reservoir as RGBA (w·h·4), or null when the scenario has none. */
export function damBreakZonePixels(s: Scenario): Uint8ClampedArray<ArrayBuffer> | null {
  const zones = s.damBreakZones ?? [];
  if (zones.length === 0) return null;
  const { width: w, height: h } = s.grid;
  const px = new Uint8ClampedArray(w * h * 4);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const cell = j * w + i;
      if (!zones.some((z) => z.mask[cell] === 1)) continue;
      const o = ((h - 1 - j) * w + i) * 4;
      px[o] = DAM_BREAK_ZONE[0]; px[o + 1] = DAM_BREAK_ZONE[1]; px[o + 2] = DAM_BREAK_ZONE[2];
      // Diagonal hatching, so the water drawn over it still reads.
      px[o + 3] = (i + (h - 1 - j)) % 4 === 0 ? HATCH : WASH;
    }
  }
  return px;
}
