// A unit's trip along the road graph: the nodes it passes and when it reaches each. Positions
// are derived from the trip and the time, so moving units cost nothing between events.
import type { Trip } from './unitState.ts';
import type { RoadGraph } from '../world/roadGraph.ts';
import type { Route } from './routing.ts';
import { hypot } from '../math/index.ts';

/** The edge index of a straight flight leg (an aircraft does not use the roads). */
const FLIGHT_LEG = -1;

/** A flight straight from node `from` to node `to` at `speed` m/s, leaving at `start`. */
export function flightTrip(g: RoadGraph, from: number, to: number, start: number, speed: number): Trip {
  return { nodes: [from, to], edges: [FLIGHT_LEG], times: [start, start + legLength(g, from, to) / speed], turnBack: false };
}

/** A straight leg appended to a trip (an aircraft turning to a new destination). */
export function extendFlight(g: RoadGraph, trip: Trip, to: number, speed: number): Trip {
  const from = trip.nodes[trip.nodes.length - 1];
  const t = tripArrival(trip);
  if (from === to) return trip;
  return { nodes: [...trip.nodes, to], edges: [...trip.edges, FLIGHT_LEG], times: [...trip.times, t + legLength(g, from, to) / speed], turnBack: trip.turnBack };
}

function legLength(g: RoadGraph, a: number, b: number): number {
  return hypot(g.nodeX[b] - g.nodeX[a], g.nodeY[b] - g.nodeY[a]);
}

/** Whether edge e of a trip is closed (flight legs never are). */
export function legClosed(closed: Uint8Array, e: number): boolean {
  return e !== FLIGHT_LEG && closed[e] !== 0;
}

export function tripFromRoute(route: Route, start: number, edgeTime: Float64Array): Trip {
  const times = [start];
  let t = start;
  for (const e of route.edges) { t += edgeTime[e]; times.push(t); }
  return { nodes: [...route.nodes], edges: [...route.edges], times, turnBack: false };
}

export function tripArrival(trip: Trip): number {
  return trip.times[trip.times.length - 1];
}

export function tripDistance(g: RoadGraph, trip: Trip): number {
  let d = 0;
  trip.edges.forEach((e, k) => { d += e === FLIGHT_LEG ? legLength(g, trip.nodes[k], trip.nodes[k + 1]) : g.edgeLength[e]; });
  return d;
}

/** Index k of the edge being driven at time t (times[k] ≤ t < times[k+1]); edges.length when done. */
export function tripSegment(trip: Trip, t: number): number {
  let k = 0;
  while (k < trip.edges.length && trip.times[k + 1] <= t) k++;
  return k;
}

export function tripPosition(g: RoadGraph, trip: Trip, t: number): { x: number; y: number } {
  const k = tripSegment(trip, t);
  if (k >= trip.edges.length) {
    const n = trip.nodes[trip.nodes.length - 1];
    return { x: g.nodeX[n], y: g.nodeY[n] };
  }
  const a = trip.nodes[k], b = trip.nodes[k + 1];
  const t0 = trip.times[k], t1 = trip.times[k + 1];
  const f = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 1;
  return { x: g.nodeX[a] + f * (g.nodeX[b] - g.nodeX[a]), y: g.nodeY[a] + f * (g.nodeY[b] - g.nodeY[a]) };
}

/**
 * Where a unit can next stop when its road ahead closes: the end of the edge it is on, or, if
 * that edge itself closed, back at its start (a U-turn). Returns the prefix of the trip up to
 * that pivot node, with times so that the unit's position at t is unchanged.
 */
export function tripToPivot(trip: Trip, t: number, closed: Uint8Array): Trip {
  const k = tripSegment(trip, t);
  if (k >= trip.edges.length) {
    const n = trip.nodes[trip.nodes.length - 1];
    return { nodes: [n], edges: [], times: [t], turnBack: false };
  }
  const e = trip.edges[k];
  const t0 = trip.times[k], t1 = trip.times[k + 1];
  const leaving = trip.turnBack && k === 0;
  if (!legClosed(closed, e) || leaving) {
    return { nodes: [trip.nodes[k], trip.nodes[k + 1]], edges: [e], times: [t0, t1], turnBack: leaving };
  }
  // U-turn: drive back over the part of edge e already covered. With D the edge's duration and
  // f the covered share, the reversed leg starts (virtually) at t − (1−f)·D and ends at t + f·D.
  const D = t1 - t0;
  const f = D > 0 ? (t - t0) / D : 0;
  return { nodes: [trip.nodes[k + 1], trip.nodes[k]], edges: [e], times: [t - (1 - f) * D, t + f * D], turnBack: true };
}

/** Appends a route that starts at the trip's last node. */
export function extendTrip(trip: Trip, route: Route, edgeTime: Float64Array): Trip {
  const out: Trip = { nodes: [...trip.nodes], edges: [...trip.edges], times: [...trip.times], turnBack: trip.turnBack };
  let t = tripArrival(trip);
  for (let i = 0; i < route.edges.length; i++) {
    t += edgeTime[route.edges[i]];
    out.edges.push(route.edges[i]);
    out.nodes.push(route.nodes[i + 1]);
    out.times.push(t);
  }
  return out;
}

export function tripUsesClosed(trip: Trip, fromSegment: number, closed: Uint8Array): boolean {
  // A turn-back leg is being left, so its (closed) edge does not count.
  const first = trip.turnBack && fromSegment === 0 ? 1 : fromSegment;
  for (let k = first; k < trip.edges.length; k++) if (legClosed(closed, trip.edges[k])) return true;
  return false;
}
