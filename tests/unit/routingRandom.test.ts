import { describe, it, expect } from 'vitest';
import { buildRoadGraph, type RoadEdgeInput } from '../../sim-core/world/roadGraph.ts';
import { MinHeap } from '../../sim-core/forces/binaryHeap.ts';
import { findRoute, pathFromTree, shortestPathTree, type PathTree } from '../../sim-core/forces/routing.ts';

/** mulberry32: a tiny seeded generator, so each graph is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RandomCase {
  nodes: [number, number][];
  edges: RoadEdgeInput[];
  time: Float64Array;
  closed: Uint8Array;
  /** an admissible A* factor for `time` */
  secondsPerMetre: number;
}

const SPEEDS = [22, 16, 12, 8, 4]; // m/s by road class

/**
 * Sparse random graphs with parallel edges, self-loops, islands and closures. Times are
 * straight-line length × (1.001 … 3) / class speed, so 1/22 s/m is an admissible A* factor;
 * about a third are rounded to whole seconds to make equal-time routes common.
 */
function randomCase(seed: number, n: number, m: number): RandomCase {
  const rand = mulberry32(seed);
  const nodes: [number, number][] = [];
  for (let i = 0; i < n; i++) nodes.push([Math.floor(rand() * 10000), Math.floor(rand() * 10000)]);
  const edges: RoadEdgeInput[] = [];
  const time = new Float64Array(m);
  const closed = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const from = Math.floor(rand() * n);
    // Mostly near neighbours by index, sometimes anywhere, sometimes a loop.
    const r = rand();
    const to = r < 0.03 ? from : r < 0.8 ? (from + 1 + Math.floor(rand() * 5)) % n : Math.floor(rand() * n);
    const cls = Math.floor(rand() * SPEEDS.length);
    edges.push({ from, to, cls });
    const [x0, y0] = nodes[from];
    const [x1, y1] = nodes[to];
    const straight = Math.sqrt((x1 - x0) ** 2 + (y1 - y0) ** 2);
    const t = (straight * (1.001 + 2 * rand())) / SPEEDS[cls];
    time[e] = rand() < 0.35 ? Math.ceil(t) : t;
    closed[e] = rand() < 0.12 ? 1 : 0;
  }
  return { nodes, edges, time, closed, secondsPerMetre: 1 / 22 };
}

/** The textbook O(n²) Dijkstra over the plain edge list: no heap, no CSR. */
function referenceDistances(n: number, edges: RoadEdgeInput[], time: Float64Array, closed: Uint8Array, source: number): Float64Array {
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  dist[source] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
    if (u < 0 || dist[u] === Infinity) break;
    done[u] = 1;
    for (let e = 0; e < edges.length; e++) {
      if (closed[e]) continue;
      const { from, to } = edges[e];
      const v = from === u ? to : to === u ? from : -1;
      if (v >= 0 && dist[u] + time[e] < dist[v]) dist[v] = dist[u] + time[e];
    }
  }
  return dist;
}

describe('shortestPathTree against a reference Dijkstra', () => {
  // minReached: node-source pairs that must be reachable over the 16 trees (8 sources, with and
  // without closures), so a graph falling apart cannot make the comparison vacuous. The last
  // case is mostly islands on purpose.
  const cases: [seed: number, n: number, m: number, minReached: number][] = [
    [1, 12, 20, 150], [2, 60, 90, 600], [3, 150, 260, 2000], [4, 300, 420, 3000],
    [5, 300, 900, 4500], [6, 40, 25, 30],
  ];

  for (const [seed, n, m, minReached] of cases) {
    it(`seed ${seed}: ${n} nodes, ${m} edges`, () => {
      const c = randomCase(seed, n, m);
      const g = buildRoadGraph(c.nodes, c.edges);
      const out: PathTree = { dist: new Float64Array(n), prevEdge: new Int32Array(n) };
      const heap = new MinHeap(8);
      const pick = mulberry32(seed * 7919);
      let reached = 0;
      for (let k = 0; k < 8; k++) {
        const source = Math.floor(pick() * n);
        for (const closed of [c.closed, null]) {
          const tree = shortestPathTree(g, source, c.time, closed, out, heap);
          const none = new Uint8Array(m);
          const expected = referenceDistances(n, c.edges, c.time, closed ?? none, source);
          expect(Array.from(tree.dist)).toEqual(Array.from(expected));
          for (let v = 0; v < n; v++) if (expected[v] !== Infinity) reached++;

          // Per node: the tree's route, summed edge by edge in travel order, gives the
          // distance, uses only open edges, and runs from the source; findRoute agrees, with
          // and without the A* estimate. Checked in bulk: one expect a node would be slow.
          const problems: string[] = [];
          for (let v = 0; v < n; v++) {
            const route = pathFromTree(g, tree, v);
            const direct = findRoute(g, source, v, c.time, closed);
            const astar = findRoute(g, source, v, c.time, closed, { secondsPerMetre: c.secondsPerMetre });
            if (expected[v] === Infinity) {
              if (route !== null || direct !== null || astar !== null) problems.push(`${v}: should be unreachable`);
              continue;
            }
            if (route === null) {
              problems.push(`${v}: no route`);
              continue;
            }
            let t = 0;
            for (const e of route.edges) {
              if (closed !== null && closed[e] !== 0) problems.push(`${v}: uses closed edge ${e}`);
              t += c.time[e];
            }
            if (t !== expected[v]) problems.push(`${v}: route sums to ${t}, not ${expected[v]}`);
            if (route.nodes[0] !== source || route.nodes[route.nodes.length - 1] !== v) {
              problems.push(`${v}: route runs ${route.nodes[0]} → ${route.nodes[route.nodes.length - 1]}`);
            }
            if (direct?.time !== expected[v]) problems.push(`${v}: findRoute gives ${direct?.time}`);
            if (astar?.time !== expected[v]) problems.push(`${v}: A* gives ${astar?.time}`);
          }
          expect(problems).toEqual([]);
        }
      }
      expect(reached).toBeGreaterThanOrEqual(minReached);
    });
  }

  it('is the same tree, bit for bit, on a second run', () => {
    const c = randomCase(99, 200, 400);
    const g = buildRoadGraph(c.nodes, c.edges);
    const a = shortestPathTree(g, 17, c.time, c.closed);
    const b = shortestPathTree(g, 17, c.time, c.closed);
    expect(Array.from(b.dist)).toEqual(Array.from(a.dist));
    expect(Array.from(b.prevEdge)).toEqual(Array.from(a.prevEdge));
  });
});
