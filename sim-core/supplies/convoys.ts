// Supply convoys on the road: they leave the depot when loaded, drive the fastest open route at
// emergency-vehicle speed by road class (scenario.edgeTime), and unload on arrival. As
// evacuees do, drivers take the roads as they find them (the real closures); when a road ahead
// closes they finish the stretch they are on (or turn back) and go round, or stop stranded with
// their load until a road opens again.
import type { Draft } from 'immer';
import { eventDriven } from '../clock.ts';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import { routeOnRoads } from '../forces/simRoute.ts';
import { extendTrip, tripArrival, tripFromRoute, tripSegment, tripToPivot, tripUsesClosed } from '../forces/trip.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { SUPPLY_KINDS } from '../world/places.ts';
import { sortedKeys } from '../order.ts';
import { suppliesAudience } from './allocate.ts';
import { emergencyClosed, knownClosed } from '../forces/knownRoads.ts';
import { emptySite, type Convoy } from './supplyState.ts';
import { consumeUntil } from './needs.ts';

function pending(ctx: SimContext): number {
  let next = Infinity;
  const convoys = ctx.state.entities.supplies.convoys;
  for (const id of Object.keys(convoys)) {
    const c = convoys[id];
    if (c.status === 'loading') next = Math.min(next, c.departAt);
    else if (c.status === 'enRoute' && c.trip) next = Math.min(next, Math.ceil(tripArrival(c.trip)));
  }
  return next;
}

function destinationNode(ctx: SimContext, c: Convoy | Draft<Convoy>): number {
  return placeIndex(ctx.scenario).place.get(c.to)!.node;
}

/** Sets off from where it stands; with no open road it is stranded there. */
function setOff(ctx: SimContext, c: Draft<Convoy>): void {
  const { scenario, state } = ctx;
  const route = routeOnRoads(ctx, c.node, destinationNode(ctx, c), emergencyClosed(ctx));
  if (!route) {
    if (c.status !== 'stranded') {
      c.status = 'stranded';
      c.trip = null;
      ctx.emit({ kind: 'suppliesStranded', convoy: c.id, to: c.to, node: c.node }, suppliesAudience(ctx, c.to));
    }
    return;
  }
  // A stranded convoy that goes on keeps its first departure, so its travel time counts the wait.
  if (c.status === 'loading') c.departAt = state.t;
  c.status = 'enRoute';
  c.trip = tripFromRoute(route, state.t, scenario.edgeTime);
  // The ETA the players hear is by the roads the chief knows to be open: a detour round a cut
  // nobody was told of would give the cut away (issue 15).
  const eta = Math.ceil(tripArrival(c.trip));
  const known = routeOnRoads(ctx, c.node, destinationNode(ctx, c), knownClosed(ctx, state.entities.closures, c.id, ['chief']));
  const told = known ? Math.ceil(tripArrival(tripFromRoute(known, state.t, scenario.edgeTime))) : eta;
  if (told !== eta) c.toldEta = told; else delete c.toldEta;
  ctx.emit({ kind: 'suppliesDispatched', convoy: c.id, depot: c.depot, to: c.to, eta: told }, suppliesAudience(ctx, c.to));
}

/** Unloads: into the depot's stock if it went to a depot, else into the place's site record. */
function unload(ctx: SimContext, draft: Draft<Entities>, c: Draft<Convoy>): void {
  const t = ctx.state.t;
  c.status = 'arrived';
  c.arrivedAt = t;
  c.node = c.trip!.nodes[c.trip!.nodes.length - 1];
  const travelTime = Math.round(tripArrival(c.trip!) - c.departAt);
  c.trip = null;
  // What was eaten before the delivery came is not taken from the delivery.
  consumeUntil(draft.supplies, t);
  const intoDepot = draft.supplies.depots[c.to];
  const site = intoDepot ? null : (draft.supplies.sites[c.to] ??= emptySite());
  const into = intoDepot ?? site!.stocks;
  for (const k of SUPPLY_KINDS) if (c.items[k] !== undefined) into[k] = (into[k] ?? 0) + c.items[k]!;
  if (site) site.firstSuppliesAt ??= t;
  ctx.emit({ kind: 'suppliesArrived', convoy: c.id, to: c.to, items: { ...c.items }, travelTime }, suppliesAudience(ctx, c.to));
}

export const supplyConvoys = eventDriven('supplyConvoys', 'movement', pending, (ctx) => {
  const t = ctx.state.t;
  ctx.update((draft) => {
    for (const id of sortedKeys(draft.supplies.convoys)) {
      const c = draft.supplies.convoys[id];
      if (c.status === 'loading' && c.departAt <= t) setOff(ctx, c);
      else if (c.status === 'enRoute' && c.trip && Math.ceil(tripArrival(c.trip)) <= t) unload(ctx, draft, c);
    }
  });
});

/**
 * After roads close (or open): a convoy whose way ahead closed finishes the stretch it is on,
 * or turns back, and takes the fastest open way; with none it is stranded where it stops. When
 * roads open, stranded convoys try again.
 */
export function convoysOnRoadsChanged(ctx: SimContext, draft: Draft<Entities>, opened: boolean): void {
  const { scenario, state } = ctx;
  const closed = emergencyClosed(ctx);
  for (const id of sortedKeys(draft.supplies.convoys)) {
    const c = draft.supplies.convoys[id];
    if (opened) {
      if (c.status === 'stranded') setOff(ctx, c);
      continue;
    }
    if (c.status !== 'enRoute' || !c.trip) continue;
    const k = tripSegment(c.trip, state.t);
    const underIt = k < c.trip.edges.length && closed[c.trip.edges[k]] !== 0 && !(c.trip.turnBack && k === 0);
    if (!underIt && !tripUsesClosed(c.trip, k, closed)) continue;
    const pivot = tripToPivot(c.trip, state.t, closed);
    const from = pivot.nodes[pivot.nodes.length - 1];
    const route = routeOnRoads(ctx, from, destinationNode(ctx, c), closed);
    if (route) {
      c.trip = extendTrip(pivot, route, scenario.edgeTime);
      continue;
    }
    c.status = 'stranded';
    c.node = from;
    c.trip = null;
    ctx.emit({ kind: 'suppliesStranded', convoy: c.id, to: c.to, node: from }, suppliesAudience(ctx, c.to));
  }
}
