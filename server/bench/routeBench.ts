// Benchmark row "route, shortest-path tree on a 20k-node road graph" (DESIGN.md: aim ≤ 5 ms).
// The graph is synthetic but road-like: a jittered 142×142 lattice (≈ 20k junctions, 150 m
// apart) with a tenth of the links missing, a few highway and county corridors, the rest
// village roads and tracks. Built from a local LCG so every run times the same graph.

import { buildRoadGraph, type RoadEdgeInput } from '../../sim-core/world/roadGraph.ts';
import { MinHeap } from '../../sim-core/forces/binaryHeap.ts';
import { shortestPathTree, type PathTree } from '../../sim-core/forces/routing.ts';

const SIDE = 142;
const SPACING = 150; // m
// m/s by class: highway, county, township, village, track
const CLASS_SPEED = [22, 16, 12, 8, 4];

/** Numerical Recipes LCG, returned as a float in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function syntheticRoadNetwork(seed = 20240601) {
  const rand = lcg(seed);
  const nodes: [number, number][] = [];
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) {
      nodes.push([(i + 0.6 * (rand() - 0.5)) * SPACING, (j + 0.6 * (rand() - 0.5)) * SPACING]);
    }
  }
  const classOf = (i: number, j: number, horizontal: boolean): number => {
    const line = horizontal ? j : i;
    if (line % 40 === 20) return 0;
    if (line % 20 === 10) return 1;
    if (line % 5 === 0) return 2;
    return rand() < 0.7 ? 3 : 4;
  };
  const edges: RoadEdgeInput[] = [];
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) {
      const n = j * SIDE + i;
      if (i + 1 < SIDE && rand() >= 0.1) edges.push({ from: n, to: n + 1, cls: classOf(i, j, true) });
      if (j + 1 < SIDE && rand() >= 0.1) edges.push({ from: n, to: n + SIDE, cls: classOf(i, j, false) });
    }
  }
  const g = buildRoadGraph(nodes, edges);
  const edgeTime = new Float64Array(g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) edgeTime[e] = g.edgeLength[e] / CLASS_SPEED[g.edgeClass[e]];
  return { g, edgeTime };
}

export function benchRouting(): { nodes: number; edges: number; msPerTree: number } {
  const { g, edgeTime } = syntheticRoadNetwork();
  // A few live closures, as during a flood.
  const closed = new Uint8Array(g.edgeCount);
  const rand = lcg(7);
  for (let k = 0; k < g.edgeCount / 100; k++) closed[Math.floor(rand() * g.edgeCount)] = 1;

  const tree: PathTree = { dist: new Float64Array(g.nodeCount), prevEdge: new Int32Array(g.nodeCount) };
  const heap = new MinHeap(g.nodeCount + 1);
  const source = () => Math.floor(rand() * g.nodeCount);

  for (let k = 0; k < 30; k++) shortestPathTree(g, source(), edgeTime, closed, tree, heap);

  const times: number[] = [];
  for (let k = 0; k < 101; k++) {
    const s = source();
    const t0 = performance.now();
    shortestPathTree(g, s, edgeTime, closed, tree, heap);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { nodes: g.nodeCount, edges: g.edgeCount, msPerTree: times[times.length >> 1] };
}
