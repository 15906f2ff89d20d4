// Route finding for a sim: the fastest open route on the scenario's roads (routing.ts), with the
// heap and distance arrays kept in the sim's own work memory rather than allocated per route.
import type { SimContext } from '../context.ts';
import type { RoutingWork } from '../simScratch.ts';
import { MinHeap } from './binaryHeap.ts';
import { findRoute, type Route } from './routing.ts';

function routingWork(ctx: SimContext): RoutingWork {
  const own = ctx.scratch.routing;
  if (own) return own;
  const n = ctx.scenario.roads.nodeCount;
  const work: RoutingWork = { heap: new MinHeap(n + 1), tree: { dist: new Float64Array(n), prevEdge: new Int32Array(n) } };
  ctx.scratch.routing = work;
  return work;
}

/** The fastest route from `from` to `to` round the edges `closed` marks, or null when none is open. */
export function routeOnRoads(ctx: SimContext, from: number, to: number, closed: Uint8Array): Route | null {
  const work = routingWork(ctx);
  return findRoute(ctx.scenario.roads, from, to, ctx.scenario.edgeTime, closed, { heap: work.heap, work: work.tree });
}
