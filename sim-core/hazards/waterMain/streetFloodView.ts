// What the chief sees of each burst's street water (views.ts): where, how deep at the burst and
// at the deepest street cell, how much street stands deeper than the flooded depth (0.3 m), and
// the road edges with water on them and its depth (the chief's map draws them as the water).
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
  /** Road edges whose street stands in SHOWN_DEPTH or more, with the deepest water on each, m. */
  edges: { edge: number; depth: number }[];
}

/** Street water drawn from this depth, m (below: a wet road, not a flooded one). */
export const SHOWN_DEPTH = 0.05;

export function streetFloodViews(ctx: SimContext): StreetFloodView[] {
  const streets = ctx.state.fields.streets, w = ctx.state.entities.waterMain;
  if (!streets || !w) return [];
  const out: StreetFloodView[] = [];
  for (const id of sortedKeys(streets)) {
    const b = w.bursts[id];
    if (!b) continue;
    const g = streetGrid(ctx.scenario, b.x, b.y), depth = streets[id].flood.depth;
    const m = streetMeasures(g, depth);
    const edges: { edge: number; depth: number }[] = [];
    for (let k = 0; k < g.edges.length; k++) {
      let d = 0;
      for (let q = g.edgeStart[k]; q < g.edgeStart[k + 1]; q++) if (depth[g.edgeCells[q]] > d) d = depth[g.edgeCells[q]];
      if (d >= SHOWN_DEPTH) edges.push({ edge: g.edges[k], depth: Math.round(d * 100) / 100 });
    }
    out.push({ burst: id, x: Math.round(b.x), y: Math.round(b.y), depth: Math.round(m.depth * 100) / 100, deepest: Math.round(m.deepest * 100) / 100, length: Math.round(m.length), edges });
  }
  return out;
}
