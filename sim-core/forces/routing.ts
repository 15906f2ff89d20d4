// Travel-time routing on the road graph with live closures (flooded, burning or blocked roads).
// Dijkstra (1959) on the CSR adjacency with a lazy-deletion binary heap: stale heap entries
// are skipped on pop instead of being decreased in place. The heap's total order on
// (time, node) makes equal-time routes resolve the same way on every run.

import type { RoadGraph } from '../world/roadGraph.ts';
import { otherEnd } from '../world/roadGraph.ts';
import { MinHeap } from './binaryHeap.ts';

/** `dist` is Infinity when unreachable; `prevEdge` is -1 at the source and unreached nodes. */
export interface PathTree {
  dist: Float64Array;
  prevEdge: Int32Array;
}

export interface Route {
  /** seconds */
  time: number;
  /** from … to */
  nodes: number[];
  /** edges[i] joins nodes[i] and nodes[i+1] */
  edges: number[];
}

interface FindRouteOptions {
  /**
   * Turns Dijkstra into A*: the remaining time is estimated as straight-line metres × this
   * factor. Must be admissible: no edge may take less than its nodes' straight-line distance
   * × factor (so 1 / the fastest speed, when edge lengths are at least the straight line).
   */
  secondsPerMetre?: number;
  /** scratch, reused between calls to avoid allocation */
  heap?: MinHeap;
  work?: PathTree;
}

function treeFor(g: RoadGraph, out: PathTree | undefined): PathTree {
  const n = g.nodeCount;
  const tree = out && out.dist.length === n && out.prevEdge.length === n
    ? out
    : { dist: new Float64Array(n), prevEdge: new Int32Array(n) };
  tree.dist.fill(Infinity);
  tree.prevEdge.fill(-1);
  return tree;
}

/**
 * Fastest times from `source` to every node. `edgeTime[e]` is seconds to travel edge e
 * (either way); `closed[e] !== 0` makes e impassable. Pass `out` (and `heap`) to reuse buffers.
 */
export function shortestPathTree(
  g: RoadGraph,
  source: number,
  edgeTime: Float64Array,
  closed: Uint8Array | null,
  out?: PathTree,
  heap: MinHeap = new MinHeap(g.nodeCount + 1),
): PathTree {
  const tree = treeFor(g, out);
  const { dist, prevEdge } = tree;
  const { adjStart, adjEdge, adjNode } = g;
  heap.clear();
  dist[source] = 0;
  heap.push(0, source);
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (d > dist[u]) continue; // stale: u was reached faster after this was pushed
    for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
      const e = adjEdge[k];
      if (closed !== null && closed[e] !== 0) continue;
      const v = adjNode[k];
      const nd = d + edgeTime[e];
      if (nd < dist[v]) {
        dist[v] = nd;
        prevEdge[v] = e;
        heap.push(nd, v);
      }
    }
  }
  return tree;
}

/**
 * The fastest route from `from` to `to`, or null when every way is closed. Stops as soon as
 * `to` is settled. With `secondsPerMetre` it is A* (Hart, Nilsson & Raphael 1968); nodes may
 * be reopened, so an admissible estimate suffices for the optimum.
 */
export function findRoute(
  g: RoadGraph,
  from: number,
  to: number,
  edgeTime: Float64Array,
  closed: Uint8Array | null,
  options: FindRouteOptions = {},
): Route | null {
  if (from === to) return { time: 0, nodes: [from], edges: [] };
  const tree = treeFor(g, options.work);
  const heap = options.heap ?? new MinHeap(64);
  const { dist, prevEdge } = tree;
  const { adjStart, adjEdge, adjNode, nodeX, nodeY } = g;
  const k = options.secondsPerMetre ?? 0;
  const tx = nodeX[to];
  const ty = nodeY[to];
  // sqrt, not Math.hypot: correctly rounded in every engine.
  const estimate = (n: number): number => {
    if (k === 0) return 0;
    const dx = nodeX[n] - tx;
    const dy = nodeY[n] - ty;
    return Math.sqrt(dx * dx + dy * dy) * k;
  };

  heap.clear();
  dist[from] = 0;
  heap.push(estimate(from), from);
  while (heap.size > 0) {
    const f = heap.peekKey();
    const u = heap.pop();
    const d = dist[u];
    if (f > d + estimate(u)) continue; // stale entry
    if (u === to) return pathFromTree(g, tree, to);
    for (let a = adjStart[u], end = adjStart[u + 1]; a < end; a++) {
      const e = adjEdge[a];
      if (closed !== null && closed[e] !== 0) continue;
      const v = adjNode[a];
      const nd = d + edgeTime[e];
      if (nd < dist[v]) {
        dist[v] = nd;
        prevEdge[v] = e;
        heap.push(nd + estimate(v), v);
      }
    }
  }
  return null;
}

/** The route from the tree's source to `to`, or null when `to` was not reached. */
export function pathFromTree(g: RoadGraph, tree: PathTree, to: number): Route | null {
  const time = tree.dist[to];
  if (time === Infinity) return null;
  const nodes = [to];
  const edges: number[] = [];
  let n = to;
  // At most nodeCount - 1 steps back; the bound guards against a corrupt tree.
  for (let steps = 0; steps < g.nodeCount; steps++) {
    const e = tree.prevEdge[n];
    if (e < 0) break;
    n = otherEnd(g, e, n);
    edges.push(e);
    nodes.push(n);
  }
  nodes.reverse();
  edges.reverse();
  return { time, nodes, edges };
}
