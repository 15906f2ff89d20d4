// The road network, laid out on the grid by least-cost paths (gridSearch.ts) so it follows the
// valleys, with one road node per cell centre along a road and an edge between consecutive
// cells. Built in four steps (the caller runs them in this order):
// 1. grow: from the district seat, repeatedly attach the cheapest-to-reach unconnected
//    township seat (or highway exit) by a multi-source search from the whole network;
// 2. attach: every other place in turn, cheapest first, by a spur from the network as it
//    stands; a spur is classed by how many places it serves (a track when only cameras);
// 3. link: extra county roads between named seats, with the existing network made dearer so
//    the link finds its own way and the network gets loops (detours);
// 4. junctions: road cells that touch but are far apart along the roads are joined.
// Shared cells merge, so the graph is one connected component.
import { ROAD_CLASSES, type RoadClass } from '../../sim-core/world/roadGraph.ts';
import type { GridSearch } from './gridSearch.ts';

/** Cost factor on existing road cells while a link road is searched. */
const LINK_REUSE_FACTOR = 4;
/** A road serving at least this many places (not counting cameras) is a township road. */
const TOWNSHIP_ROAD_USE = 4;

export interface AttachTarget {
  cell: number;
  camera: boolean;
}

export interface RoadJson {
  nodes: Array<[number, number]>;
  edges: Array<[number, number, RoadClass]>;
}

export class RoadBuilder {
  /** 1 on a cell the network already reaches. */
  readonly onRoad: Uint8Array;
  private readonly network: number[] = [];
  /** key a·n + b (a < b) → ROAD_CLASSES index; the better class wins where roads share. */
  private readonly edges = new Map<number, number>();

  constructor(private readonly search: GridSearch) {
    const g = search.surface.grid;
    this.onRoad = new Uint8Array(g.width * g.height);
  }

  private addCell(c: number): void {
    if (this.onRoad[c]) return;
    this.onRoad[c] = 1;
    this.network.push(c);
  }

  private addEdge(a: number, b: number, cls: RoadClass): void {
    const n = this.onRoad.length;
    const key = a < b ? a * n + b : b * n + a;
    const rank = ROAD_CLASSES.indexOf(cls);
    const had = this.edges.get(key);
    if (had === undefined || rank < had) this.edges.set(key, rank);
  }

  private addPath(path: number[], cls: RoadClass | ((k: number) => RoadClass)): void {
    for (let k = 0; k < path.length; k++) {
      this.addCell(path[k]);
      if (k > 0) this.addEdge(path[k - 1], path[k], typeof cls === 'string' ? cls : cls(k));
    }
  }

  seed(cell: number): void {
    this.addCell(cell);
  }

  /** Step 1: attach every target, cheapest first, each with its own road class. */
  grow(targets: Array<{ cell: number; cls: RoadClass }>): void {
    const cls = new Map<number, RoadClass>();
    for (const t of targets) cls.set(t.cell, t.cls);
    this.spurs(targets.map((t) => t.cell), (path) => this.addPath(path, cls.get(path[path.length - 1])!));
  }

  /**
   * Joins every target cell to the network, cheapest first: one search from the network,
   * then for each spur added the search is extended from the spur's cells. Ties in cost go to
   * the lower cell index. `onSpur` gets each spur (path[0] on the network, the rest new).
   */
  private spurs(cells: number[], onSpur: (path: number[]) => void): void {
    const pending = new Set<number>();
    for (const c of cells) if (!this.onRoad[c]) pending.add(c);
    const search = this.search;
    search.run(this.network);
    while (pending.size > 0) {
      let best = -1;
      for (const c of pending) {
        if (best < 0 || search.dist[c] < search.dist[best] || (search.dist[c] === search.dist[best] && c < best)) best = c;
      }
      if (search.dist[best] === Infinity) throw new Error(`cell ${best} cannot be reached by road`);
      const path = search.pathTo(best);
      onSpur(path);
      for (const c of path) pending.delete(c);
      search.extend(path.slice(1));
    }
  }

  /**
   * Step 2: attach every other place, cheapest to reach first, each by a spur from the
   * network as it stands (so later spurs branch off earlier ones, as village roads do). A spur
   * cell's class follows how many places lie beyond it.
   */
  attach(targets: AttachTarget[]): void {
    const n = this.onRoad.length;
    const parent = new Int32Array(n).fill(-1);
    this.spurs(targets.map((t) => t.cell), (path) => {
      for (let k = 1; k < path.length; k++) {
        parent[path[k]] = path[k - 1];
        this.addCell(path[k]);
      }
    });
    const use = new Int32Array(n);
    for (const t of targets) {
      if (t.camera) continue;
      for (let c = t.cell; parent[c] >= 0; c = parent[c]) use[c]++;
    }
    for (let c = 0; c < n; c++) {
      if (parent[c] < 0) continue;
      this.addEdge(parent[c], c, use[c] >= TOWNSHIP_ROAD_USE ? 'township' : use[c] > 0 ? 'village' : 'track');
    }
  }

  /** Step 3: a county road from seat cell `a` to seat cell `b`, avoiding existing roads. */
  link(a: number, b: number): void {
    const extra = this.search.extra;
    for (const c of this.network) extra[c] = LINK_REUSE_FACTOR;
    const reached = this.search.run([a], (c) => c === b);
    extra.fill(1);
    if (reached < 0) throw new Error(`no link road from cell ${a} to ${b}`);
    this.addPath(this.search.pathTo(reached), 'county');
  }

  /**
   * Step 4: junctions. Where two road cells touch (8-neighbours) but are more than `maxHops`
   * edges apart along the roads, join them: roads that meet or cross get a junction instead of
   * passing each other. The joining edge takes the lesser of the two roads' best classes.
   */
  connectJunctions(maxHops: number): void {
    const { width, height } = this.search.surface.grid;
    const n = this.onRoad.length;
    const adjacency = new Map<number, number[]>();
    const best = new Map<number, number>();
    const link = (a: number, b: number) => {
      (adjacency.get(a) ?? adjacency.set(a, []).get(a)!).push(b);
      (adjacency.get(b) ?? adjacency.set(b, []).get(b)!).push(a);
    };
    for (const [key, rank] of this.edges) {
      const b = key % n, a = (key - b) / n;
      link(a, b);
      for (const c of [a, b]) best.set(c, Math.min(best.get(c) ?? rank, rank));
    }
    // Forward neighbours only (E, N, NE, NW), so each touching pair is looked at once.
    const forward = [[1, 0], [0, 1], [1, 1], [-1, 1]] as const;
    const depth = new Map<number, number>();
    const within = (from: number, to: number): boolean => {
      depth.clear();
      depth.set(from, 0);
      let frontier = [from];
      for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
        const next: number[] = [];
        for (const u of frontier) {
          for (const v of adjacency.get(u) ?? []) {
            if (depth.has(v)) continue;
            if (v === to) return true;
            depth.set(v, hop);
            next.push(v);
          }
        }
        frontier = next;
      }
      return false;
    };
    for (let c = 0; c < n; c++) {
      if (!this.onRoad[c]) continue;
      const i = c % width, j = (c - i) / width;
      for (const [di, dj] of forward) {
        const ni = i + di, nj = j + dj;
        if (ni < 0 || ni >= width || nj >= height) continue;
        const m = nj * width + ni;
        if (!this.onRoad[m] || within(c, m)) continue;
        const rank = Math.max(best.get(c) ?? 0, best.get(m) ?? 0);
        this.addEdge(c, m, ROAD_CLASSES[rank]);
        link(c, m);
      }
    }
  }

  /** Nodes in cell order (cell centres, metres), edges sorted by their node pair. */
  toJson(): { roads: RoadJson; nodeOfCell: Int32Array } {
    const { grid } = this.search.surface;
    const n = this.onRoad.length;
    const nodeOfCell = new Int32Array(n).fill(-1);
    const nodes: Array<[number, number]> = [];
    for (let c = 0; c < n; c++) {
      if (!this.onRoad[c]) continue;
      nodeOfCell[c] = nodes.length;
      const i = c % grid.width, j = (c - i) / grid.width;
      nodes.push([(i + 0.5) * grid.cellSize, (j + 0.5) * grid.cellSize]);
    }
    const keys = [...this.edges.keys()].sort((p, q) => p - q);
    const edges = keys.map((key): [number, number, RoadClass] => {
      const b = key % n, a = (key - b) / n;
      return [nodeOfCell[a], nodeOfCell[b], ROAD_CLASSES[this.edges.get(key)!]];
    });
    return { roads: { nodes, edges }, nodeOfCell };
  }
}
