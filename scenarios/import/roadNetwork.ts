// Road lines from GIS (OSM ways or a bureau's own lines) → the scenario's road graph, one node per
// junction, with the topology repaired the way OSM routers read it:
// - vertices at the same place (to 0.1 m) are one node: a shared vertex is a junction;
// - a line end that stops short of, or overshoots onto, another road within `snap` metres joins
//   it (at its nearest vertex, or at a new node splitting the segment);
// - two segments that cross without a shared vertex are split at a new junction, unless they
//   are on different layers (a bridge or a tunnel, or OSM's `layer` tag).
import type { RoadClass } from '../../sim-core/world/roadGraph.ts';

export interface RoadLineIn {
  /** Where it came from, for problems (`#12`, `way 4711`). */
  feature: string;
  cls: RoadClass;
  /** 0 at grade; bridges default to 1, tunnels to -1 (OSM `layer`). Roads on different layers never join where they cross. */
  layer: number;
  /** Vertices in scenario metres. */
  coords: [number, number][];
  /**
   * Optional ids of the vertices (OSM node refs) and of the segments between them: when every
   * line has them, nodes and edges are numbered in their order (tuiyan's own export writes them,
   * so a round trip keeps the scenario's numbering); otherwise in order of first use.
   */
  nodeIds?: number[];
  segmentIds?: number[];
  /** Per segment: stored from its second vertex to its first. */
  reversed?: boolean[];
}

export interface RoadNetwork {
  nodes: [number, number][];
  edges: [number, number, RoadClass][];
  /** How many line ends were snapped and crossings split (reported to the user). */
  snapped: number;
  crossings: number;
}

interface Seg { a: number; b: number; cls: RoadClass; layer: number; line: number; id: number }

const round = (v: number) => Math.round(v * 10) / 10;

/** Buckets of segments by the grid squares their bounding boxes touch. */
export class SegmentIndex {
  private buckets = new Map<number, number[]>();
  constructor(private size: number) {}
  private key(i: number, j: number) { return i * 1_000_003 + j; }
  add(s: number, x0: number, y0: number, x1: number, y1: number) {
    for (let i = Math.floor(Math.min(x0, x1) / this.size); i <= Math.floor(Math.max(x0, x1) / this.size); i++) {
      for (let j = Math.floor(Math.min(y0, y1) / this.size); j <= Math.floor(Math.max(y0, y1) / this.size); j++) {
        const k = this.key(i, j);
        const list = this.buckets.get(k);
        if (list) list.push(s); else this.buckets.set(k, [s]);
      }
    }
  }
  near(x0: number, y0: number, x1: number, y1: number, pad: number): number[] {
    const found = new Set<number>();
    for (let i = Math.floor((Math.min(x0, x1) - pad) / this.size); i <= Math.floor((Math.max(x0, x1) + pad) / this.size); i++) {
      for (let j = Math.floor((Math.min(y0, y1) - pad) / this.size); j <= Math.floor((Math.max(y0, y1) + pad) / this.size); j++) {
        for (const s of this.buckets.get(this.key(i, j)) ?? []) found.add(s);
      }
    }
    return [...found].sort((p, q) => p - q);
  }
}

export function buildRoadNetwork(lines: RoadLineIn[], snap: number): RoadNetwork {
  const nodes: [number, number][] = [];
  const byPlace = new Map<string, number>();
  const nodeAt = (x: number, y: number): number => {
    const rx = round(x), ry = round(y), key = `${rx},${ry}`;
    let n = byPlace.get(key);
    if (n === undefined) { n = nodes.length; nodes.push([rx, ry]); byPlace.set(key, n); }
    return n;
  };
  const segs: Seg[] = [];
  const ends: { node: number; line: number }[] = [];
  const numbered = lines.every((l) => l.nodeIds?.length === l.coords.length && l.segmentIds?.length === l.coords.length - 1);
  const nodeKey: number[] = [];
  lines.forEach((l, line) => {
    const ids = l.coords.map(([x, y]) => nodeAt(x, y));
    if (numbered) ids.forEach((n, k) => { nodeKey[n] = Math.min(nodeKey[n] ?? Infinity, l.nodeIds![k]); });
    for (let k = 1; k < ids.length; k++) {
      if (ids[k] === ids[k - 1]) continue;
      const back = numbered && l.reversed?.[k - 1] === true;
      segs.push({ a: ids[back ? k : k - 1], b: ids[back ? k - 1 : k], cls: l.cls, layer: l.layer, line, id: numbered ? l.segmentIds![k - 1] : 0 });
    }
    if (ids.length > 1) ends.push({ node: ids[0], line }, { node: ids[ids.length - 1], line });
  });
  const degree = new Int32Array(nodes.length + 4 * ends.length + 1);
  for (const s of segs) { degree[s.a]++; degree[s.b]++; }
  const index = new SegmentIndex(Math.max(200, 4 * snap));
  segs.forEach((s, k) => index.add(k, nodes[s.a][0], nodes[s.a][1], nodes[s.b][0], nodes[s.b][1]));

  // Splits to apply per segment: [position along it 0–1, node].
  const splits = new Map<number, [number, number][]>();
  const addSplit = (s: number, t: number, n: number) => { const l = splits.get(s); if (l) l.push([t, n]); else splits.set(s, [[t, n]]); };
  const merge = new Map<number, number>();
  let snapped = 0, crossings = 0;

  // Dangling ends join the nearest other road within `snap`.
  for (const end of ends) {
    if (degree[end.node] !== 1 || snap <= 0) continue;
    const [x, y] = nodes[end.node];
    let best = -1, bestD = snap, bestT = 0;
    for (const k of index.near(x, y, x, y, snap)) {
      const s = segs[k];
      if (s.a === end.node || s.b === end.node) continue;
      const [ax, ay] = nodes[s.a], [bx, by] = nodes[s.b];
      const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const d = Math.hypot(ax + t * dx - x, ay + t * dy - y);
      if (d < bestD) { best = k; bestD = d; bestT = t; }
    }
    if (best < 0) continue;
    const s = segs[best];
    const [ax, ay] = nodes[s.a], [bx, by] = nodes[s.b];
    const len = Math.hypot(bx - ax, by - ay);
    snapped++;
    // Close to a vertex: join it; else the end itself becomes the junction on the segment.
    if (bestT * len <= snap) merge.set(end.node, s.a);
    else if ((1 - bestT) * len <= snap) merge.set(end.node, s.b);
    else addSplit(best, bestT, end.node);
  }

  // Crossings without a shared vertex become junctions, unless the roads are on different
  // layers (a bridge or tunnel, or OSM's `layer`): a bridge passes over the road below.
  for (const [k, m, t, u] of segmentCrossings(nodes, segs, index, (k, m) => segs[k].layer !== segs[m].layer)) {
    const [ax, ay] = nodes[segs[k].a], [bx, by] = nodes[segs[k].b];
    const n = nodeAt(ax + t * (bx - ax), ay + t * (by - ay));
    addSplit(k, t, n);
    addSplit(m, u, n);
    crossings++;
  }

  const final = (n: number): number => { let r = n; while (merge.has(r)) r = merge.get(r)!; return r; };
  const seen = new Set<string>();
  const raw: [number, number, RoadClass][] = [];
  const rawKey: number[] = [];
  segs.forEach((s, k) => {
    const chain = [s.a, ...(splits.get(k) ?? []).sort((p, q) => p[0] - q[0] || p[1] - q[1]).map(([, n]) => n), s.b].map(final);
    for (let i = 1; i < chain.length; i++) {
      const a = chain[i - 1], b = chain[i];
      if (a === b) continue;
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      raw.push([a, b, s.cls]);
      rawKey.push(s.id);
    }
  });
  // Renumber: only nodes on an edge, by their ids when given (new junctions after), else in
  // order of first use; edges likewise.
  const edgeOrder = raw.map((_, k) => k);
  if (numbered) edgeOrder.sort((p, q) => rawKey[p] - rawKey[q] || p - q);
  const firstUse = new Map<number, number>();
  for (const k of edgeOrder) for (const n of [raw[k][0], raw[k][1]]) if (!firstUse.has(n)) firstUse.set(n, firstUse.size);
  const used = [...firstUse.keys()];
  if (numbered) used.sort((p, q) => (nodeKey[p] ?? Infinity) - (nodeKey[q] ?? Infinity) || firstUse.get(p)! - firstUse.get(q)!);
  const renumber = new Map(used.map((n, k) => [n, k]));
  const outNodes = used.map((n) => nodes[n]);
  const edges = edgeOrder.map((k): [number, number, RoadClass] => [renumber.get(raw[k][0])!, renumber.get(raw[k][1])!, raw[k][2]]);
  return { nodes: outNodes, edges, snapped, crossings };
}

/**
 * Pairs of segments that cross strictly inside both (touching at an end is a snap, not a
 * crossing) and share no vertex: [k, m, t, u] with k < m and t, u the positions along each.
 */
export function segmentCrossings(
  nodes: readonly (readonly [number, number])[], segs: readonly { a: number; b: number }[], index: SegmentIndex,
  skip: (k: number, m: number) => boolean,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    const [ax, ay] = nodes[s.a], [bx, by] = nodes[s.b];
    for (const m of index.near(ax, ay, bx, by, 0)) {
      if (m <= k) continue;
      const o = segs[m];
      if (o.a === s.a || o.a === s.b || o.b === s.a || o.b === s.b || skip(k, m)) continue;
      const [cx, cy] = nodes[o.a], [dx, dy] = nodes[o.b];
      const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
      if (den === 0) continue;
      const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
      const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / den;
      if (t <= 1e-9 || t >= 1 - 1e-9 || u <= 1e-9 || u >= 1 - 1e-9) continue;
      out.push([k, m, t, u]);
    }
  }
  return out;
}
