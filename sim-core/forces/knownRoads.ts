// What a unit knows of the roads. A unit plans its way round the closures its side has been
// told of (public notices, and what its team, its township or the chief know); a closure nobody
// told it of it finds by driving up to it — then its side knows, and it re-plans. So a hidden
// landslide is not given away by a unit that avoids it, or by an order refused for no route.
import { current, isDraft, type Draft } from 'immer';
import type { SimContext } from '../context.ts';
import { unitAudience } from '../context.ts';
import type { Entities } from '../state.ts';
import type { Trip } from './unitState.ts';
import { compareStrings } from '../order.ts';
import { legClosed } from './trip.ts';
import { CLOSURE_BIT } from '../world/closureCause.ts';

type Closures = Entities['closures'];
const cache = new WeakMap<Closures, Map<string, Uint8Array>>();

/**
 * Per edge, nonzero when the edge is closed and the unit's side knows it — or, given `roles`,
 * when those roles know it (what the role giving an order knows decides whether it is refused).
 * A threat zone's cordon (警戒区交通管制, cause `cordon`) closes a road to the public, not to the
 * response: teams and supply convoys pass it (the police wave emergency vehicles through), so it
 * counts only for `traffic: 'public'` — evacuees.
 */
export function knownClosed(ctx: SimContext, closures: Closures | Draft<Closures>, unitId: string, roles?: readonly string[], traffic: Traffic = 'emergency'): Uint8Array {
  const audience = roles ?? unitAudience(ctx.scenario, unitId);
  const key = `${traffic}|${audience.join('|')}`;
  const frozen = !isDraft(closures);
  if (frozen) {
    const hit = cache.get(closures as Closures)?.get(key);
    if (hit) return hit;
  }
  const mask = new Uint8Array(ctx.scenario.roads.edgeCount);
  // Reading through immer's proxies is slow; a plain snapshot of a draft is read once.
  const plain: Closures = frozen ? (closures as Closures) : current(closures as Draft<Closures>);
  for (const e of Object.keys(plain)) {
    const causes = plain[e];
    for (const c of Object.keys(causes)) {
      if (traffic === 'emergency' && c === 'cordon') continue;
      const rec = causes[c as keyof typeof causes]!;
      if (rec.knownTo.includes('all') || rec.knownTo.some((r) => audience.includes(r))) { mask[Number(e)] = 1; break; }
    }
  }
  if (frozen) {
    let m = cache.get(closures as Closures);
    if (!m) { m = new Map(); cache.set(closures as Closures, m); }
    m.set(key, mask);
  }
  return mask;
}

/** Who drives: the response's vehicles (teams, convoys), or the public (evacuees). */
export type Traffic = 'emergency' | 'public';

/**
 * The closure field as the response's vehicles meet it: the edges closed for any cause but a
 * cordon. Derived from `fields.edgeClosed`, rebuilt when the fields' version moves.
 */
export function emergencyClosed(ctx: SimContext): Uint8Array {
  const f = ctx.state.fields;
  const memo = ctx.scratch.emergencyRoads;
  if (memo && memo.of === f.edgeClosed && memo.version === f.version) return memo.closed;
  const closed = memo && memo.closed.length === f.edgeClosed.length ? memo.closed : new Uint8Array(f.edgeClosed.length);
  const keep = ~CLOSURE_BIT.cordon & 0xff;
  for (let e = 0; e < closed.length; e++) closed[e] = f.edgeClosed[e] & keep;
  ctx.scratch.emergencyRoads = { of: f.edgeClosed, version: f.version, closed };
  return closed;
}

/** Index of the first edge from segment `from` on that is closed but not known to be: −1 if none. */
export function firstHiddenClosure(trip: Trip, from: number, closed: Uint8Array, known: Uint8Array): number {
  for (let k = from; k < trip.edges.length; k++) {
    const e = trip.edges[k];
    if (legClosed(closed, e) && known[e] === 0) return k;
  }
  return -1;
}

/** The trip cut short at node k: the unit drives there and finds the road ahead closed. */
export function truncateTrip(trip: Trip, k: number): Trip {
  return { nodes: trip.nodes.slice(0, k + 1), edges: trip.edges.slice(0, k), times: trip.times.slice(0, k + 1), turnBack: trip.turnBack && k > 0 };
}

/** The unit's side learns of every closure on edge e (it has seen it). */
export function learnClosure(ctx: SimContext, draft: Draft<Entities>, unitId: string, e: number): void {
  const causes = draft.closures[e];
  if (!causes) return;
  const audience = unitAudience(ctx.scenario, unitId);
  for (const c of Object.keys(causes)) {
    const rec = causes[c as keyof typeof causes]!;
    for (const r of audience) if (!rec.knownTo.includes(r)) rec.knownTo.push(r);
    rec.knownTo.sort(compareStrings);
  }
}
