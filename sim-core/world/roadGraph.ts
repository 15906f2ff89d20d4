// The road network as a compact, immutable graph: typed arrays only, so routing over a
// 20k-node district allocates nothing per node and two builds from the same input are
// identical bit for bit.

// 国省道, 县道, 乡道, 村道, 山路/机耕路
export const ROAD_CLASSES = ['highway', 'county', 'township', 'village', 'track'] as const;
export type RoadClass = typeof ROAD_CLASSES[number];

export interface RoadGraph {
  nodeCount: number;
  edgeCount: number;
  /** metres from the grid's south-west corner (x east, y north) */
  nodeX: Float64Array;
  nodeY: Float64Array;
  /** two-way edges */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** metres */
  edgeLength: Float64Array;
  /** index into ROAD_CLASSES */
  edgeClass: Uint8Array;
  /** CSR: node n's incident edges are adjEdge[adjStart[n] .. adjStart[n+1]) */
  adjStart: Int32Array;
  /** the edge, and the node at its other end */
  adjEdge: Int32Array;
  adjNode: Int32Array;
}

export interface RoadEdgeInput {
  from: number;
  to: number;
  cls: number;
  /** metres; defaults to the straight line between the two nodes */
  length?: number;
}

/** Inputs are validated by the caller: node indices are in range, lengths are positive. */
export function buildRoadGraph(
  nodes: ArrayLike<readonly [number, number]>,
  edges: ArrayLike<RoadEdgeInput>,
): RoadGraph {
  const nodeCount = nodes.length;
  const edgeCount = edges.length;
  const nodeX = new Float64Array(nodeCount);
  const nodeY = new Float64Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    nodeX[n] = nodes[n][0];
    nodeY[n] = nodes[n][1];
  }

  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const edgeLength = new Float64Array(edgeCount);
  const edgeClass = new Uint8Array(edgeCount);
  const degree = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const { from, to, cls, length } = edges[e];
    edgeFrom[e] = from;
    edgeTo[e] = to;
    edgeClass[e] = cls;
    // sqrt is correctly rounded everywhere; Math.hypot is not, and could differ by engine.
    const dx = nodeX[to] - nodeX[from];
    const dy = nodeY[to] - nodeY[from];
    edgeLength[e] = length ?? Math.sqrt(dx * dx + dy * dy);
    // A self-loop is listed twice at its node, as any edge is once per end.
    degree[from]++;
    degree[to]++;
  }

  const adjStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) adjStart[n + 1] = adjStart[n] + degree[n];

  // Filling in ascending edge order leaves each node's list sorted by edge index, so the
  // layout (and every tie later broken by scan order) depends on the input alone.
  const cursor = adjStart.slice(0, nodeCount);
  const adjEdge = new Int32Array(2 * edgeCount);
  const adjNode = new Int32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeFrom[e];
    const b = edgeTo[e];
    adjEdge[cursor[a]] = e;
    adjNode[cursor[a]++] = b;
    adjEdge[cursor[b]] = e;
    adjNode[cursor[b]++] = a;
  }

  return {
    nodeCount, edgeCount, nodeX, nodeY, edgeFrom, edgeTo, edgeLength, edgeClass,
    adjStart, adjEdge, adjNode,
  };
}

/** The other end of edge `e` seen from node `n`. */
export function otherEnd(g: RoadGraph, e: number, n: number): number {
  return g.edgeFrom[e] === n ? g.edgeTo[e] : g.edgeFrom[e];
}

/**
 * The node closest to (x, y), ties to the lower index; -1 for an empty graph. A linear scan:
 * fine for a one-off lookup; for many, build a `NodeIndex` once and ask it.
 */
export function nearestNode(g: RoadGraph, x: number, y: number): number {
  let best = -1;
  let bestD2 = Infinity;
  for (let n = 0; n < g.nodeCount; n++) {
    const dx = g.nodeX[n] - x;
    const dy = g.nodeY[n] - y;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = n;
    }
  }
  return best;
}

interface NodeIndex {
  /** Same answer as `nearestNode(g, x, y)`, found by searching buckets outward. */
  nearest(x: number, y: number): number;
}

/**
 * A uniform bucket grid over the nodes' bounding box. `bucketSize` in metres; it is enlarged
 * if needed to keep the bucket count near the node count.
 */
export function buildNodeIndex(g: RoadGraph, bucketSize: number): NodeIndex {
  const n = g.nodeCount;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, g.nodeX[i]);
    maxX = Math.max(maxX, g.nodeX[i]);
    minY = Math.min(minY, g.nodeY[i]);
    maxY = Math.max(maxY, g.nodeY[i]);
  }
  if (n === 0) return { nearest: () => -1 };

  let size = bucketSize > 0 && Number.isFinite(bucketSize) ? bucketSize : 1;
  const maxBuckets = 4 * n + 16;
  let nx = Math.max(1, Math.ceil((maxX - minX) / size));
  let ny = Math.max(1, Math.ceil((maxY - minY) / size));
  while (nx * ny > maxBuckets) {
    size *= 2;
    nx = Math.max(1, Math.ceil((maxX - minX) / size));
    ny = Math.max(1, Math.ceil((maxY - minY) / size));
  }
  const col = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - minX) / size)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - minY) / size)));

  // Bucket CSR, filled in node order so each bucket lists its nodes ascending.
  const start = new Int32Array(nx * ny + 1);
  const bucketOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    bucketOf[i] = row(g.nodeY[i]) * nx + col(g.nodeX[i]);
    start[bucketOf[i] + 1]++;
  }
  for (let b = 0; b < nx * ny; b++) start[b + 1] += start[b];
  const cursor = start.slice(0, nx * ny);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[cursor[bucketOf[i]]++] = i;

  function nearest(x: number, y: number): number {
    const cx = col(x);
    const cy = row(y);
    const maxRing = Math.max(cx, nx - 1 - cx, cy, ny - 1 - cy);
    let best = -1;
    let bestD2 = Infinity;
    for (let r = 0; r <= maxRing; r++) {
      // Every bucket on ring r is at least (r-1)·size from the query, inside the box or not
      // (a point outside is farther from them than its projection onto the box). Equal
      // distance must still be searched: it may hold a lower index.
      const bound = (r - 1) * size;
      if (r > 1 && bound * bound > bestD2 * (1 + 1e-12)) break;
      for (let j = cy - r; j <= cy + r; j++) {
        if (j < 0 || j >= ny) continue;
        const onEdgeRow = j === cy - r || j === cy + r;
        const step = onEdgeRow ? 1 : 2 * r;
        for (let i = cx - r; i <= cx + r; i += step) {
          if (i < 0 || i >= nx) continue;
          const b = j * nx + i;
          for (let k = start[b]; k < start[b + 1]; k++) {
            const m = members[k];
            const dx = g.nodeX[m] - x;
            const dy = g.nodeY[m] - y;
            const d2 = dx * dx + dy * dy;
            if (d2 < bestD2 || (d2 === bestD2 && m < best)) {
              bestD2 = d2;
              best = m;
            }
          }
        }
      }
    }
    return best;
  }
  return { nearest };
}
