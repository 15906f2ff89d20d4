// The vector side of an import: road lines (GeoJSON or .osm.pbf) → the road graph, distances to
// the roads, reservoir water areas, the weather day and the director's script.
import { existsSync, readFileSync } from 'node:fs';
import type { ImportConfig } from '../../scenarios/import/importConfig.ts';
import { DEFAULT_ROAD_CLASSES } from '../../scenarios/import/importConfig.ts';
import { buildRoadNetwork, type RoadLineIn } from '../../scenarios/import/roadNetwork.ts';
import type { RoadClass } from '../../sim-core/world/roadGraph.ts';
import { type Crs, WGS84 } from './crs.ts';
import { readOsmPbf } from './osmPbf.ts';
import { type Collector, type CrsOf, type Grid, type ToLocal, type XY, featureCrs, readFeatures } from './importContext.ts';

/**
 * Chinese route numbers (公路路线编号, JTG A03): G national, S provincial, X county, Y township,
 * C village, Z special-purpose roads, followed by digits — the class is in the letter.
 */
const ROUTE_LETTER: Record<string, RoadClass> = { G: 'highway', S: 'highway', X: 'county', Y: 'township', C: 'village', Z: 'village' };
function routeCodeClass(tag: string): RoadClass | undefined {
  const m = /^([GSXYCZ])\d{1,4}$/.exec(tag.trim());
  return m ? ROUTE_LETTER[m[1]] : undefined;
}

const SKIPPED_HIGHWAYS = new Set(['footway', 'cycleway', 'steps', 'pedestrian', 'bridleway', 'construction', 'proposed', 'corridor', 'elevator', 'platform', 'bus_stop', 'escape', 'raceway', 'via_ferrata', 'abandoned', 'rest_area', 'services']);
const YES = new Set(['yes', 'true', '1', 'viaduct', 'aqueduct', 'boardwalk', 'covered', '是', 'Y', 'y']);

export async function roadGraph(cfg: ImportConfig, at: (p: string) => string, cfgName: string, grid: Grid, local: ToLocal, c: Collector, crsOf: CrsOf) {
  const file = cfg.roads.file;
  if (!existsSync(at(file))) { c.add(cfgName, 'roads.file', `file ${file} not found`); return null; }
  const classes = { ...DEFAULT_ROAD_CLASSES, ...cfg.roads.classes };
  const W = grid.width * grid.cellSize, H = grid.height * grid.cellSize;
  const inside = ([x, y]: XY) => x >= 0 && y >= 0 && x <= W && y <= H;
  const lines: RoadLineIn[] = [];
  let ways: { feature: string; tags: Record<string, unknown>; coords: number[][][] }[] = [];
  let wayCrs: Crs | null = null;
  if (file.endsWith('.pbf')) {
    try { ways = readOsmPbf(at(file), cfg.roads.classField); } catch (err) { c.add(file, '$', (err as Error).message); return null; }
    wayCrs = WGS84;
  } else {
    const doc = await readFeatures(at(file), file, c);
    if (!doc) return null;
    wayCrs = featureCrs(doc, cfg.roads.crs);
    ways = doc.features.map((f, k) => ({
      feature: `#${k + 1}`,
      tags: f.properties ?? {},
      coords: f.geometry?.type === 'LineString' ? [f.geometry.coordinates as number[][]] : f.geometry?.type === 'MultiLineString' ? (f.geometry.coordinates as number[][][]) : [],
    }));
  }
  if (!wayCrs) { c.add(file, '$', 'unknown CRS (give roads.crs)'); return null; }
  const toLocal = local(wayCrs);
  for (const w of ways) {
    const raw = w.tags[cfg.roads.classField];
    if (raw === undefined || raw === null || raw === '') { if (file.endsWith('.pbf')) continue; c.add(file, `${w.feature}:${cfg.roads.classField}`, 'no road class'); continue; }
    const tag = String(raw);
    if (SKIPPED_HIGHWAYS.has(tag)) continue;
    const cls = classes[tag] ?? routeCodeClass(tag);
    if (!cls) { c.add(file, `${w.feature}:${cfg.roads.classField}`, `unknown road class "${tag}" (map it in roads.classes)`); continue; }
    const bridge = YES.has(String(w.tags[cfg.roads.bridgeField] ?? ''));
    const tunnel = YES.has(String(w.tags.tunnel ?? ''));
    const layerTag = Number(w.tags.layer);
    const layer = Number.isInteger(layerTag) ? layerTag : bridge ? 1 : tunnel ? -1 : 0;
    const idList = (v: unknown) => (typeof v === 'string' && v ? v.split(';').map((x) => parseInt(x, 10)) : undefined);
    const nodeIds = idList(w.tags.node_ids), segmentIds = idList(w.tags.segment_ids);
    const reversed = typeof w.tags.segment_ids === 'string' ? w.tags.segment_ids.split(';').map((x) => x.endsWith('r')) : undefined;
    for (const part of w.coords) {
      // Parts outside the grid are cut off; each run of vertices inside becomes its own line.
      let run: XY[] = [];
      const ids = w.coords.length === 1 && nodeIds?.length === part.length && segmentIds?.length === part.length - 1 ? { nodeIds, segmentIds, reversed } : {};
      let whole = true;
      for (const p of part) {
        const q = toLocal(p[0], p[1]);
        if (inside(q)) run.push(q);
        else { whole = false; if (run.length > 1) lines.push({ feature: w.feature, cls, layer, coords: run }); run = []; }
      }
      if (run.length > 1) lines.push({ feature: w.feature, cls, layer, coords: run, ...(whole ? ids : {}) });
    }
  }
  if (!lines.length) { c.add(file, '$', 'no road lies inside the district'); return null; }
  return buildRoadNetwork(lines, cfg.roads.snap);
}

/** Distance from a point to the nearest road node (buckets of 1 km). */
export function nodeBuckets(nodes: XY[]): (x: number, y: number) => number {
  const size = 1000;
  const buckets = new Map<string, number[]>();
  nodes.forEach(([x, y], n) => { const k = `${Math.floor(x / size)},${Math.floor(y / size)}`; const l = buckets.get(k); if (l) l.push(n); else buckets.set(k, [n]); });
  return (x, y) => {
    let best = Infinity;
    for (let ring = 0; ring < 50; ring++) {
      const i0 = Math.floor(x / size), j0 = Math.floor(y / size);
      for (let i = i0 - ring; i <= i0 + ring; i++) for (let j = j0 - ring; j <= j0 + ring; j++) {
        if (Math.max(Math.abs(i - i0), Math.abs(j - j0)) !== ring) continue;
        for (const n of buckets.get(`${i},${j}`) ?? []) best = Math.min(best, Math.hypot(nodes[n][0] - x, nodes[n][1] - y));
      }
      if (best <= ring * size) break;
    }
    return best;
  };
}

export async function reservoirAreas(cfg: ImportConfig, at: (p: string) => string, cfgName: string, local: ToLocal, c: Collector, crsOf: CrsOf): Promise<Map<string, XY[]>> {
  const out = new Map<string, XY[]>();
  const ra = cfg.reservoirAreas;
  if (!ra) return out;
  if (!existsSync(at(ra.file))) { c.add(cfgName, 'reservoirAreas.file', `file ${ra.file} not found`); return out; }
  const doc = await readFeatures(at(ra.file), ra.file, c);
  if (!doc) return out;
  const fromCrs = crsOf(ra.crs, 'reservoirAreas.crs', doc.fileCrs);
  if (!fromCrs) { c.add(ra.file, '$', 'unknown CRS (give reservoirAreas.crs)'); return out; }
  const toLocal = local(fromCrs);
  doc.features.forEach((f, k) => {
    const id = f.properties?.[ra.idField];
    if (typeof id !== 'string') { c.add(ra.file, `#${k + 1}:${ra.idField}`, 'no reservoir id'); return; }
    if (f.geometry?.type !== 'Polygon') { c.add(ra.file, `#${k + 1}:geometry`, 'a reservoir area is a Polygon'); return; }
    const ring = (f.geometry.coordinates as number[][][])[0].map(([x, y]) => toLocal(x, y)).map(([x, y]): XY => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    // GeoJSON rings repeat their first vertex; the scenario's polygons do not.
    if (ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]) ring.pop();
    out.set(id, ring);
  });
  return out;
}

/** A design storm for a district with no weather of its own: one zone, 150 mm over 12 h peaking at 6 h (edit weather.json). */
function defaultWeather(grid: Grid) {
  const W = grid.width * grid.cellSize, H = grid.height * grid.cellSize;
  return {
    rainZones: [{ id: 'district', name: { zh: '全区', en: 'whole district' }, polygon: [[0, 0], [W, 0], [W, H], [0, H]] }],
    rain: [{ zone: 'district', series: [['0', 2], ['2h', 8], ['4h', 20], ['5h', 30], ['6h', 25], ['7h', 15], ['8h', 10], ['10h', 5], ['12h', 0]] }],
  };
}

export function weatherOf(cfg: ImportConfig, at: (p: string) => string, cfgName: string, origin: XY, grid: Grid, c: Collector): unknown {
  if (!cfg.weather) return defaultWeather(grid);
  if (!existsSync(at(cfg.weather))) { c.add(cfgName, 'weather', `file ${cfg.weather} not found`); return {}; }
  try {
    const w = JSON.parse(readFileSync(at(cfg.weather), 'utf8'));
    if (Array.isArray(w.rainZones)) {
      w.rainZones = w.rainZones.map((z: { polygon: XY[] }) => ({ ...z, polygon: z.polygon.map(([x, y]) => [x - origin[0], y - origin[1]]) }));
    }
    return w;
  } catch (err) {
    c.add(cfg.weather, '$', `not readable JSON: ${(err as Error).message}`);
    return {};
  }
}

export function scriptOf(cfg: ImportConfig, at: (p: string) => string, cfgName: string, origin: XY, roads: { nodes: XY[]; edges: [number, number, string][] } | null, c: Collector): unknown[] {
  if (!cfg.script) return [];
  if (!existsSync(at(cfg.script))) { c.add(cfgName, 'script', `file ${cfg.script} not found`); return []; }
  let list: Record<string, unknown>[];
  try { list = JSON.parse(readFileSync(at(cfg.script), 'utf8')); } catch (err) { c.add(cfg.script, '$', `not readable JSON: ${(err as Error).message}`); return []; }
  if (!Array.isArray(list)) { c.add(cfg.script, '$', 'the script is a JSON array of injects'); return []; }
  return list.map((inj, k) => {
    const t = inj.target as Record<string, unknown> | null | undefined;
    if (t && Array.isArray(t.edgesAt)) {
      if (!roads) return inj;
      // Each point names the road edge whose middle is nearest to it.
      const edges = (t.edgesAt as XY[]).map(([x, y]) => {
        const lx = x - origin[0], ly = y - origin[1];
        let best = -1, bestD = Infinity;
        roads.edges.forEach(([a, b], e) => {
          const d = Math.hypot((roads.nodes[a][0] + roads.nodes[b][0]) / 2 - lx, (roads.nodes[a][1] + roads.nodes[b][1]) / 2 - ly);
          if (d < bestD) { bestD = d; best = e; }
        });
        if (bestD > 200) c.add(cfg.script!, `[${k}].target.edgesAt`, `no road within 200 m of ${x}, ${y}`);
        return best;
      });
      return { ...inj, target: { edges } };
    }
    if (t && typeof t.x === 'number' && typeof t.y === 'number') return { ...inj, target: { ...t, x: t.x - origin[0], y: (t.y as number) - origin[1] } };
    return inj;
  });
}

/** Levees (堤防) from GeoJSON lines: id, name and crest height from the configured fields. */
export async function leveesOf(cfg: ImportConfig, at: (p: string) => string, cfgName: string, local: ToLocal, c: Collector): Promise<unknown[]> {
  const lv = cfg.levees;
  if (!lv) return [];
  if (!existsSync(at(lv.file))) { c.add(cfgName, 'levees.file', `file ${lv.file} not found`); return []; }
  const doc = await readFeatures(at(lv.file), lv.file, c);
  if (!doc) return [];
  const fromCrs = featureCrs(doc, lv.crs);
  if (!fromCrs) { c.add(lv.file, '$', 'unknown CRS (give levees.crs)'); return []; }
  const toLocal = local(fromCrs);
  const out: unknown[] = [];
  doc.features.forEach((f, k) => {
    const p = f.properties ?? {};
    const where = (field: string) => `#${k + 1}:${field}`;
    const height = Number(p[lv.heightField]);
    if (typeof p[lv.idField] !== 'string') { c.add(lv.file, where(lv.idField), 'no levee id'); return; }
    if (!(height > 0)) { c.add(lv.file, where(lv.heightField), `the crest height above the ground must be above 0 m, not ${JSON.stringify(p[lv.heightField])}`); return; }
    if (f.geometry?.type !== 'LineString') { c.add(lv.file, where('geometry'), 'a levee is a LineString'); return; }
    const line = (f.geometry.coordinates as number[][]).map(([x, y]) => toLocal(x, y)).map(([x, y]): XY => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    out.push({ id: p[lv.idField], name: { zh: String(p[lv.nameField] ?? p[lv.idField]), ...(p['英文名称'] ? { en: String(p['英文名称']) } : {}) }, line, height });
  });
  return out;
}
