// Closing and opening road edges: flips the cause's bit, records the cause and who knows of it,
// and marks the roads changed. Nothing else — units, evacuees and convoys react in the
// roads-changed step (roadsChanged.ts) that the sim runs right after the step that did this.
import type { LocalText } from './localText.ts';
import type { SimContext } from '../context.ts';
import { CLOSURE_BIT as BIT, ROADS_CLOSED, ROADS_OPENED, type ClosureCauseName } from './closureCause.ts';
import { compareStrings } from '../order.ts';

/** An ordered closure (交通管制) is a public notice; an inject's is known to whom it says. */
const PUBLIC = ['all'];

/** Edges out of range, or null. */
export function badEdge(ctx: SimContext, edges: readonly number[]): number | null {
  for (const e of edges) if (e >= ctx.scenario.roads.edgeCount) return e;
  return null;
}

/** Sets the cause's bit on each edge; returns the edges whose bit changed. */
export function closeEdges(ctx: SimContext, edges: readonly number[], cause: ClosureCauseName, reason?: LocalText, knownTo: readonly string[] = PUBLIC): number[] {
  const field = ctx.state.fields.edgeClosed, bit = BIT[cause];
  const changed = uniqueSorted(edges).filter((e) => (field[e] & bit) === 0);
  if (changed.length === 0) return changed;
  for (const e of changed) field[e] |= bit;
  ctx.state.fields.version++;
  ctx.state.roadsChanged |= ROADS_CLOSED;
  ctx.emit({ kind: 'roadClosed', edges: changed, cause, ...(reason ? { reason } : {}) }, knownTo);
  ctx.update((draft) => {
    for (const e of changed) {
      // One record per cause: who knows of a landslide is not who knows of a traffic order.
      (draft.closures[e] ??= {})[cause] = { reason: reason?.zh ?? cause, knownTo: [...knownTo].sort(compareStrings) };
    }
  });
  return changed;
}

/** Clears the cause's bit on each edge; returns the edges whose bit changed. */
export function openEdges(ctx: SimContext, edges: readonly number[], cause: ClosureCauseName, knownTo: readonly string[] = PUBLIC): number[] {
  const field = ctx.state.fields.edgeClosed, bit = BIT[cause];
  const changed = uniqueSorted(edges).filter((e) => (field[e] & bit) !== 0);
  if (changed.length === 0) return changed;
  for (const e of changed) field[e] &= ~bit;
  ctx.state.fields.version++;
  ctx.state.roadsChanged |= ROADS_OPENED;
  ctx.emit({ kind: 'roadOpened', edges: changed, cause }, knownTo);
  ctx.update((draft) => {
    for (const e of changed) {
      const rec = draft.closures[e];
      if (rec) delete rec[cause];
      if (field[e] === 0) delete draft.closures[e];
    }
  });
  return changed;
}

/** Edges closed for any cause, in index order. */
export function closedEdges(field: Uint8Array): number[] {
  const out: number[] = [];
  for (let e = 0; e < field.length; e++) if (field[e] !== 0) out.push(e);
  return out;
}

/** Would closing (or opening) for this cause change anything? */
export function wouldChange(ctx: SimContext, edges: readonly number[], cause: ClosureCauseName, close: boolean): boolean {
  const field = ctx.state.fields.edgeClosed, bit = BIT[cause];
  return edges.some((e) => ((field[e] & bit) === 0) === close);
}

function uniqueSorted(edges: readonly number[]): number[] {
  return [...new Set(edges)].sort((a, b) => a - b);
}
