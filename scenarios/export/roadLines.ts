// The road graph as GIS lines: chains of edges of one class and one bridge state, broken at
// every junction (a node where other than two edges meet) and wherever class or bridge state
// changes, and layer changes, so each line is what a GIS officer would digitise as one way.
import type { ScenarioJson } from '../schema.ts';

export interface RoadLine {
  cls: ScenarioJson['roads']['edges'][number][2];
  bridge: boolean;
  /** OSM `layer`: 0 at grade; a road passing over another without meeting it is higher. */
  layer: number;
  /** Node indices along the line, and the edges between them. */
  nodes: number[];
  edges: number[];
}

/** `isBridge(e)` says whether edge e is a bridge (it crosses water), `layer(e)` its layer. */
export function roadLines(roads: ScenarioJson['roads'], isBridge: (edge: number) => boolean, layerOf: (edge: number) => number): RoadLine[] {
  const { nodes, edges } = roads;
  const incident: number[][] = nodes.map(() => []);
  edges.forEach(([a, b], e) => { incident[a].push(e); if (b !== a) incident[b].push(e); });
  const bridge = edges.map((_, e) => isBridge(e));
  const layer = edges.map((_, e) => layerOf(e));
  const same = (e: number, f: number) => edges[e][2] === edges[f][2] && bridge[e] === bridge[f] && layer[e] === layer[f];
  // A node carries a line through only when exactly two edges of the same kind meet there.
  const through = (n: number) => incident[n].length === 2 && same(incident[n][0], incident[n][1]);
  const used = new Uint8Array(edges.length);
  const out: RoadLine[] = [];

  const walk = (start: number, first: number): { nodes: number[]; edges: number[] } => {
    const path = [start], via: number[] = [];
    let n = start, e = first;
    for (;;) {
      used[e] = 1;
      via.push(e);
      const [a, b] = edges[e];
      n = a === n ? b : a;
      path.push(n);
      if (!through(n)) return { nodes: path, edges: via };
      const next = incident[n][0] === e ? incident[n][1] : incident[n][0];
      if (used[next]) return { nodes: path, edges: via };
      e = next;
    }
  };
  // Lines start at ends and junctions first, in edge order; what is left are closed loops.
  for (let e = 0; e < edges.length; e++) {
    if (used[e]) continue;
    const [a, b] = edges[e];
    const start = !through(a) ? a : !through(b) ? b : -1;
    if (start < 0) continue;
    out.push({ cls: edges[e][2], bridge: bridge[e], layer: layer[e], ...walk(start, e) });
  }
  for (let e = 0; e < edges.length; e++) {
    if (!used[e]) out.push({ cls: edges[e][2], bridge: bridge[e], layer: layer[e], ...walk(edges[e][0], e) });
  }
  return out;
}
