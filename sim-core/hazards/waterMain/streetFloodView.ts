// What the chief sees of each burst's street water (views.ts): where, how deep at the burst and
// at the deepest street cell, and how much street stands deeper than the flooded depth (0.3 m).
import type { SimContext } from '../../context.ts';
import { sortedKeys } from '../../order.ts';
import { streetGrid } from './streetGrid.ts';
import { streetMeasures } from './streetFlood.ts';

export interface StreetFloodView {
  burst: string;
  x: number;
  y: number;
  /** Water at the burst and the deepest on any street of its grid, m (cm precision). */
  depth: number;
  deepest: number;
  /** Street length deeper than 0.3 m, m. */
  length: number;
}

export function streetFloodViews(ctx: SimContext): StreetFloodView[] {
  const streets = ctx.state.fields.streets, w = ctx.state.entities.waterMain;
  if (!streets || !w) return [];
  const out: StreetFloodView[] = [];
  for (const id of sortedKeys(streets)) {
    const b = w.bursts[id];
    if (!b) continue;
    const m = streetMeasures(streetGrid(ctx.scenario, b.x, b.y), streets[id].flood.depth);
    out.push({ burst: id, x: Math.round(b.x), y: Math.round(b.y), depth: Math.round(m.depth * 100) / 100, deepest: Math.round(m.deepest * 100) / 100, length: Math.round(m.length) });
  }
  return out;
}
