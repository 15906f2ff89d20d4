// `tuiyan import`: the files an import.yaml names → a scenario folder (scenario.json with the
// rasters beside it). Every problem is collected as FILE:ROW|FEATURE:field: message; nothing is
// written unless the whole scenario checks (it is built in a temp folder and renamed at the end).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { ScenarioError, jsonPath } from '../../scenarios/problems.ts';
import { importConfigSchema } from '../../scenarios/import/importConfig.ts';
import { REGISTERS, type RegisterName } from '../../scenarios/import/registerColumns.ts';
import { buildRegisters, readRegister, type RegisterRecord } from '../../scenarios/import/registers.ts';
import { gcj02ToWgs84 } from '../../scenarios/import/gcj02.ts';
import { reservoirArea } from '../../scenarios/import/reservoirArea.ts';
import { insidePolygon } from '../../scenarios/terrain/lakes.ts';
import { cellsInside } from '../../scenarios/resolveHazards.ts';
import { drainage } from '../../scenarios/terrain/drainage.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { SCENARIO_FORMAT } from '../../scenarios/schema.ts';
import { checkScenario } from '../scenarioFiles.ts';
import { type Crs, parseCrs, transformer, WGS84 } from './crs.ts';
import { readTable } from './tables.ts';
import { replaceFolder } from './exportScenario.ts';
import { Collector, type XY, featureCrs, readFeatures } from './importContext.ts';
import { demRaster, landCoverRaster } from './importRasters.ts';
import { leveesOf, nodeBuckets, reservoirAreas, roadGraph, scriptOf, weatherOf } from './importVectors.ts';


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
  const bDoc = await readFeatures(at(cfg.boundary.file), cfg.boundary.file, c);
  const bCrs = bDoc ? featureCrs(bDoc, cfg.boundary.crs) : null;
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
  const landCover = await landCoverRaster(cfg, crs, origin, grid, at, cfgName, c, crsOf, local);
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
  const areas = await reservoirAreas(cfg, at, cfgName, local, c, crsOf);
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
  const levees = await leveesOf(cfg, at, cfgName, local, c);
  if (cfg.plan && !existsSync(at(cfg.plan))) c.add(cfgName, 'plan', `file ${cfg.plan} not found`);
  if (c.problems.length || !elevation || !landCover || !roads) throw new ScenarioError(c.problems);

  const scenario = {
    format: SCENARIO_FORMAT, id: cfg.id, name: cfg.name, ...(cfg.description ? { description: cfg.description } : {}), start: cfg.start, grid,
    rasters: { elevation: { file: 'elevation.f32', type: 'float32' }, landCover: { file: 'landcover.u8', type: 'uint8' } },
    roads: { nodes: roads.nodes, edges: roads.edges },
    townships: reg.townships, villages: reg.villages, shelters: reg.shelters, depots: reg.depots, teamBases: reg.teamBases,
    teams: reg.teams, cameras: reg.cameras, reservoirs, gauges: reg.gauges, weather, injects, levees,
  };
  const target = resolve(outDir);
  const temp = `${target}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const le = new Uint8Array(elevation.buffer.slice(0));
  writeFileSync(join(temp, 'elevation.f32'), le);
  writeFileSync(join(temp, 'landcover.u8'), landCover);
  writeFileSync(join(temp, 'scenario.json'), JSON.stringify(scenario, null, 1) + '\n');
  if (cfg.plan) writeFileSync(join(temp, 'plan.json'), readFileSync(at(cfg.plan)));
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

