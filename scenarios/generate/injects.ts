// The MSEL of the rainstorm day, from the spec's templates, and the road the landslide cuts:
// `edges` consecutive county-road edges on the fastest route between two township seats,
// as near its middle as possible, such that every place can still be reached from the
// district seat (the network has a detour there) and the detour between the two seats takes
// at least `minDetour` seconds longer. The trapped-people call comes from the
// village with the most at-risk people among those whose fastest route from the district
// seat crossed the cut.
import { buildRoadGraph, ROAD_CLASSES, type RoadGraph } from '../../sim-core/world/roadGraph.ts';
import { findRoute, shortestPathTree } from '../../sim-core/forces/routing.ts';
import { vehicleEdgeTimes } from '../../sim-core/forces/vehicleSpeed.ts';
import type { DemoSpec } from './spec.ts';
import type { RoadJson } from './roads.ts';

type Text = { zh: string; en: string };

export interface InjectJson {
  id: string;
  t: string;
  jitter: string;
  kind: DemoSpec['injects'][number]['kind'];
  target?: { edges: number[] } | { place: string };
  payload: { from?: Text; text?: Text; reason?: Text; people?: number };
  visibleTo: string[];
  expected: Text;
}

export interface RoadModel {
  graph: RoadGraph;
  edgeTime: Float64Array;
}

export function roadModel(roads: RoadJson): RoadModel {
  const graph = buildRoadGraph(roads.nodes, roads.edges.map(([from, to, cls]) => ({ from, to, cls: ROAD_CLASSES.indexOf(cls) })));
  return { graph, edgeTime: vehicleEdgeTimes(graph) };
}

/** Nodes reachable from `from` with the `closed` edges shut. */
function reachable(g: RoadGraph, from: number, closed: Uint8Array): Uint8Array {
  const seen = new Uint8Array(g.nodeCount);
  const stack = [from];
  seen[from] = 1;
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let k = g.adjStart[u]; k < g.adjStart[u + 1]; k++) {
      const v = g.adjNode[k];
      if (closed[g.adjEdge[k]] || seen[v]) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  return seen;
}

export function chooseLandslide(
  model: RoadModel, a: number, b: number, hub: number, placeNodes: number[], count: number, minDetour: number,
): number[] {
  const { graph, edgeTime } = model;
  const route = findRoute(graph, a, b, edgeTime, null);
  if (!route) throw new Error('landslide townships are not connected');
  const county = ROAD_CLASSES.indexOf('county');
  const mid = (route.edges.length - count) / 2;
  const starts = route.edges.slice(0, Math.max(0, route.edges.length - count + 1)).map((_, p) => p)
    .sort((p, q) => Math.abs(p - mid) - Math.abs(q - mid) || p - q);
  for (const p of starts) {
    const edges = route.edges.slice(p, p + count);
    if (edges.some((e) => graph.edgeClass[e] !== county)) continue;
    const closed = new Uint8Array(graph.edgeCount);
    for (const e of edges) closed[e] = 1;
    const seen = reachable(graph, hub, closed);
    if (!placeNodes.every((n) => seen[n])) continue;
    // A real detour, not a parallel lane round the corner.
    const detour = findRoute(graph, a, b, edgeTime, closed);
    if (detour && detour.time - route.time >= minDetour) return [...edges].sort((x, y) => x - y);
  }
  throw new Error('no county-road stretch with a detour between the landslide townships');
}

export interface CutOff {
  node: number;
  /** Seconds from the district seat by emergency vehicle, before and with the closure. */
  before: number;
  after: number;
}

/** For each node of `targets`: is the fastest route from the hub across a closed edge? */
export function cutOff(model: RoadModel, hub: number, closedEdges: number[], targets: number[]): CutOff[] {
  const { graph, edgeTime } = model;
  const closed = new Uint8Array(graph.edgeCount);
  for (const e of closedEdges) closed[e] = 1;
  const open = shortestPathTree(graph, hub, edgeTime, null);
  const shut = shortestPathTree(graph, hub, edgeTime, closed);
  const out: CutOff[] = [];
  for (const node of targets) {
    let crosses = false;
    for (let n = node, e = open.prevEdge[n]; e >= 0; e = open.prevEdge[n]) {
      if (closed[e]) crosses = true;
      n = graph.edgeFrom[e] === n ? graph.edgeTo[e] : graph.edgeFrom[e];
    }
    if (crosses) out.push({ node, before: open.dist[node], after: shut.dist[node] });
  }
  return out;
}

/** Placeholder values: ids (for visibleTo) and names by language (for text). */
export type InjectValues = Record<string, { id?: string; zh: string; en: string }>;

export function buildInjects(spec: DemoSpec, landslideEdges: number[], values: InjectValues): InjectJson[] {
  const fill = (s: string, lang: 'zh' | 'en' | 'id') => s.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = values[key];
    if (!v) throw new Error(`inject placeholder ${m} has no value`);
    return lang === 'id' ? v.id ?? v.zh : v[lang];
  });
  const text = (t: Text) => ({ zh: fill(t.zh, 'zh'), en: fill(t.en, 'en') });
  return spec.injects.map((i) => ({
    id: i.id,
    t: i.t,
    jitter: i.jitter,
    kind: i.kind,
    ...(i.road ? { target: { edges: landslideEdges } } : {}),
    ...(i.trapsCaller ? { target: { place: fill('{village}', 'id') } } : {}),
    payload: {
      ...(i.trapsCaller ? { people: Number(fill('{trapped}', 'en')) } : {}),
      ...(i.from ? { from: text(i.from) } : {}),
      ...(i.text ? { text: text(i.text) } : {}),
      ...(i.reason ? { reason: text(i.reason) } : {}),
    },
    visibleTo: i.visibleTo.map((r) => fill(r, 'id')),
    expected: text(i.expected),
  }));
}
