// 孤岛村: a village cut off on all four lifelines — power, communications and water cut, and no
// open road from it to its township's seat. Such a village lives on its households' stocks: the
// district asks every household to keep at least three days of food and medicine (seeds/004
// （十二）鼓励储备至少三天可自给自足的食品、药品), so it starts with 3 days, and a day of them is gone
// each day it stays cut off.
import type { SimContext } from '../../context.ts';
import type { Village } from '../../world/places.ts';

export const HOUSEHOLD_STOCK_DAYS = 3;
const ALL_SERVICES = ['power', 'comms', 'water'] as const;

/** Road nodes reachable from each township's seat over open edges (one search per township). */
export function reachableFromSeats(ctx: SimContext): Map<string, Uint8Array> {
  const g = ctx.scenario.roads;
  const closed = ctx.state.fields.edgeClosed;
  const out = new Map<string, Uint8Array>();
  for (const tw of ctx.scenario.townships) {
    const seen = new Uint8Array(g.nodeCount);
    const stack = new Int32Array(g.nodeCount);
    let top = 0;
    seen[tw.node] = 1;
    stack[top++] = tw.node;
    while (top > 0) {
      const n = stack[--top];
      for (let a = g.adjStart[n]; a < g.adjStart[n + 1]; a++) {
        if (closed[g.adjEdge[a]] !== 0) continue;
        const m = g.adjNode[a];
        if (seen[m]) continue;
        seen[m] = 1;
        stack[top++] = m;
      }
    }
    out.set(tw.id, seen);
  }
  return out;
}

/** Whether the village is cut off on all four now. */
export function cutOffOnAllFour(ctx: SimContext, v: Village, reach: Map<string, Uint8Array>): boolean {
  const cut = ctx.state.entities.outages[v.id] ?? [];
  if (!ALL_SERVICES.every((s) => cut.includes(s))) return false;
  return reach.get(v.township)?.[v.node] !== 1;
}
