import { describe, it, expect } from 'vitest';
import { buildRoadGraph, buildNodeIndex, nearestNode } from '../../sim-core/world/roadGraph.ts';
import { MinHeap } from '../../sim-core/forces/binaryHeap.ts';
import { findRoute, pathFromTree, shortestPathTree } from '../../sim-core/forces/routing.ts';
import { runRouteCase } from '../../sim-core/forces/routeCase.ts';

// The hand-checked graph. Coordinates in m (y north), edge times in s, edge indices e0…e6;
// node 6 stands alone far to the north-east.
//
//   (0,500)  3 ---e3 10s--- 4 ---e4 10s--- 5  (2000,500)
//            |              |              |
//          e2 5s         e5 50s          e6 5s
//            |              |              |
//   (0,0)    0 ---e0 30s--- 1 ---e1 30s--- 2  (2000,0)
//
// From 0 (by hand):
//   3 = 5 (e2); 4 = 5+10 = 15 (e3); 5 = 15+10 = 25 (e4); 2 = 25+5 = 30 (e6);
//   1 = min(30 via e0, 15+50 = 65 via e5, 30+30 = 60 via e1) = 30 (e0); 6 unreachable.
//   0→2 fastest: 0-3-4-5-2 in 30 s (the straight 0-1-2 takes 60 s).
//   e4 closed: 0-1-2 = 60 s beats 0-3-4-1-2 = 5+10+50+30 = 95 s.
//   e4 and e1 closed: 2 hangs off 1 only by e1 and off 5 only by e4-e6, so it is cut off.
const NODES: [number, number][] = [
  [0, 0], [1000, 0], [2000, 0], [0, 500], [1000, 500], [2000, 500], [5000, 5000],
];
const EDGES = [
  { from: 0, to: 1, cls: 3 }, // e0
  { from: 1, to: 2, cls: 3 }, // e1
  { from: 0, to: 3, cls: 4 }, // e2
  { from: 3, to: 4, cls: 0 }, // e3
  { from: 4, to: 5, cls: 0 }, // e4
  { from: 1, to: 4, cls: 4 }, // e5
  { from: 5, to: 2, cls: 1, length: 600 }, // e6, longer than the straight line
];
const TIMES = new Float64Array([30, 30, 5, 10, 10, 50, 5]);
const g = buildRoadGraph(NODES, EDGES);

function closedSet(...edges: number[]): Uint8Array {
  const closed = new Uint8Array(g.edgeCount);
  for (const e of edges) closed[e] = 1;
  return closed;
}

describe('road graph', () => {
  it('builds CSR with each node\'s edges in ascending edge order', () => {
    expect(g.nodeCount).toBe(7);
    expect(g.edgeCount).toBe(7);
    expect(Array.from(g.adjStart)).toEqual([0, 2, 5, 7, 9, 12, 14, 14]);
    expect(Array.from(g.adjEdge)).toEqual([0, 2, 0, 1, 5, 1, 6, 2, 3, 3, 4, 5, 4, 6]);
    expect(Array.from(g.adjNode)).toEqual([1, 3, 0, 2, 4, 1, 5, 0, 4, 3, 5, 1, 4, 2]);
    expect(Array.from(g.edgeClass)).toEqual([3, 3, 4, 0, 0, 4, 1]);
  });

  it('defaults an edge length to the straight line', () => {
    expect(Array.from(g.edgeLength)).toEqual([1000, 1000, 500, 1000, 1000, 500, 600]);
  });

  it('finds the nearest node, ties to the lower index', () => {
    expect(nearestNode(g, 10, 20)).toBe(0);
    expect(nearestNode(g, 1900, 450)).toBe(5);
    expect(nearestNode(g, 500, 250)).toBe(0); // equidistant from 0, 1, 3 and 4
    expect(nearestNode(g, 9000, 9000)).toBe(6);
    expect(nearestNode(buildRoadGraph([], []), 0, 0)).toBe(-1);
    const index = buildNodeIndex(g, 300);
    for (const [x, y] of [[10, 20], [1900, 450], [500, 250], [9000, 9000], [-800, -3000], [3000, 2500]]) {
      expect(index.nearest(x, y)).toBe(nearestNode(g, x, y));
    }
  });

  it('answers from the bucket index as a scan would, on many points', () => {
    // Nodes on a coarse lattice, some stacked on the same spot, so ties are common.
    const nodes: [number, number][] = [];
    for (let k = 0; k < 400; k++) nodes.push([(k * 37) % 23 * 100, (k * 53) % 17 * 100]);
    const big = buildRoadGraph(nodes, []);
    for (const size of [50, 250, 1000, 1e6]) {
      const index = buildNodeIndex(big, size);
      for (let k = 0; k < 500; k++) {
        const x = ((k * 7919) % 3100) - 300;
        const y = ((k * 104729) % 2300) - 300;
        expect(index.nearest(x, y)).toBe(nearestNode(big, x, y));
      }
    }
  });
});

describe('binary heap', () => {
  it('pops in key order, equal keys by ascending item, whatever the push order', () => {
    const pairs: [number, number][] = [
      [5, 3], [1, 9], [5, 1], [0.5, 4], [5, 2], [1, 0], [7, 7], [1, 8], [0.5, 6],
    ];
    const expected = [4, 6, 0, 8, 9, 1, 2, 3, 7];
    for (const order of [pairs, [...pairs].reverse()]) {
      const heap = new MinHeap(2); // forces growth
      for (const [k, item] of order) heap.push(k, item);
      const popped: number[] = [];
      const keys: number[] = [];
      while (heap.size > 0) {
        keys.push(heap.peekKey());
        popped.push(heap.pop());
      }
      expect(popped).toEqual(expected);
      expect(keys).toEqual([0.5, 0.5, 1, 1, 1, 5, 5, 5, 7]);
      expect(heap.pop()).toBe(-1);
      expect(heap.peekKey()).toBe(Infinity);
    }
  });
});

describe('routing', () => {
  it('builds the shortest-path tree worked out by hand', () => {
    const tree = shortestPathTree(g, 0, TIMES, null);
    expect(Array.from(tree.dist)).toEqual([0, 30, 30, 5, 15, 25, Infinity]);
    expect(Array.from(tree.prevEdge)).toEqual([-1, 0, 6, 2, 3, 4, -1]);
    expect(pathFromTree(g, tree, 2)).toEqual({ time: 30, nodes: [0, 3, 4, 5, 2], edges: [2, 3, 4, 6] });
    expect(pathFromTree(g, tree, 0)).toEqual({ time: 0, nodes: [0], edges: [] });
    expect(pathFromTree(g, tree, 6)).toBeNull();
  });

  it('reuses the buffers it is given', () => {
    const out = { dist: new Float64Array(7), prevEdge: new Int32Array(7) };
    const heap = new MinHeap(4);
    const a = shortestPathTree(g, 0, TIMES, null, out, heap);
    expect(a).toBe(out);
    const b = shortestPathTree(g, 2, TIMES, closedSet(6), out, heap);
    expect(b).toBe(out);
    // From 2 with e6 closed: 1 = 30; 0 = 60; 4 = 30+50 = 80 or 60+5+10 = 75; 3 = 65; 5 = 85.
    expect(Array.from(out.dist)).toEqual([60, 30, 0, 65, 75, 85, Infinity]);
  });

  it('finds the fastest route', () => {
    expect(findRoute(g, 0, 2, TIMES, null)).toEqual({ time: 30, nodes: [0, 3, 4, 5, 2], edges: [2, 3, 4, 6] });
    expect(findRoute(g, 2, 0, TIMES, null)).toEqual({ time: 30, nodes: [2, 5, 4, 3, 0], edges: [6, 4, 3, 2] });
  });

  it('re-routes round a closed edge', () => {
    expect(findRoute(g, 0, 2, TIMES, closedSet(4))).toEqual({ time: 60, nodes: [0, 1, 2], edges: [0, 1] });
  });

  it('gives null when every way is closed, or the node stands alone', () => {
    expect(findRoute(g, 0, 2, TIMES, closedSet(4, 1))).toBeNull();
    expect(findRoute(g, 0, 6, TIMES, null)).toBeNull();
    expect(findRoute(g, 6, 0, TIMES, null)).toBeNull();
  });

  it('routes a node to itself in no time', () => {
    expect(findRoute(g, 3, 3, TIMES, null)).toEqual({ time: 0, nodes: [3], edges: [] });
    expect(findRoute(g, 6, 6, TIMES, closedSet(0, 1, 2, 3, 4, 5, 6))).toEqual({ time: 0, nodes: [6], edges: [] });
  });

  it('gives the same routes with the A* estimate', () => {
    // The fastest edges cover 100 m of straight line a second (e2, e3, e4, and e6: 600 m of
    // road but 500 m as the crow flies, in 5 s), so 1/100 s/m never overestimates.
    const opts = { secondsPerMetre: 1 / 100 };
    expect(findRoute(g, 0, 2, TIMES, null, opts)).toEqual(findRoute(g, 0, 2, TIMES, null));
    expect(findRoute(g, 0, 2, TIMES, closedSet(4), opts)).toEqual({ time: 60, nodes: [0, 1, 2], edges: [0, 1] });
    expect(findRoute(g, 0, 2, TIMES, closedSet(4, 1), opts)).toBeNull();
  });
});

describe('route case', () => {
  // The graph above, with length / speed giving the same times.
  const good = {
    nodes: NODES,
    edges: [
      [0, 1, 600, 20], [1, 2, 600, 20], [0, 3, 50, 10], [3, 4, 100, 10],
      [4, 5, 100, 10], [1, 4, 500, 10], [5, 2, 50, 10],
    ],
    from: 0,
    to: 2,
  };

  it('answers the fastest route', () => {
    expect(runRouteCase(good)).toEqual({ ok: true, result: { time: 30, path: [0, 3, 4, 5, 2] } });
    expect(runRouteCase({ ...good, closed: [4] })).toEqual({ ok: true, result: { time: 60, path: [0, 1, 2] } });
    expect(runRouteCase({ ...good, closed: [4, 1] })).toEqual({ ok: true, result: { time: null, path: [] } });
    expect(runRouteCase({ ...good, to: 6 })).toEqual({ ok: true, result: { time: null, path: [] } });
    expect(runRouteCase({ ...good, to: 0 })).toEqual({ ok: true, result: { time: 0, path: [0] } });
  });

  it('reports every problem with its JSON path', () => {
    const bad = {
      nodes: [[0, 0], [1, 0], [2, 0]],
      edges: [[0, 1, 10, 5], [1, 12, 10, 5], [0, 2, 0, 5], [0, 2, 10, -1], [0, 1, 10], [1.5, 'a', 'x', 5]],
      closed: [9, 2.5],
      from: 0,
      to: 5,
      speed: 3,
    };
    expect(runRouteCase(bad)).toEqual({
      ok: false,
      errors: [
        { path: 'speed', message: 'unknown key "speed"' },
        { path: 'edges[1][1]', message: 'node 12 does not exist (3 nodes)' },
        { path: 'edges[2][2]', message: 'length must be > 0' },
        { path: 'edges[3][3]', message: 'speed must be > 0' },
        { path: 'edges[4]', message: 'edge must be [a, b, length, speed]' },
        { path: 'edges[5][0]', message: 'must be an integer node index' },
        { path: 'edges[5][1]', message: 'must be an integer node index' },
        { path: 'edges[5][2]', message: 'length must be a finite number' },
        { path: 'closed[0]', message: 'edge 9 does not exist (6 edges)' },
        { path: 'closed[1]', message: 'must be an integer edge index' },
        { path: 'to', message: 'node 5 does not exist (3 nodes)' },
      ],
    });
  });

  it('reports missing keys, bad nodes and a bad from', () => {
    expect(runRouteCase({ nodes: [[0, 0], [0, Infinity], [1]], edges: [], from: -1 })).toEqual({
      ok: false,
      errors: [
        { path: 'to', message: 'is required' },
        { path: 'nodes[1][1]', message: 'y must be a finite number' },
        { path: 'nodes[2]', message: 'node must be [x, y]' },
        { path: 'from', message: 'node -1 does not exist (3 nodes)' },
      ],
    });
    expect(runRouteCase({ nodes: {}, edges: 'none', closed: 4, from: 0, to: 0 })).toEqual({
      ok: false,
      errors: [
        { path: 'nodes', message: 'must be an array of [x, y]' },
        { path: 'edges', message: 'must be an array of [a, b, length, speed]' },
        { path: 'closed', message: 'must be an array of edge indices' },
      ],
    });
  });

  it('never throws on input that is not a case', () => {
    for (const input of [null, undefined, 3, 'route', [], [1, 2]]) {
      expect(runRouteCase(input)).toEqual({ ok: false, errors: [{ path: '', message: 'case must be a JSON object' }] });
    }
  });
});
