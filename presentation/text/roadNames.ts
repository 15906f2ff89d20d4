// Roads by the names people use: a class and a route number for the through roads (国道 G1xx,
// 县道 X0xx, 乡道 Y0xx — the national numbering's letters) and the settlement a stretch passes,
// and the village a lane or track serves. Scenarios carry no road names, so they are derived from the
// graph, deterministically: a route is a connected run of edges of one class, numbered in order
// of its first edge. A player never reads "路段 1419".
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Place } from '../../sim-core/world/places.ts';
import { localText, type Lang } from './lang.ts';

const CLASS_ZH = ['国道', '县道', '乡道', '村道', '机耕路'];
const CLASS_EN = ['National road', 'County road', 'Township road', 'Village road', 'Track'];
const ROUTE_LETTER = ['G', 'X', 'Y'];
const ROUTE_BASE = [101, 1, 1];

interface Route { cls: number; number: string | null }
interface RoadNames { routeOfEdge: Int32Array; routes: Route[] }

const cache = new WeakMap<Scenario, RoadNames>();

function build(s: Scenario): RoadNames {
  const g = s.roads;
  // Union-find over the edges of one class that share a node.
  const parent = new Int32Array(g.edgeCount).map((_, i) => i);
  const find = (e: number): number => { while (parent[e] !== e) { parent[e] = parent[parent[e]]; e = parent[e]; } return e; };
  const lastAt = new Map<number, number>(); // node*8+class → an edge of that class at the node
  for (let e = 0; e < g.edgeCount; e++) {
    for (const n of [g.edgeFrom[e], g.edgeTo[e]]) {
      const key = n * 8 + g.edgeClass[e];
      const other = lastAt.get(key);
      if (other === undefined) lastAt.set(key, e);
      else { const a = find(e), b = find(other); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); }
    }
  }
  const routeOfEdge = new Int32Array(g.edgeCount);
  const rootRoute = new Map<number, number>();
  const routes: Route[] = [];
  const counters = [0, 0, 0];
  for (let e = 0; e < g.edgeCount; e++) {
    const root = find(e);
    let r = rootRoute.get(root);
    if (r === undefined) {
      const cls = g.edgeClass[e];
      const number = cls < 3 ? `${ROUTE_LETTER[cls]}${String(ROUTE_BASE[cls] + counters[cls]++).padStart(3, '0')}` : null;
      r = routes.length;
      routes.push({ cls, number });
      rootRoute.set(root, r);
    }
    routeOfEdge[e] = r;
  }
  return { routeOfEdge, routes };
}

function names(s: Scenario): RoadNames {
  let n = cache.get(s);
  if (!n) { n = build(s); cache.set(s, n); }
  return n;
}

/** The village (or seat) nearest to a point, for lanes and tracks. */
function nearestSettlement(s: Scenario, x: number, y: number): Place | null {
  let best: Place | null = null, d = Infinity;
  for (const p of [...s.townships, ...s.villages]) { const dd = (p.x - x) ** 2 + (p.y - y) ** 2; if (dd < d) { d = dd; best = p; } }
  return best;
}

/**
 * "县道X002 白坎村段" for a numbered road, "村道（白坎村）" for a lane; in English "County road
 * X002 near Baikan Village". The settlement is the one nearest the segment, so a closure reads
 * where it is.
 */
export function roadName(s: Scenario, edge: number, lang: Lang): string {
  const g = s.roads;
  const en = lang === 'en';
  if (!Number.isInteger(edge) || edge < 0 || edge >= g.edgeCount) return en ? 'a road' : '道路';
  const n = names(s);
  const route = n.routes[n.routeOfEdge[edge]];
  const cls = en ? CLASS_EN[route.cls] : CLASS_ZH[route.cls];
  const a = g.edgeFrom[edge], b = g.edgeTo[edge];
  const p = nearestSettlement(s, (g.nodeX[a] + g.nodeX[b]) / 2, (g.nodeY[a] + g.nodeY[b]) / 2);
  const place = p ? localText(p.name, lang) : '';
  if (route.number) {
    if (en) return `${cls} ${route.number}${place ? ` near ${place}` : ''}`;
    return `${cls}${route.number}${place ? ` ${place}段` : ''}`;
  }
  if (en) return place ? `${cls} near ${place}` : cls;
  return place ? `${cls}（${place}）` : cls;
}

/** Several edges, grouped by road: "县道X002 白坎村段 3 段、村道（北里窝村）". */
export function roadsText(s: Scenario, edges: readonly number[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const e of edges) { const n = roadName(s, e, lang); counts.set(n, (counts.get(n) ?? 0) + 1); }
  const en = lang === 'en';
  return [...counts].map(([n, k]) => (k > 1 ? (en ? `${n} ×${k}` : `${n} ${k} 段`) : n)).join(en ? '; ' : '、');
}

/** A road node as a place people know: the settlement it serves, or the road it is on. */
export function nodeName(s: Scenario, node: number, lang: Lang): string {
  const g = s.roads;
  if (!Number.isInteger(node) || node < 0 || node >= g.nodeCount) return lang === 'en' ? 'a point on the road' : '道路上';
  const x = g.nodeX[node], y = g.nodeY[node];
  const p = nearestSettlement(s, x, y);
  // Within a village's reach (about 1 km) people say "near the village".
  if (p && Math.hypot(p.x - x, p.y - y) <= 1000) return lang === 'en' ? `near ${localText(p.name, lang)}` : `${localText(p.name, lang)}附近`;
  const e = g.adjEdge[g.adjStart[node]];
  const road = g.adjStart[node + 1] > g.adjStart[node] ? roadName(s, e, lang) : '';
  // Away from villages the road's own name says where (it names the nearest settlement).
  return road || (lang === 'en' ? 'a road' : '道路');
}

/** A numbered road's label for the map: "县道X002" (in English the number alone). */
export function roadShortName(s: Scenario, edge: number, lang: Lang): string {
  const n = names(s);
  const route = n.routes[n.routeOfEdge[edge]];
  if (!route) return '';
  if (lang === 'en') return route.number ?? CLASS_EN[route.cls];
  return `${CLASS_ZH[route.cls]}${route.number ?? ''}`;
}

/**
 * Where to write the numbered roads' names on a map: edges of each numbered route at least
 * `spacing` metres from the route's other labels (in edge order, so the choice is fixed).
 */
export function roadLabelAnchors(s: Scenario, spacing = 3000): { edge: number; x: number; y: number }[] {
  const g = s.roads, n = names(s);
  const byRoute = new Map<number, { x: number; y: number }[]>();
  const out: { edge: number; x: number; y: number }[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const r = n.routeOfEdge[e];
    if (!n.routes[r].number) continue;
    const a = g.edgeFrom[e], b = g.edgeTo[e];
    const x = (g.nodeX[a] + g.nodeX[b]) / 2, y = (g.nodeY[a] + g.nodeY[b]) / 2;
    const mine = byRoute.get(r) ?? [];
    if (mine.some((p) => Math.hypot(p.x - x, p.y - y) < spacing)) continue;
    mine.push({ x, y });
    byRoute.set(r, mine);
    out.push({ edge: e, x, y });
  }
  return out;
}
