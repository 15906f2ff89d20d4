// Turns scenario.json (already read) into the core's Scenario: validates the shape (zod) and
// the cross-references, decodes or generates the rasters, builds the road graph and snaps every
// place to its nearest road node. Environment-neutral: the caller supplies file reading, so the
// server and the browser share it.
import type { Scenario } from '../sim-core/world/scenario.ts';
import type { Place } from '../sim-core/world/places.ts';
import type { ChemicalSetting } from '../sim-core/hazards/chemical/chemicalSite.ts';
import { buildNodeIndex, buildRoadGraph, ROAD_CLASSES } from '../sim-core/world/roadGraph.ts';
import { vehicleEdgeTimes } from '../sim-core/forces/vehicleSpeed.ts';
import { LAND_COVER_MAX } from '../sim-core/world/landCover.ts';
import { rainZoneRaster, reservoirPool, toInjects } from './resolveHazards.ts';
import { scenarioSchema, type ScenarioJson } from './schema.ts';
import { crossCheck } from './crossCheck.ts';
import { resolveTyphoon, typhoonProblems, typhoonRain } from './typhoonResolve.ts';
import { jsonPath, parseJsonText, ScenarioError, type Problem } from './problems.ts';
import { generateTerrain } from './terrain/generateTerrain.ts';
import { resolveSites } from './resolveSites.ts';
import { resolveZone, wholeVillagesAtRisk } from '../sim-core/hazards/dam/breakZone.ts';
import type { WaterNetwork } from '../sim-core/hazards/waterMain/network.ts';
import { headOfPressure } from '../sim-core/hazards/waterMain/orifice.ts';
import type { Bridge } from '../sim-core/world/bridge.ts';
import { DEFAULT_BRIDGE_CLASS } from '../sim-core/hazards/quake/bridgeFragility.ts';

/** Reads a file of the scenario folder; null when missing. */
export type ReadFile = (name: string) => Uint8Array | null;

/** Validates scenario.json text; returns the parsed file or every problem found. */
export function validateScenarioText(text: string, file: string): { ok: true; json: ScenarioJson } | { ok: false; problems: Problem[] } {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const result = scenarioSchema.safeParse(parsed.value);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((i) => ({ file, path: jsonPath(i.path), message: i.message })) };
  }
  const problems = [...crossCheck(result.data, file), ...typhoonProblems(result.data, file)];
  return problems.length ? { ok: false, problems } : { ok: true, json: result.data };
}

type RasterName = 'elevation' | 'landCover';

function loadRasters(json: ScenarioJson, file: string, readFile: ReadFile): { elevation: Float32Array; landCover: Uint8Array; problems: Problem[] } {
  const problems: Problem[] = [];
  const cells = json.grid.width * json.grid.height;
  let generated: { elevation: Float32Array; landCover: Uint8Array } | null = null;
  const out = { elevation: new Float32Array(cells), landCover: new Uint8Array(cells) };
  for (const name of ['elevation', 'landCover'] as RasterName[]) {
    const src = json.rasters[name];
    const at = `rasters.${name}`;
    if ('generate' in src) {
      if (!json.terrain) { problems.push({ file, path: at, message: 'generate: "terrain" needs a "terrain" spec' }); continue; }
      const terrain: { elevation: Float32Array; landCover: Uint8Array } = generated ?? generateTerrain(json.grid, json.terrain);
      generated = terrain;
      out[name].set(terrain[name]);
      continue;
    }
    const bytes = readFile(src.file);
    if (!bytes) { problems.push({ file, path: `${at}.file`, message: `file ${src.file} not found beside the scenario` }); continue; }
    const size = src.type === 'uint8' ? 1 : src.type === 'int16' ? 2 : 4;
    if (bytes.length !== cells * size) {
      problems.push({ file, path: `${at}.file`, message: `${src.file} has ${bytes.length} bytes; a ${json.grid.width}×${json.grid.height} ${src.type} raster has ${cells * size}` });
      continue;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let c = 0; c < cells; c++) {
      // Little-endian on disk, whatever the machine.
      const raw = src.type === 'uint8' ? view.getUint8(c) : src.type === 'int16' ? view.getInt16(2 * c, true) : view.getFloat32(4 * c, true);
      out[name][c] = raw * src.scale + src.offset;
    }
  }
  const landCoverOk = !problems.some((p) => p.path.startsWith('rasters.landCover'));
  for (let c = 0; landCoverOk && c < cells; c++) {
    const v = out.landCover[c];
    if (v < 1 || v > LAND_COVER_MAX) {
      problems.push({ file, path: 'rasters.landCover', message: `cell ${c} has land-cover code ${v} (1–${LAND_COVER_MAX})` });
      break;
    }
  }
  return { ...out, problems };
}

/** Builds the core's Scenario from scenario.json text; throws ScenarioError with every problem. */
export function resolveScenario(text: string, file: string, readFile: ReadFile): Scenario {
  const checked = validateScenarioText(text, file);
  if (!checked.ok) throw new ScenarioError(checked.problems);
  const json = checked.json;
  const rasters = loadRasters(json, file, readFile);
  if (rasters.problems.length) throw new ScenarioError(rasters.problems);

  const roads = buildRoadGraph(json.roads.nodes, json.roads.edges.map(([from, to, cls]) => ({ from, to, cls: ROAD_CLASSES.indexOf(cls) })));
  const index = buildNodeIndex(roads, 500);
  const snap = <T extends { x: number; y: number }>(p: T) => ({ ...p, node: index.nearest(p.x, p.y) });
  const places = <K extends Place['kind'], T extends { x: number; y: number }>(kind: K, list: T[]) =>
    list.map((p) => ({ ...snap(p), kind }));

  const rainZone = rainZoneRaster(json.grid, json);
  const typhoon = resolveTyphoon(json);
  const damBreakZones = json.damBreakZones?.map((z) => resolveZone(json.grid, { ...z, runs: z.runs.map(([a, b]) => [a, b] as [number, number]) }, json.villages, json.shelters));
  return {
    id: json.id,
    name: json.name,
    ...(json.description ? { description: json.description } : {}),
    ...(json.briefing ? { briefing: json.briefing } : {}),
    start: json.start,
    grid: json.grid,
    elevation: rasters.elevation,
    landCover: rasters.landCover,
    roads,
    edgeTime: vehicleEdgeTimes(roads),
    townships: places('township', json.townships),
    villages: wholeVillagesAtRisk(places('village', json.villages), damBreakZones ?? []),
    shelters: json.shelters.map((s) => ({ ...snap(s), kind: 'shelter' as const, capacity: Math.floor(s.usableArea / 1.5) })),
    depots: places('depot', json.depots),
    teamBases: places('teamBase', json.teamBases),
    teams: json.teams,
    cameras: places('camera', json.cameras),
    reservoirs: json.reservoirs.map((r) => {
      const { area: _area, ...rest } = r;
      return { ...snap(rest), kind: 'reservoir' as const, ...reservoirPool(json.grid, rasters.elevation, r) };
    }),
    gauges: places('gauge', json.gauges),
    levees: json.levees.map((l) => ({ id: l.id, name: l.name, line: l.line.map(([x, y]) => [x, y] as [number, number]), height: l.height })),
    injects: toInjects(json),
    rainZones: json.weather.rainZones.map((z) => ({ id: z.id, name: z.name })),
    rainZone,
    rain: typhoonRain(json, json.grid, rainZone, typhoon, json.weather.rain.map((r) => ({ zone: json.weather.rainZones.findIndex((z) => z.id === r.zone), series: r.series.map(([t, v]) => [t, v] as [number, number]) }))),
    weather: { wind: json.weather.wind, moisture: json.weather.moisture },
    ignitionsPerDay: json.weather.ignitionsPerDay,
    spotting: json.weather.spotting,
    fireWindLimit: json.weather.fireWindLimit,
    rainScale: json.weather.uncertainty.rainScale ?? [1, 1],
    ...(typhoon ? { typhoon } : {}),
    ...(json.sites ? { sites: resolveSites(json, file, readFile) } : {}),
    ...(damBreakZones ? { damBreakZones } : {}),
    ...(json.earthquake ? { earthquake: json.earthquake } : {}),
    ...(json.bridges ? { bridges: resolveBridges(json) } : {}),
    ...(json.chemical ? { chemical: chemicalSetting(json) } : {}),
    ...(json.waterNetwork ? { waterNetwork: resolveWaterNetwork(json.waterNetwork) } : {}),
  };
}

/** Chemical sites take the position of their place (checked to exist by crossCheck.ts). */
function chemicalSetting(json: ScenarioJson): ChemicalSetting {
  const c = json.chemical!;
  const all = [...json.townships, ...json.villages, ...json.shelters, ...json.depots, ...json.teamBases, ...json.cameras, ...json.reservoirs, ...json.gauges];
  return {
    stability: c.stability, sigma: c.sigma,
    sites: c.sites.map((s) => {
      const p = all.find((x) => x.id === s.place)!;
      return { id: s.id, name: s.name, place: s.place, x: p.x, y: p.y, substance: s.substance, inventory: s.inventory, height: s.height };
    }),
  };
}

/** 供水管网 in the core's form: the pressure as a head (m of water). */
function resolveWaterNetwork(n: NonNullable<ScenarioJson['waterNetwork']>): WaterNetwork {
  return {
    name: n.name, operator: n.operator, serviceHead: headOfPressure(n.servicePressure), dischargeCoefficient: n.dischargeCoefficient, callRate: n.callRate,
    zones: n.zones.map((z) => ({ id: z.id, name: z.name, places: [...z.places], population: z.population })),
    mains: n.mains.map((m) => ({ id: m.id, name: m.name, diameter: m.diameter, upstream: m.upstream, zones: [...m.zones], valves: m.valves.map((v) => ({ ...v })), repairTime: m.repairTime })),
  };
}

/** Bridges take their class (default HWB5) and the mean of their edges' end points as the place their shaking is taken. */
function resolveBridges(json: ScenarioJson): Bridge[] {
  return (json.bridges ?? []).map((b) => {
    let x = 0, y = 0;
    for (const e of b.edges) {
      const [from, to] = json.roads.edges[e];
      x += json.roads.nodes[from][0] + json.roads.nodes[to][0];
      y += json.roads.nodes[from][1] + json.roads.nodes[to][1];
    }
    const n = 2 * b.edges.length;
    return { id: b.id, name: b.name, edges: [...b.edges], hazusClass: b.class ?? DEFAULT_BRIDGE_CLASS, x: x / n, y: y / n };
  });
}
