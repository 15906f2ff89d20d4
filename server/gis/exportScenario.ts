// `tuiyan export`: a scenario written out as the GIS files and registers a bureau keeps, plus the
// import.yaml that reads them back (tuiyan import DIR/import.yaml round-trips).
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify as yamlText } from 'yaml';
import { loadScenario, scenarioFile } from '../scenarioFiles.ts';
import { validateScenarioText } from '../../scenarios/resolve.ts';
import { expandExtends } from '../../scenarios/extend.ts';
import { UsageError } from '../cli/args.ts';
import { ScenarioError } from '../../scenarios/problems.ts';
import type { ScenarioJson } from '../../scenarios/schema.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { roadLines } from '../../scenarios/export/roadLines.ts';
import { SegmentIndex, segmentCrossings } from '../../scenarios/import/roadNetwork.ts';
import { registerTables } from '../../scenarios/export/registerRows.ts';
import { IMPORT_FORMAT, LAND_COVER_PRESETS } from '../../scenarios/import/importConfig.ts';
import { sampleNearest, type SourceRaster } from '../../scenarios/import/sourceRaster.ts';
import { type Crs, parseCrs, transformer, transformLattice } from './crs.ts';
import { geotiffBytes } from './geotiffFiles.ts';
import { csvText, gb18030Csv, utf8Csv } from './tables.ts';

export interface ExportOptions {
  /** The projected CRS the scenario's metres are placed in. */
  crs: Crs;
  /** South-west corner of the grid in that CRS. */
  origin: [number, number];
  /** Rasters in CGCS2000 longitude/latitude (EPSG:4490) instead of the projected CRS. */
  geographicRasters: boolean;
}

/** The OSM `highway` value written for each road class (import maps it back). */
export const HIGHWAY_TAG = { highway: 'trunk', county: 'secondary', township: 'tertiary', village: 'unclassified', track: 'track' } as const;
const NODATA = -9999;

type Files = Map<string, Uint8Array | string>;

/** scenario.json validated, with any `extends` chain merged in (as the loader reads it). */
function scenarioJson(path: string): ScenarioJson {
  const file = scenarioFile(path);
  if (!existsSync(file)) throw new ScenarioError([{ file, path: '$', message: 'file not found' }]);
  const read = (fromFile: string, ref: string) => {
    const f = scenarioFile(resolve(dirname(fromFile), ref));
    return existsSync(f) ? { file: f, text: readFileSync(f, 'utf8') } : null;
  };
  const x = expandExtends({ file, text: readFileSync(file, 'utf8') }, read);
  if (!x.ok) throw new ScenarioError(x.problems);
  const checked = validateScenarioText(x.text, file);
  if (!checked.ok) throw new ScenarioError(checked.problems);
  return checked.json;
}

/**
 * Moves a finished temp folder into place. An existing target is replaced only when it is what
 * this command writes (it holds `marker`), so a mistyped --out never wipes another folder.
 */
export function replaceFolder(temp: string, target: string, marker: string): void {
  if (existsSync(target)) {
    const kept = readdirSync(target);
    if (kept.length && !kept.includes(marker)) {
      rmSync(temp, { recursive: true, force: true });
      throw new UsageError(`${target} exists and is not an earlier output (it has no ${marker}); choose another --out or remove it`);
    }
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(dirname(target), { recursive: true });
  renameSync(temp, target);
}

/** The grid as north-up rasters in the projected CRS (exact: one pixel per cell). */
function projectedRasters(s: Scenario, opt: ExportOptions, files: Files): void {
  const { width, height, cellSize } = s.grid;
  const dem = new Float32Array(width * height), lc = new Uint8Array(width * height);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const from = j * width + i, to = (height - 1 - j) * width + i;
      dem[to] = s.elevation[from];
      lc[to] = s.landCover[from];
    }
  }
  const place = { width, height, west: opt.origin[0], north: opt.origin[1] + height * cellSize, resX: cellSize, resY: cellSize, epsg: opt.crs.epsg!, geographic: false };
  files.set('dem.tif', geotiffBytes({ ...place, data: dem, nodata: NODATA }));
  files.set('landcover.tif', geotiffBytes({ ...place, data: lc, nodata: 0 }));
}

/** The grid resampled onto a CGCS2000 longitude/latitude raster. */
function geographicRasters(s: Scenario, opt: ExportOptions, files: Files): void {
  const { width, height, cellSize } = s.grid;
  const geo = parseCrs(4490)!;
  const toGeo = transformer(opt.crs, geo), toLocal = transformer(geo, opt.crs);
  const corners = [[0, 0], [width, 0], [0, height], [width, height]].map(([i, j]) => toGeo(opt.origin[0] + i * cellSize, opt.origin[1] + j * cellSize));
  const west = Math.min(...corners.map((c) => c[0])), east = Math.max(...corners.map((c) => c[0]));
  const south = Math.min(...corners.map((c) => c[1])), north = Math.max(...corners.map((c) => c[1]));
  // A cell holds one value over its whole area (pixel is area), so the lon/lat raster is written
  // a third of a cell fine with each pixel taking the cell it lies in: read back at the cell
  // centres, the values come out as they went in.
  const resY = cellSize / 3 / 111_320, resX = resY / Math.cos((((south + north) / 2) * Math.PI) / 180);
  const w = Math.ceil((east - west) / resX), h = Math.ceil((north - south) / resY);
  const local = (r: Float32Array | Uint8Array): SourceRaster => ({
    width, height, data: r, west: 0, north: height * cellSize, resX: cellSize, resY: cellSize, nodata: null,
  });
  // The scenario's rasters, flipped to north-up for sampling.
  const flip = <T extends Float32Array | Uint8Array>(src: T, out: T): T => {
    for (let j = 0; j < height; j++) out.set(src.subarray(j * width, (j + 1) * width), (height - 1 - j) * width);
    return out;
  };
  const demSrc = local(flip(s.elevation, new Float32Array(width * height)));
  const lcSrc = local(flip(s.landCover, new Uint8Array(width * height)));
  const dem = new Float32Array(w * h), lc = new Uint8Array(w * h);
  const pts = transformLattice(w, h, (i, j) => [west + (i + 0.5) * resX, north - (j + 0.5) * resY], toLocal);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const x = pts[2 * (j * w + i)], y = pts[2 * (j * w + i) + 1];
      // Pixels straddling the grid's edge take the edge cell, so the district is covered to its rim.
      const lx = Math.min(width * cellSize - 1e-6, Math.max(0, x - opt.origin[0])), ly = Math.min(height * cellSize - 1e-6, Math.max(0, y - opt.origin[1]));
      const z = sampleNearest(demSrc, lx, ly), c = sampleNearest(lcSrc, lx, ly);
      dem[j * w + i] = Number.isNaN(z) ? NODATA : z;
      lc[j * w + i] = Number.isNaN(c) ? 0 : c;
    }
  }
  const place = { width: w, height: h, west, north, resX, resY, epsg: 4490, geographic: true };
  files.set('dem.tif', geotiffBytes({ ...place, data: dem, nodata: NODATA }));
  files.set('landcover.tif', geotiffBytes({ ...place, data: lc, nodata: 0 }));
}

/** A legacy GeoJSON `crs` member, which QGIS and GDAL honour, so the file keeps projected metres. */
function featureCollection(crs: Crs, features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${crs.epsg}` } }, features }) + '\n';
}

/** Whether the straight edge crosses a water cell (then it is a bridge). */
function crossesWater(s: Scenario, x0: number, y0: number, x1: number, y1: number): boolean {
  const { width, height, cellSize } = s.grid;
  const steps = Math.max(1, Math.ceil((2 * Math.hypot(x1 - x0, y1 - y0)) / cellSize));
  for (let k = 0; k <= steps; k++) {
    const x = x0 + ((x1 - x0) * k) / steps, y = y0 + ((y1 - y0) * k) / steps;
    // A point on a cell border (a diagonal edge passing a corner) is in neither cell.
    if (x % cellSize === 0 || y % cellSize === 0) continue;
    const i = Math.floor(x / cellSize), j = Math.floor(y / cellSize);
    if (i >= 0 && j >= 0 && i < width && j < height && s.landCover[j * width + i] === LAND_COVER.water) return true;
  }
  return false;
}

function vectorFiles(json: ScenarioJson, s: Scenario, opt: ExportOptions, files: Files): void {
  const [ox, oy] = opt.origin;
  const at = (x: number, y: number) => [x + ox, y + oy];
  const { width, height, cellSize } = s.grid;
  const W = width * cellSize, H = height * cellSize;
  files.set('boundary.geojson', featureCollection(opt.crs, [{
    type: 'Feature', properties: { name: json.name.zh },
    geometry: { type: 'Polygon', coordinates: [[at(0, 0), at(W, 0), at(W, H), at(0, H), at(0, 0)]] },
  }]));
  const nodes = json.roads.nodes;
  const bridge = json.roads.edges.map(([a, b]) => crossesWater(s, nodes[a][0], nodes[a][1], nodes[b][0], nodes[b][1]));
  const layer: number[] = bridge.map((b) => (b ? 1 : 0));
  // Edges that cross without a junction in the scenario pass over each other: put the first a
  // layer up, so the importer does not join them where they cross.
  const index = new SegmentIndex(400);
  const segs = json.roads.edges.map(([a, b]) => ({ a, b }));
  segs.forEach(({ a, b }, k) => index.add(k, nodes[a][0], nodes[a][1], nodes[b][0], nodes[b][1]));
  for (const [k, m] of segmentCrossings(nodes, segs, index, () => false)) if (layer[k] === layer[m]) layer[k] = layer[m] + 1;
  const lines = roadLines(json.roads, (e) => bridge[e], (e) => layer[e]);
  files.set('roads.geojson', featureCollection(opt.crs, lines.map((l, k) => ({
    type: 'Feature', id: k + 1,
    // node_ids and segment_ids (the scenario's node and edge numbers) keep the numbering and the
    // edges' stored direction on re-import.
    properties: {
      highway: HIGHWAY_TAG[l.cls], ...(l.bridge ? { bridge: 'yes' } : {}), ...(l.layer ? { layer: l.layer } : {}),
      node_ids: l.nodes.join(';'),
      // An edge stored against the line's direction is marked r (reversed).
      segment_ids: l.edges.map((e, k) => (json.roads.edges[e][0] === l.nodes[k] ? `${e}` : `${e}r`)).join(';'),
    },
    geometry: { type: 'LineString', coordinates: l.nodes.map((n) => at(nodes[n][0], nodes[n][1])) },
  }))));
  const kinds = ['townships', 'villages', 'shelters', 'depots', 'teamBases', 'cameras', 'reservoirs', 'gauges'] as const;
  files.set('places.geojson', featureCollection(opt.crs, kinds.flatMap((kind) => (json[kind] as { id: string; name: { zh: string }; x: number; y: number }[]).map((p) => ({
    type: 'Feature', properties: { kind, 编号: p.id, 名称: p.name.zh }, geometry: { type: 'Point', coordinates: at(p.x, p.y) },
  })))));
  files.set('reservoirs.geojson', featureCollection(opt.crs, json.reservoirs.filter((r) => r.area).map((r) => ({
    type: 'Feature', properties: { 编号: r.id, 名称: r.name.zh },
    geometry: { type: 'Polygon', coordinates: [[...r.area!, r.area![0]].map(([x, y]) => at(x, y))] },
  }))));
  // The weather and the script keep their polygons and points in the CRS too.
  const poly = (p: [number, number][]) => p.map(([x, y]) => at(x, y));
  files.set('weather.json', JSON.stringify({ ...json.weather, rainZones: json.weather.rainZones.map((z) => ({ ...z, polygon: poly(z.polygon) })) }, null, 1) + '\n');
  files.set('levees.geojson', featureCollection(opt.crs, json.levees.map((l) => ({
    type: 'Feature', properties: { 编号: l.id, 名称: l.name.zh, ...(l.name.en ? { 英文名称: l.name.en } : {}), 堤高: l.height },
    geometry: { type: 'LineString', coordinates: l.line.map(([x, y]) => at(x, y)) },
  }))));
  files.set('script.json', JSON.stringify(json.injects.map((inj) => {
    const t = inj.target as Record<string, unknown> | null;
    if (t && 'edges' in t) {
      // Edge numbers do not survive a re-import; the midpoints of the edges do.
      const edgesAt = (t.edges as number[]).map((e) => {
        const [a, b] = json.roads.edges[e];
        return at((nodes[a][0] + nodes[b][0]) / 2, (nodes[a][1] + nodes[b][1]) / 2);
      });
      return { ...inj, target: { edgesAt } };
    }
    if (t && 'x' in t) return { ...inj, target: { ...t, x: (t.x as number) + ox, y: (t.y as number) + oy } };
    return inj;
  }), null, 1) + '\n');
}

function importYaml(json: ScenarioJson, s: Scenario, opt: ExportOptions, registers: string[], withPlan: boolean): string {
  const config = {
    format: IMPORT_FORMAT,
    id: json.id,
    name: json.name,
    ...(json.description ? { description: json.description } : {}),
    start: json.start,
    crs: opt.crs.name,
    cellSize: s.grid.cellSize,
    origin: opt.origin,
    boundary: { file: 'boundary.geojson' },
    dem: { files: ['dem.tif'] },
    landCover: { file: 'landcover.tif', classes: Object.fromEntries(Object.entries(LAND_COVER_PRESETS.tuiyan).map(([k, v]) => [String(k), v])) },
    // The land cover already carries the scenario's rivers.
    rivers: { fromDem: false },
    roads: { file: 'roads.geojson', classField: 'highway', bridgeField: 'bridge' },
    registers: Object.fromEntries(registers.map((r) => [r, { file: `registers/${r}.csv`, encoding: 'utf8', ...(r === 'teams' ? {} : { coordinates: 'cgcs2000' }) }])),
    reservoirAreas: { file: 'reservoirs.geojson', idField: '编号' },
    levees: { file: 'levees.geojson' },
    weather: 'weather.json',
    script: 'script.json',
    ...(withPlan ? { plan: 'plan.json' } : {}),
  };
  return `# tuiyan import config, written by \`tuiyan export\` (docs/import.md explains every key).\n${yamlText(config)}`;
}

/** Writes the export into `outDir` (replacing it only when everything was written). */
export function exportScenario(scenarioPath: string, outDir: string, opt: ExportOptions): string[] {
  const json = scenarioJson(scenarioPath);
  const s = loadScenario(scenarioPath);
  const files: Files = new Map();
  if (opt.geographicRasters) geographicRasters(s, opt, files); else projectedRasters(s, opt, files);
  vectorFiles(json, s, opt, files);
  const geo = parseCrs(4490)!;
  const toGeo = transformer(opt.crs, geo);
  const tables = registerTables(json, (x, y) => toGeo(x + opt.origin[0], y + opt.origin[1]));
  const registers = Object.keys(tables).filter((r) => tables[r as keyof typeof tables].rows.length > 0);
  for (const r of registers) {
    const t = tables[r as keyof typeof tables];
    const text = csvText(t.headers, t.rows);
    files.set(`registers/${r}.csv`, utf8Csv(text));
    files.set(`registers/${r}.gb18030.csv`, gb18030Csv(text));
  }
  const plan = join(dirname(scenarioFile(scenarioPath)), 'plan.json');
  if (existsSync(plan)) files.set('plan.json', readFileSync(plan));
  files.set('import.yaml', importYaml(json, s, opt, registers, files.has('plan.json')));

  const target = resolve(outDir);
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  for (const [name, content] of files) {
    mkdirSync(dirname(join(temp, name)), { recursive: true });
    writeFileSync(join(temp, name), content);
  }
  replaceFolder(temp, target, 'import.yaml');
  return [...files.keys()];
}
