// `tuiyan import`: the files an import.yaml names → a scenario folder (scenario.json with the
// rasters beside it). Every problem is collected as FILE:ROW|FEATURE:field: message; nothing is
// written unless the whole scenario checks (it is built in a temp folder and renamed at the end).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem } from '../../scenarios/problems.ts';
import { ScenarioError, jsonPath } from '../../scenarios/problems.ts';
import { importConfigSchema, type ImportConfig, DEFAULT_ROAD_CLASSES, LAND_COVER_PRESETS } from '../../scenarios/import/importConfig.ts';
import { REGISTERS, type RegisterName } from '../../scenarios/import/registerColumns.ts';
import { buildRegisters, readRegister, type RegisterRecord } from '../../scenarios/import/registers.ts';
import { buildRoadNetwork, type RoadLineIn } from '../../scenarios/import/roadNetwork.ts';
import { fillGaps, sampleBilinear, sampleNearest } from '../../scenarios/import/sourceRaster.ts';
import { gcj02ToWgs84 } from '../../scenarios/import/gcj02.ts';
import { reservoirArea } from '../../scenarios/import/reservoirArea.ts';
import { insidePolygon } from '../../scenarios/terrain/lakes.ts';
import { cellsInside } from '../../scenarios/resolveHazards.ts';
import { drainage } from '../../scenarios/terrain/drainage.ts';
import { LAND_COVER, type LandCoverName } from '../../sim-core/world/landCover.ts';
import { SCENARIO_FORMAT } from '../../scenarios/schema.ts';
import { checkScenario } from '../scenarioFiles.ts';
import { type Crs, parseCrs, transformer, transformLattice, WGS84 } from './crs.ts';
import { readGeotiff } from './geotiffFiles.ts';
import { readTable } from './tables.ts';
import { replaceFolder } from './exportScenario.ts';
import { readOsmPbf } from './osmPbf.ts';

type XY = [number, number];

class Collector {
  problems: Problem[] = [];
  add(file: string, path: string, message: string) { this.problems.push({ file, path, message }); }
}

/** The CRS of a GeoJSON file: the config's, else its legacy `crs` member, else WGS 84 (RFC 7946). */
function geojsonCrs(doc: { crs?: { properties?: { name?: string } } }, configured: string | number | undefined): Crs | null {
  if (configured !== undefined) return parseCrs(configured);
  const name = doc.crs?.properties?.name;
  if (!name) return WGS84;
  const m = /EPSG:{1,2}(\d+)$/.exec(name) ?? /^urn:ogc:def:crs:OGC:.*CRS84$/.exec(name);
  return m && m[1] ? parseCrs(m[1]) : m ? WGS84 : null;
}

interface Feature { type: string; id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type: string; coordinates: unknown } | null }

function readGeojson(path: string, file: string, c: Collector): { features: Feature[]; crs: Crs | null; doc: { crs?: { properties?: { name?: string } } } } | null {
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    const features: Feature[] = doc.type === 'FeatureCollection' ? doc.features : doc.type === 'Feature' ? [doc] : [{ type: 'Feature', geometry: doc }];
    return { features, crs: null, doc };
  } catch (err) {
    c.add(file, '$', `not readable GeoJSON: ${(err as Error).message}`);
    return null;
  }
}

export interface ImportResult { out: string; problems: Problem[]; summary: Record<string, number> }

/** Runs the import; throws ScenarioError with every problem (nothing written then). */
export async function importScenario(configPath: string, outDir: string): Promise<Record<string, number>> {
  const c = new Collector();
  const base = dirname(resolve(configPath));
  const cfgName = relative(process.cwd(), resolve(configPath)) || configPath;
  if (!existsSync(configPath)) throw new ScenarioError([{ file: cfgName, path: '$', message: 'file not found' }]);
  const doc = parseDocument(readFileSync(configPath, 'utf8'));
  if (doc.errors.length) throw new ScenarioError(doc.errors.map((e) => ({ file: cfgName, path: `${e.linePos?.[0].line ?? 0}`, message: e.message.split('\n')[0] })));
  const parsed = importConfigSchema.safeParse(doc.toJS());
  if (!parsed.success) throw new ScenarioError(parsed.error.issues.map((i) => ({ file: cfgName, path: jsonPath(i.path), message: i.message })));
  const cfg = parsed.data;
  const at = (p: string) => resolve(base, p);
  const missing = (p: string, key: string) => { if (!existsSync(at(p))) { c.add(cfgName, key, `file ${p} not found (beside ${cfgName})`); return true; } return false; };

  const crs = parseCrs(cfg.crs);
  if (!crs || crs.geographic) throw new ScenarioError([{ file: cfgName, path: 'crs', message: `${JSON.stringify(cfg.crs)} is not a projected CRS we know (use a CGCS2000 3° Gauss–Krüger zone such as EPSG:4548, a UTM zone such as EPSG:32650, or a +proj string)` }]);
  const crsOf = (v: string | number | undefined, key: string, fallback: Crs | null): Crs | null => {
    if (v === undefined) return fallback;
    const r = parseCrs(v);
    if (!r) c.add(cfgName, key, `unknown CRS ${JSON.stringify(v)}`);
    return r;
  };

  // The boundary fixes the grid.
  if (missing(cfg.boundary.file, 'boundary.file')) throw new ScenarioError(c.problems);
  const bDoc = readGeojson(at(cfg.boundary.file), cfg.boundary.file, c);
  const bCrs = bDoc ? geojsonCrs(bDoc.doc, cfg.boundary.crs) : null;
  const ring = bDoc?.features.map((f) => f.geometry).find((g) => g && (g.type === 'Polygon' || g.type === 'MultiPolygon'));
  if (!bDoc || !bCrs || !ring) {
    c.add(cfg.boundary.file, '$', !bCrs ? 'unknown CRS (give boundary.crs)' : 'no Polygon or MultiPolygon feature');
    throw new ScenarioError(c.problems);
  }
  const outer = (ring.type === 'Polygon' ? (ring.coordinates as number[][][])[0] : (ring.coordinates as number[][][][])[0][0]);
  const toCrs = transformer(bCrs, crs);
  const boundaryCrs = outer.map(([x, y]) => toCrs(x, y));
  const cs = cfg.cellSize;
  const minX = Math.min(...boundaryCrs.map((p) => p[0])), minY = Math.min(...boundaryCrs.map((p) => p[1]));
  const maxX = Math.max(...boundaryCrs.map((p) => p[0])), maxY = Math.max(...boundaryCrs.map((p) => p[1]));
  const origin: XY = cfg.origin ?? [Math.floor(minX / cs) * cs, Math.floor(minY / cs) * cs];
  const width = Math.ceil((maxX - origin[0]) / cs - 1e-9), height = Math.ceil((maxY - origin[1]) / cs - 1e-9);
  if (width < 2 || height < 2 || width > 4096 || height > 4096) {
    throw new ScenarioError([{ file: cfg.boundary.file, path: '$', message: `the district makes a ${width}×${height} grid at ${cs} m; it must be 2–4096 cells a side (change cellSize)` }]);
  }
  const grid = { width, height, cellSize: cs };
  const boundary = boundaryCrs.map(([x, y]): XY => [x - origin[0], y - origin[1]]);
  const local = (from: Crs) => { const t = transformer(from, crs); return (x: number, y: number): XY => { const [a, b] = t(x, y); return [a - origin[0], b - origin[1]]; }; };

  const elevation = await demRaster(cfg, crs, origin, grid, at, cfgName, c, crsOf);
  const landCover = await landCoverRaster(cfg, crs, origin, grid, at, cfgName, c, crsOf);
  if (elevation && landCover && cfg.rivers.fromDem) {
    const flow = drainage(grid, Float64Array.from(elevation));
    const threshold = cfg.rivers.minArea / (cs * cs);
    for (let k = 0; k < landCover.length; k++) if (flow.accumulation[k] >= threshold) landCover[k] = LAND_COVER.water;
  }

  const roads = await roadGraph(cfg, at, cfgName, grid, local, c, crsOf);

  // Registers.
  const recs: Partial<Record<RegisterName, { file: string; recs: RegisterRecord[] }>> = {};
  for (const name of REGISTERS) {
    const r = cfg.registers[name];
    if (!r || missing(r.file, `registers.${name}.file`)) continue;
    let table;
    try { table = await readTable(at(r.file), r.encoding); } catch (err) { c.add(r.file, '$', (err as Error).message); continue; }
    const coord = String(r.coordinates).toLowerCase();
    const regCrs = coord === 'gcj02' ? WGS84 : crsOf(r.coordinates, `registers.${name}.coordinates`, WGS84);
    if (!regCrs) continue;
    const toLocal = local(regCrs);
    const conv = coord === 'gcj02' ? (lon: number, lat: number) => { const [a, b] = gcj02ToWgs84(lon, lat); return toLocal(a, b); } : toLocal;
    recs[name] = { file: r.file, recs: readRegister(name, { file: r.file, ...table }, r.columns, name === 'teams' ? null : conv, c.problems) };
  }
  const reg = buildRegisters(recs, c.problems);

  // Every place inside the district, and near a road.
  const nodeIndex = roads ? nodeBuckets(roads.nodes) : null;
  for (const kind of ['townships', 'villages', 'shelters', 'depots', 'teamBases', 'cameras', 'reservoirs', 'gauges'] as const) {
    for (const p of reg[kind] as { x: number; y: number; name: { zh: string } }[]) {
      const o = reg.origin.get(p)!;
      if (!insidePolygon(boundary, p.x, p.y)) { c.add(o.file, `${o.row}:${o.header}`, `${p.name.zh} lies outside the district boundary (${cfg.boundary.file})`); continue; }
      if (nodeIndex && kind !== 'cameras' && kind !== 'reservoirs' && kind !== 'gauges') {
        const d = nodeIndex(p.x, p.y);
        if (d > cfg.maxRoadDistance) c.add(o.file, `${o.row}:${o.header}`, `${p.name.zh} is ${(d / 1000).toFixed(1)} km from the nearest road (limit ${cfg.maxRoadDistance} m: maxRoadDistance)`);
      }
    }
  }

  // Reservoir water areas, and the pool they hold below the dam crest.
  const areas = reservoirAreas(cfg, at, cfgName, local, c, crsOf);
  const reservoirs = reg.reservoirs.map((r) => {
    let area = areas.get(r.id);
    const o = reg.origin.get(r)!;
    if (!area && elevation) {
      // No polygon: the basin the dam closes, below the normal level, found on the DEM.
      const found = reservoirArea(grid, elevation, r.x, r.y, r.normalLevel);
      if (!found.ok) { c.add(o.file, `${o.row}:${o.header}`, `reservoir ${r.name.zh}: ${found.reason} (or give its water area in reservoirAreas)`); return r; }
      area = found.polygon;
    }
    if (!area) return r;
    if (elevation) {
      const below = cellsInside(grid, area).filter((cell) => elevation[cell] < r.normalLevel).length;
      if (below === 0) c.add(o.file, `${o.row}:${o.header}`, `reservoir ${r.name.zh}: no ground inside its area lies below the normal level ${r.normalLevel} m — no dam across a valley there`);
    }
    return { ...r, area };
  });

  const weather = weatherOf(cfg, at, cfgName, origin, grid, c);
  const injects = scriptOf(cfg, at, cfgName, origin, roads, c);
  if (c.problems.length || !elevation || !landCover || !roads) throw new ScenarioError(c.problems);

  const scenario = {
    format: SCENARIO_FORMAT, id: cfg.id, name: cfg.name, ...(cfg.description ? { description: cfg.description } : {}), start: cfg.start, grid,
    rasters: { elevation: { file: 'elevation.f32', type: 'float32' }, landCover: { file: 'landcover.u8', type: 'uint8' } },
    roads: { nodes: roads.nodes, edges: roads.edges },
    townships: reg.townships, villages: reg.villages, shelters: reg.shelters, depots: reg.depots, teamBases: reg.teamBases,
    teams: reg.teams, cameras: reg.cameras, reservoirs, gauges: reg.gauges, weather, injects,
  };
  const target = resolve(outDir);
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const le = new Uint8Array(elevation.buffer.slice(0));
  writeFileSync(join(temp, 'elevation.f32'), le);
  writeFileSync(join(temp, 'landcover.u8'), landCover);
  writeFileSync(join(temp, 'scenario.json'), JSON.stringify(scenario, null, 1) + '\n');
  writeFileSync(join(temp, 'source.json'), JSON.stringify({ importedFrom: cfgName, crs: crs.name, origin, cellSize: cs }, null, 1) + '\n');
  // What the loader would still refuse is named against the config (the temp folder goes away).
  const problems = checkScenario(temp).map((p) => ({ ...p, file: `${cfgName} → scenario.json` }));
  if (problems.length) { rmSync(temp, { recursive: true, force: true }); throw new ScenarioError(problems); }
  replaceFolder(temp, target, 'source.json');
  return {
    width, height, roadNodes: roads.nodes.length, roadEdges: roads.edges.length, snapped: roads.snapped, crossings: roads.crossings,
    villages: reg.villages.length, teams: reg.teams.length, reservoirs: reservoirs.length,
  };
}

type CrsOf = (v: string | number | undefined, key: string, fallback: Crs | null) => Crs | null;
type Grid = { width: number; height: number; cellSize: number };

/** Cell centres of the grid in the CRS, transformed into a source raster's CRS. */
function cellCentres(crs: Crs, src: Crs, origin: XY, grid: Grid): Float64Array {
  return transformLattice(grid.width, grid.height, (i, j) => [origin[0] + (i + 0.5) * grid.cellSize, origin[1] + (j + 0.5) * grid.cellSize], transformer(crs, src));
}

async function demRaster(cfg: ImportConfig, crs: Crs, origin: XY, grid: Grid, at: (p: string) => string, cfgName: string, c: Collector, crsOf: CrsOf): Promise<Float32Array | null> {
  const n = grid.width * grid.height;
  const values = new Float64Array(n).fill(NaN);
  let ok = true;
  for (const [k, file] of cfg.dem.files.entries()) {
    if (!existsSync(at(file))) { c.add(cfgName, `dem.files[${k}]`, `file ${file} not found`); ok = false; continue; }
    let tile;
    try { tile = await readGeotiff(at(file)); } catch (err) { c.add(file, '$', (err as Error).message); ok = false; continue; }
    if (cfg.dem.nodata !== undefined) tile.nodata = cfg.dem.nodata;
    const tileCrs = crsOf(cfg.dem.crs, 'dem.crs', tile.epsg !== null ? parseCrs(tile.epsg) : null);
    if (!tileCrs) { c.add(file, '$', `unknown CRS (EPSG ${tile.epsg}); give dem.crs`); ok = false; continue; }
    // Tiles are mosaicked: each cell takes the first tile that has a value there.
    const pts = cellCentres(crs, tileCrs, origin, grid);
    for (let cell = 0; cell < n; cell++) if (Number.isNaN(values[cell])) values[cell] = sampleBilinear(tile, pts[2 * cell], pts[2 * cell + 1]);
  }
  if (!ok) return null;
  let empty = 0;
  for (let cell = 0; cell < n; cell++) if (Number.isNaN(values[cell])) empty++;
  if (empty === n) { c.add(cfg.dem.files[0], '$', 'the DEM does not cover the district at all (check its CRS)'); return null; }
  // Nodata holes and a margin the tiles miss are filled from their edges.
  if (empty) fillGaps(grid.width, grid.height, values);
  return Float32Array.from(values);
}

async function landCoverRaster(cfg: ImportConfig, crs: Crs, origin: XY, grid: Grid, at: (p: string) => string, cfgName: string, c: Collector, crsOf: CrsOf): Promise<Uint8Array | null> {
  const file = cfg.landCover.file;
  if (!existsSync(at(file))) { c.add(cfgName, 'landCover.file', `file ${file} not found`); return null; }
  let r;
  try { r = await readGeotiff(at(file)); } catch (err) { c.add(file, '$', (err as Error).message); return null; }
  const srcCrs = crsOf(cfg.landCover.crs, 'landCover.crs', r.epsg !== null ? parseCrs(r.epsg) : null);
  if (!srcCrs) { c.add(file, '$', `unknown CRS (EPSG ${r.epsg}); give landCover.crs`); return null; }
  const table: Record<string, LandCoverName> = typeof cfg.landCover.classes === 'string'
    ? Object.fromEntries(Object.entries(LAND_COVER_PRESETS[cfg.landCover.classes]).map(([k, v]) => [String(k), v]))
    : cfg.landCover.classes;
  const fallback = cfg.landCover.fallback ? LAND_COVER[cfg.landCover.fallback] : 0;
  const pts = cellCentres(crs, srcCrs, origin, grid);
  const n = grid.width * grid.height;
  const out = new Uint8Array(n);
  const unmapped = new Map<number, number>();
  let uncovered = 0;
  for (let cell = 0; cell < n; cell++) {
    const v = sampleNearest(r, pts[2 * cell], pts[2 * cell + 1]);
    if (Number.isNaN(v)) { uncovered++; out[cell] = fallback; continue; }
    const name = table[String(v)];
    if (name) out[cell] = LAND_COVER[name];
    else { unmapped.set(v, (unmapped.get(v) ?? 0) + 1); out[cell] = fallback; }
  }
  if (!fallback) {
    for (const [code, count] of [...unmapped].sort((a, b) => a[0] - b[0])) c.add(file, `class ${code}`, `${count} cells have class ${code}, which landCover.classes does not map (add it, or set landCover.fallback)`);
    if (uncovered) c.add(file, '$', `${uncovered} cells of the district have no land cover (the raster does not cover them; set landCover.fallback)`);
  }
  return out;
}

const SKIPPED_HIGHWAYS = new Set(['footway', 'cycleway', 'steps', 'pedestrian', 'bridleway', 'construction', 'proposed', 'corridor', 'elevator', 'platform', 'bus_stop', 'escape', 'raceway', 'via_ferrata', 'abandoned', 'rest_area', 'services']);
const YES = new Set(['yes', 'true', '1', 'viaduct', 'aqueduct', 'boardwalk', 'covered', '是', 'Y', 'y']);

async function roadGraph(cfg: ImportConfig, at: (p: string) => string, cfgName: string, grid: Grid, local: (from: Crs) => (x: number, y: number) => XY, c: Collector, crsOf: CrsOf) {
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
    const doc = readGeojson(at(file), file, c);
    if (!doc) return null;
    wayCrs = geojsonCrs(doc.doc, cfg.roads.crs);
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
    const cls = classes[tag];
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
function nodeBuckets(nodes: XY[]): (x: number, y: number) => number {
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

function reservoirAreas(cfg: ImportConfig, at: (p: string) => string, cfgName: string, local: (from: Crs) => (x: number, y: number) => XY, c: Collector, crsOf: CrsOf): Map<string, XY[]> {
  const out = new Map<string, XY[]>();
  const ra = cfg.reservoirAreas;
  if (!ra) return out;
  if (!existsSync(at(ra.file))) { c.add(cfgName, 'reservoirAreas.file', `file ${ra.file} not found`); return out; }
  const doc = readGeojson(at(ra.file), ra.file, c);
  if (!doc) return out;
  const fromCrs = crsOf(ra.crs, 'reservoirAreas.crs', geojsonCrs(doc.doc, undefined));
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

function weatherOf(cfg: ImportConfig, at: (p: string) => string, cfgName: string, origin: XY, grid: Grid, c: Collector): unknown {
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

function scriptOf(cfg: ImportConfig, at: (p: string) => string, cfgName: string, origin: XY, roads: { nodes: XY[]; edges: [number, number, string][] } | null, c: Collector): unknown[] {
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
