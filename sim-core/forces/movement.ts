// Unit movement: turning out, departing along the fastest open route, arriving; and re-routing
// units under way when roads close (or resuming stranded ones when roads open).
import type { Draft } from 'immer';
import { eventDriven } from '../clock.ts';
import { unitAudience, type SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { UnitState } from './unitState.ts';
import { sortedKeys } from '../order.ts';
import { routeOnRoads } from './simRoute.ts';
import { extendFlight, extendTrip, flightTrip, tripArrival, tripDistance, tripFromRoute, tripSegment, tripToPivot, tripUsesClosed } from './trip.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { FLIGHT_SPEED, fliesStraight } from './teamTypes.ts';

/** An aircraft: flies straight, so road closures neither stop nor re-route it. */
export function isAircraft(ctx: SimContext, unitId: string): boolean {
  const team = placeIndex(ctx.scenario).team.get(unitId);
  return team !== undefined && fliesStraight(team.type);
}
import { destinationLabel } from './destination.ts';
import { emergencyClosed, firstHiddenClosure, knownClosed, learnClosure, truncateTrip } from './knownRoads.ts';

/** Earliest pending departure or arrival. */
function pending(ctx: SimContext): number {
  let next = Infinity;
  const units = ctx.state.entities.units;
  for (const id in units) {
    const u = units[id];
    if (u.status === 'turningOut') next = Math.min(next, u.departAt);
    else if (u.status === 'enRoute' && u.trip) next = Math.min(next, Math.ceil(tripArrival(u.trip)));
  }
  return next;
}

/** Cuts the trip short before the first closure ahead the unit does not know of. */
function watchForHiddenClosure(ctx: SimContext, u: Draft<UnitState>, known: Uint8Array): void {
  const trip = u.trip!;
  const k = firstHiddenClosure(trip, tripSegment(trip, ctx.state.t) + 1, emergencyClosed(ctx), known);
  if (k < 0) { u.discover = null; return; }
  u.discover = trip.edges[k];
  u.trip = truncateTrip(trip, k);
}

/** A unit cut off on its way cannot do its task there (it keeps the order, and goes on if a road opens). */
function taskUnreachable(ctx: SimContext, u: Draft<UnitState>, audience: string[]): void {
  if (u.task === null) return;
  ctx.emit({ kind: 'taskFailed', unit: u.id, task: u.task, reason: 'unreachable', detail: `no open road to ${destinationLabel(u.destination)}` }, audience);
}

function depart(ctx: SimContext, u: Draft<UnitState>, draft: Draft<Entities>): void {
  const { scenario, state } = ctx;
  if (isAircraft(ctx, u.id)) {
    u.status = 'enRoute';
    u.departAt = state.t;
    u.trip = flightTrip(scenario.roads, u.node, u.destinationNode, state.t, FLIGHT_SPEED);
    u.tripBlocked = false;
    u.discover = null;
    ctx.emit({
      kind: 'unitDeparted', unit: u.id, fromNode: u.node,
      eta: Math.ceil(tripArrival(u.trip)), distance: Math.round(tripDistance(scenario.roads, u.trip)),
    }, unitAudience(scenario, u.id));
    return;
  }
  const known = knownClosed(ctx, draft.closures, u.id);
  const route = routeOnRoads(ctx, u.node, u.destinationNode, known);
  const audience = unitAudience(scenario, u.id);
  if (!route) {
    u.status = 'stranded';
    u.trip = null;
    ctx.emit({ kind: 'unitStranded', unit: u.id, node: u.node, destination: destinationLabel(u.destination) }, audience);
    taskUnreachable(ctx, u, audience);
    return;
  }
  u.status = 'enRoute';
  if (u.discover === null) u.departAt = state.t;
  u.trip = tripFromRoute(route, state.t, scenario.edgeTime);
  u.tripBlocked = false;
  watchForHiddenClosure(ctx, u, known);
  ctx.emit({
    kind: 'unitDeparted', unit: u.id, fromNode: u.node,
    eta: Math.ceil(tripArrival(u.trip)), distance: Math.round(tripDistance(scenario.roads, u.trip)),
  }, audience);
}

function arrive(ctx: SimContext, u: Draft<UnitState>, draft: Draft<Entities>): void {
  const trip = u.trip!;
  const node = trip.nodes[trip.nodes.length - 1];
  const audience = unitAudience(ctx.scenario, u.id);
  u.node = node;
  u.trip = null;
  if (u.discover !== null) {
    // At the road it did not know was closed: now its side knows; it plans again from here.
    const e = u.discover;
    if (emergencyClosed(ctx)[e] !== 0) {
      learnClosure(ctx, draft, u.id, e);
      ctx.emit({ kind: 'roadFoundClosed', unit: u.id, edge: e, node }, audience);
    }
    depart(ctx, u, draft);
    u.discover = u.trip ? u.discover : null;
    return;
  }
  if (u.tripBlocked) {
    u.status = 'stranded';
    u.tripBlocked = false;
    ctx.emit({ kind: 'unitStranded', unit: u.id, node, destination: destinationLabel(u.destination) }, audience);
    taskUnreachable(ctx, u, audience);
    return;
  }
  const base = ctx.scenario.teams.find((t) => t.id === u.id)!.base;
  const home = u.destination !== null && 'place' in u.destination && u.destination.place === base;
  u.status = home ? 'atBase' : 'onScene';
  if (home) u.restSince = ctx.state.t;
  ctx.emit({
    kind: 'unitArrived', unit: u.id, node, destination: destinationLabel(u.destination),
    travelTime: Math.round(tripArrival(trip) - u.departAt),
  }, audience);
}

function run(ctx: SimContext): void {
  const t = ctx.state.t;
  ctx.update((draft) => {
    for (const id of sortedKeys(draft.units)) {
      const u = draft.units[id];
      if (u.status === 'turningOut' && u.departAt <= t) depart(ctx, u, draft);
      else if (u.status === 'enRoute' && u.trip && Math.ceil(tripArrival(u.trip)) <= t) arrive(ctx, u, draft);
    }
  });
}

export const movement = eventDriven('movement', 'movement', pending, run);

/**
 * Sends a unit that is on the road to a new destination node: it finishes the edge it is on
 * (or turns back if that edge is closed) and takes the fastest open route from there. Returns
 * false when no open route exists beyond the pivot (the trip then ends there, blocked).
 */
export function redirect(ctx: SimContext, u: Draft<UnitState>, draft: Draft<Entities>): boolean {
  const { scenario, state } = ctx;
  const closed = emergencyClosed(ctx);
  const trip = u.trip!;
  const k = tripSegment(trip, state.t);
  if (isAircraft(ctx, u.id)) {
    // It finishes the leg it flies, then turns straight for the new destination.
    u.trip = extendFlight(scenario.roads, tripToPivot(trip, state.t, closed), u.destinationNode, FLIGHT_SPEED);
    u.tripBlocked = false;
    u.discover = null;
    return true;
  }
  // A road closing under the unit is seen by it.
  if (k < trip.edges.length && closed[trip.edges[k]] !== 0 && !(trip.turnBack && k === 0)) learnClosure(ctx, draft, u.id, trip.edges[k]);
  const pivot = tripToPivot(trip, state.t, closed);
  const from = pivot.nodes[pivot.nodes.length - 1];
  const known = knownClosed(ctx, draft.closures, u.id);
  const route = routeOnRoads(ctx, from, u.destinationNode, known);
  u.trip = route ? extendTrip(pivot, route, scenario.edgeTime) : pivot;
  u.tripBlocked = route === null;
  u.discover = null;
  if (route) watchForHiddenClosure(ctx, u, known);
  return route !== null;
}

/**
 * After road closures change: re-route units whose way ahead closed, take a shorter way for
 * units on a detour when a road opened, and resume stranded units.
 */
export function onRoadsChanged(ctx: SimContext, draft: Draft<Entities>, opened: boolean): void {
  const { scenario, state } = ctx;
  const closed = emergencyClosed(ctx);
  for (const id of sortedKeys(draft.units)) {
    const u = draft.units[id];
    if (isAircraft(ctx, id)) continue;
    const audience = unitAudience(scenario, u.id);
    if (u.status === 'enRoute' && u.trip) {
      const k = tripSegment(u.trip, state.t);
      const known = knownClosed(ctx, draft.closures, u.id);
      const underIt = k < u.trip.edges.length && closed[u.trip.edges[k]] !== 0 && !(u.trip.turnBack && k === 0);
      const mustReroute = underIt || tripUsesClosed(u.trip, k, known) || u.tripBlocked || (u.discover !== null && closed[u.discover] === 0);
      if (!mustReroute && !opened) {
        if (u.discover === null) watchForHiddenClosure(ctx, u, known);
        continue;
      }
      const previousEta = Math.ceil(tripArrival(u.trip));
      const wasBlocked = u.tripBlocked;
      const before = { trip: u.trip, blocked: u.tripBlocked, discover: u.discover };
      redirect(ctx, u, draft);
      const eta = Math.ceil(tripArrival(u.trip));
      // On an opening, keep the old way unless the new one is really faster.
      if (!mustReroute && !(eta < previousEta)) { u.trip = before.trip; u.tripBlocked = before.blocked; u.discover = before.discover; continue; }
      if (eta !== previousEta || wasBlocked !== u.tripBlocked) {
        ctx.emit({ kind: 'unitRerouted', unit: u.id, eta, previousEta }, audience);
      }
    } else if (u.status === 'stranded' && u.destination !== null) {
      if (routeOnRoads(ctx, u.node, u.destinationNode, knownClosed(ctx, draft.closures, u.id))) depart(ctx, u, draft);
    }
  }
}
