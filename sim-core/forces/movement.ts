// Unit movement: turning out, departing along the fastest open route, arriving; and re-routing
// units under way when roads close (or resuming stranded ones when roads open).
import type { Draft } from 'immer';
import { eventDriven } from '../clock.ts';
import { unitAudience, type SimContext } from '../context.ts';
import type { Entities, UnitState } from '../state.ts';
import { sortedKeys } from '../order.ts';
import { findRoute } from './routing.ts';
import { extendTrip, tripArrival, tripDistance, tripFromRoute, tripSegment, tripToPivot, tripUsesClosed } from './trip.ts';
import { destinationLabel } from './destination.ts';

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

function depart(ctx: SimContext, u: Draft<UnitState>): void {
  const { scenario, state } = ctx;
  const route = findRoute(scenario.roads, u.node, u.destinationNode, scenario.edgeTime, state.fields.edgeClosed);
  const audience = unitAudience(scenario, u.id);
  if (!route) {
    u.status = 'stranded';
    u.trip = null;
    ctx.emit({ kind: 'unitStranded', unit: u.id, node: u.node, destination: destinationLabel(u.destination) }, audience);
    return;
  }
  u.status = 'enRoute';
  u.departAt = state.t;
  u.trip = tripFromRoute(route, state.t, scenario.edgeTime);
  u.tripBlocked = false;
  ctx.emit({
    kind: 'unitDeparted', unit: u.id, fromNode: u.node,
    eta: Math.ceil(tripArrival(u.trip)), distance: Math.round(tripDistance(scenario.roads, u.trip)),
  }, audience);
}

function arrive(ctx: SimContext, u: Draft<UnitState>): void {
  const trip = u.trip!;
  const node = trip.nodes[trip.nodes.length - 1];
  const audience = unitAudience(ctx.scenario, u.id);
  u.node = node;
  u.trip = null;
  if (u.tripBlocked) {
    u.status = 'stranded';
    u.tripBlocked = false;
    ctx.emit({ kind: 'unitStranded', unit: u.id, node, destination: destinationLabel(u.destination) }, audience);
    return;
  }
  const base = ctx.scenario.teams.find((t) => t.id === u.id)!.base;
  const home = u.destination !== null && 'place' in u.destination && u.destination.place === base;
  u.status = home ? 'atBase' : 'onScene';
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
      if (u.status === 'turningOut' && u.departAt <= t) depart(ctx, u);
      else if (u.status === 'enRoute' && u.trip && Math.ceil(tripArrival(u.trip)) <= t) arrive(ctx, u);
    }
  });
}

export const movement = eventDriven('movement', 'movement', pending, run);

/**
 * Sends a unit that is on the road to a new destination node: it finishes the edge it is on
 * (or turns back if that edge is closed) and takes the fastest open route from there. Returns
 * false when no open route exists beyond the pivot (the trip then ends there, blocked).
 */
export function redirect(ctx: SimContext, u: Draft<UnitState>): boolean {
  const { scenario, state } = ctx;
  const closed = state.fields.edgeClosed;
  const pivot = tripToPivot(u.trip!, state.t, closed);
  const from = pivot.nodes[pivot.nodes.length - 1];
  const route = findRoute(scenario.roads, from, u.destinationNode, scenario.edgeTime, closed);
  u.trip = route ? extendTrip(pivot, route, scenario.edgeTime) : pivot;
  u.tripBlocked = route === null;
  return route !== null;
}

/**
 * After road closures change: re-route units whose way ahead closed, take a shorter way for
 * units on a detour when a road opened, and resume stranded units.
 */
export function onRoadsChanged(ctx: SimContext, draft: Draft<Entities>, opened: boolean): void {
  const { scenario, state } = ctx;
  const closed = state.fields.edgeClosed;
  for (const id of sortedKeys(draft.units)) {
    const u = draft.units[id];
    const audience = unitAudience(scenario, u.id);
    if (u.status === 'enRoute' && u.trip) {
      const k = tripSegment(u.trip, state.t);
      const mustReroute = tripUsesClosed(u.trip, k, closed) || u.tripBlocked;
      if (!mustReroute && !opened) continue;
      const previousEta = Math.ceil(tripArrival(u.trip));
      const wasBlocked = u.tripBlocked;
      const before = { trip: u.trip, blocked: u.tripBlocked };
      redirect(ctx, u);
      const eta = Math.ceil(tripArrival(u.trip));
      // On an opening, keep the old way unless the new one is really faster.
      if (!mustReroute && !(eta < previousEta)) { u.trip = before.trip; u.tripBlocked = before.blocked; continue; }
      if (eta !== previousEta || wasBlocked !== u.tripBlocked) {
        ctx.emit({ kind: 'unitRerouted', unit: u.id, eta, previousEta }, audience);
      }
    } else if (u.status === 'stranded' && u.destination !== null) {
      if (findRoute(scenario.roads, u.node, u.destinationNode, scenario.edgeTime, closed)) depart(ctx, u);
    }
  }
}
