// Builds the default scenario, scenarios/demo-district/scenario.json: the fictional 云岭区
// (Yunling District), modelled on Miyun (DOMAIN.md), from demo-district.spec.json. Every step
// is deterministic (seeded integer PRNG, exact arithmetic, index-ordered ties), so the file
// can be rebuilt and compared: `npx tsx scenarios/generate/demoDistrict.ts` writes it.
//
// Terrain (scenarios/terrain/) → places on it (layout.ts) → built-up patches added to the
// terrain spec → cameras on the final land cover (cameras.ts) → roads along the valleys to
// everything (roads.ts) → the landslide's road and the MSEL (injects.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { scenarioSchema, TerrainSpec } from '../schema.ts';
import { SCENARIO_FORMAT } from '../schema.ts';
import { terrainLayers, type TerrainLayers } from '../terrain/generateTerrain.ts';
import { insidePolygon } from '../terrain/lakes.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import type { Grid } from '../../sim-core/world/grid.ts';
import { loadDemoSpec, type DemoSpec } from './spec.ts';
import { Prng } from './prng.ts';
import { reservoirSites, valleysInMetres, type ReservoirSite } from './reservoirs.ts';
import { analyseTerrain } from './terrainAnalysis.ts';
import { layOut, type Layout } from './layout.ts';
import { shortEn, shortZh } from './names.ts';
import { placeCameras, type CameraSite } from './cameras.ts';
import { GridSearch } from './gridSearch.ts';
import { RoadBuilder, type AttachTarget, type RoadJson } from './roads.ts';
import { buildTeams } from './forces.ts';
import { buildInjects, chooseLandslide, cutOff, roadModel, type CutOff } from './injects.ts';
import { formatScenarioJson } from './format.ts';

/** Touching road cells further apart than this along the roads get a junction (roads.ts). */
const JUNCTION_HOPS = 20;

export type ScenarioJsonInput = z.input<typeof scenarioSchema>;

export interface DemoDistrictBuild {
  scenario: ScenarioJsonInput;
  /** Figures for people checking the build (not part of the scenario). */
  stats: {
    forestShare: number;
    cameraCoverage: number;
    landslideEdges: number[];
    /** Villages whose fastest route from the district seat crossed the landslide. */
    cutOff: Array<CutOff & { village: string; township: string }>;
  };
}

export function buildDemoDistrict(): ScenarioJsonInput {
  return generateDemoDistrict().scenario;
}

export function generateDemoDistrict(): DemoDistrictBuild {
  const spec = loadDemoSpec();
  const rng = new Prng(spec.seed);
  const grid = spec.grid;
  const reservoirs = reservoirSites(spec);
  const bare: TerrainSpec = {
    ...spec.terrain, valleys: valleysInMetres(spec), lakes: reservoirs.map((r) => r.lake), builtUp: [],
  };
  const info = analyseTerrain(grid, terrainLayers(grid, bare));
  const layout = layOut(spec, info, reservoirs, rng.fork('layout'));
  const terrain: TerrainSpec = { ...bare, builtUp: builtUpPatches(spec, layout) };
  // Built-up patches change the land cover only; the places above stand on the same ground.
  const layers = terrainLayers(grid, terrain);
  const forestCells = layers.landCover.reduce((a, v) => a + (v === LAND_COVER.forest ? 1 : 0), 0);
  const { cameras, coverage } = placeCameras(grid, layers.elevation, layers.landCover,
    (c) => !info.water[c] && !layers.dam[c] && info.mainland[c] === 1, spec.cameras);

  const { roads, nodeOfCell } = layRoads(spec, layers, layout, cameras);
  const { injects, landslideEdges, cut } = planMsel(spec, layout, cameras, roads, nodeOfCell);

  const at = (cell: number) => {
    const [x, y] = layout.sites.centre(cell);
    return { x, y };
  };
  const name = (p: { zh: string; en: string }) => ({ zh: p.zh, en: p.en });
  const scenario: ScenarioJsonInput = {
    format: SCENARIO_FORMAT,
    id: spec.id,
    name: spec.name,
    description: spec.description,
    ...(spec.briefing ? { briefing: spec.briefing as ScenarioJsonInput['briefing'] } : {}),
    start: spec.start,
    grid,
    terrain,
    rasters: { elevation: { generate: 'terrain' }, landCover: { generate: 'terrain' } },
    roads,
    townships: spec.townships.map((t, k) => ({ id: t.id, name: name(t), ...at(layout.seats[k].cell) })),
    villages: layout.villages.map((v) => ({
      id: v.id, name: name(v), ...at(v.cell), township: v.township,
      population: v.people.population, households: v.people.households, atRisk: v.people.atRisk, vulnerable: v.people.vulnerable,
    })),
    shelters: layout.shelters.map((s) => ({ id: s.id, name: name(s), ...at(s.cell), township: s.township, usableArea: s.usableArea })),
    depots: layout.depots.map((d) => ({ id: d.id, name: name(d), ...at(d.cell), stocks: d.stocks })),
    teamBases: layout.bases.map((b) => ({ id: b.id, name: name(b), ...at(b.cell) })),
    teams: buildTeams(spec, rng.fork('teams')),
    cameras: cameraPlaces(spec, layout, cameras).map((c) => ({ id: c.id, name: name(c), ...at(c.cell), range: c.range })),
    reservoirs: layout.reservoirs.map((r) => ({
      id: r.site.id, name: name(r.site), ...at(r.cell), class: r.site.class,
      normalLevel: r.site.normalLevel, floodLimitLevel: r.site.floodLimitLevel, damCrest: r.site.damCrest,
      storage: storage(grid, layers, r.site),
      area: r.site.lake.polygon,
      ...(typeof spec.spillways[r.site.id] === 'number' ? { spillwayWidth: spec.spillways[r.site.id] as number } : {}),
    })),
    gauges: layout.gauges.map((g) => ({
      id: g.id, name: name(g), ...at(g.cell), on: g.on, ...(g.reservoir ? { reservoir: g.reservoir } : {}),
      warningLevel: g.warningLevel, dangerLevel: g.dangerLevel,
    })),
    weather: (({ about: _about, ...w }) => w)(spec.weather) as ScenarioJsonInput['weather'],
    // The extra injects are checked by the scenario schema when the file loads (and in the tests).
    injects: [...injects, ...(spec.extraInjects as unknown as typeof injects)],
  };
  return {
    scenario,
    stats: { forestShare: forestCells / layers.landCover.length, cameraCoverage: coverage, landslideEdges, cutOff: cut },
  };
}

/**
 * The MSEL: the landslide's edges (injects.ts), the villages it cuts off their fastest route
 * from the district seat, and the trapped-people call from the one of the landslide
 * townships' villages the cut sets back the most.
 */
function planMsel(spec: DemoSpec, layout: Layout, cameras: CameraSite[], roads: RoadJson, nodeOfCell: Int32Array) {
  const model = roadModel(roads);
  const seatNode = (id: string) => nodeOfCell[layout.seats[spec.townships.findIndex((t) => t.id === id)].cell];
  const placeCells = [
    ...layout.seats.map((s) => s.cell), ...layout.villages.map((v) => v.cell), ...layout.shelters.map((s) => s.cell),
    ...layout.depots.map((d) => d.cell), ...layout.bases.map((b) => b.cell), ...layout.reservoirs.map((r) => r.cell),
    ...layout.gauges.map((g) => g.access), ...cameras.map((c) => c.cell),
  ];
  const [townA, townB] = spec.landslide.between.map((id) => spec.townships.find((t) => t.id === id)!);
  const hub = seatNode(spec.districtSeat);
  const landslideEdges = chooseLandslide(model, seatNode(townA.id), seatNode(townB.id), hub,
    placeCells.map((c) => nodeOfCell[c]), spec.landslide.edges, spec.landslide.minDetourMinutes * 60);
  const cut = cutOff(model, hub, landslideEdges, layout.villages.map((v) => nodeOfCell[v.cell]))
    .map((c) => {
      const v = layout.villages.find((v) => nodeOfCell[v.cell] === c.node)!;
      return { ...c, village: v.id, township: v.township };
    });
  if (cut.length === 0) throw new Error('the landslide cuts no village off its fastest route');
  const near = cut.filter((c) => spec.landslide.between.includes(c.township));
  const worst = (near.length > 0 ? near : cut).reduce((a, c) => (c.after - c.before > a.after - a.before ? c : a));
  const trapped = layout.villages.find((v) => v.id === worst.village)!;
  const trappedTownship = spec.townships.find((t) => t.id === trapped.township)!;
  const trappedPeople = String(trappedCount(trapped.people.atRisk.people));
  const large = layout.reservoirs.find((r) => r.site.class === 'large')!.site;
  const injects = buildInjects(spec, landslideEdges, {
    townA: { id: townA.id, zh: townA.zh, en: shortEn(townA.en) },
    townB: { id: townB.id, zh: townB.zh, en: shortEn(townB.en) },
    village: { id: trapped.id, zh: trapped.zh, en: trapped.en },
    villageTownship: { id: trappedTownship.id, zh: trappedTownship.zh, en: trappedTownship.en },
    trapped: { zh: trappedPeople, en: trappedPeople },
    reservoir: { zh: large.zh, en: large.en },
    floodLimit: { zh: large.floodLimitLevel.toFixed(1), en: large.floodLimitLevel.toFixed(1) },
  });
  return { injects, landslideEdges, cut };
}

/** People stuck on the roof in the call: a quarter of the village's at-risk people, 3–12. */
function trappedCount(atRisk: number): number {
  return Math.min(12, Math.max(3, Math.round(atRisk / 4)));
}

/** Township seats and villages as built-up discs; a village's grows with its population. */
function builtUpPatches(spec: DemoSpec, layout: Layout): Array<[number, number, number]> {
  const { minRadius, perPerson, maxRadius } = spec.villageBuiltUp;
  return [
    ...spec.townships.map((t, k): [number, number, number] => [layout.seats[k].x, layout.seats[k].y, t.builtUp]),
    ...layout.villages.map((v): [number, number, number] => {
      const [x, y] = layout.sites.centre(v.cell);
      return [x, y, Math.min(maxRadius, Math.round(minRadius + perPerson * v.people.population))];
    }),
  ];
}

function layRoads(spec: DemoSpec, layers: TerrainLayers, layout: Layout, cameras: CameraSite[]): { roads: RoadJson; nodeOfCell: Int32Array } {
  const search = new GridSearch({
    grid: spec.grid, elevation: layers.elevation, baseLevel: spec.terrain.plainLevel, blocked: layers.lake, river: layers.river,
  });
  const builder = new RoadBuilder(search);
  const seat = (id: string) => layout.seats[spec.townships.findIndex((t) => t.id === id)].cell;
  builder.seed(seat(spec.districtSeat));
  builder.grow([
    ...spec.townships.map((t) => ({ cell: seat(t.id), cls: t.road })),
    ...spec.roads.exitsKm.map(([x, y]) => ({ cell: layout.sites.cellAt(x * 1000, y * 1000), cls: 'highway' as const })),
  ]);
  const place = (cell: number): AttachTarget => ({ cell, camera: false });
  builder.attach([
    ...layout.villages.map((v) => place(v.cell)), ...layout.shelters.map((s) => place(s.cell)),
    ...layout.depots.map((d) => place(d.cell)), ...layout.bases.map((b) => place(b.cell)),
    ...layout.reservoirs.map((r) => place(r.cell)), ...layout.gauges.map((g) => place(g.access)),
    ...cameras.map((c) => ({ cell: c.cell, camera: true })),
  ]);
  // Links last: villages hang off the tree of trunk roads, the links only add loops.
  for (const [a, b] of spec.roads.links) builder.link(seat(a), seat(b));
  builder.connectJunctions(JUNCTION_HOPS);
  return builder.toJson();
}

/** Cameras named after the township whose territory they stand in, numbered within it. */
function cameraPlaces(spec: DemoSpec, layout: Layout, cameras: CameraSite[]) {
  const counts = new Map<string, number>();
  return cameras.map((c, k) => {
    const t = spec.townships[layout.owner[c.cell]];
    const n = (counts.get(t.id) ?? 0) + 1;
    counts.set(t.id, n);
    return {
      id: `cam-${String(k + 1).padStart(2, '0')}`, cell: c.cell, range: c.range,
      zh: `${shortZh(t.zh)}${n}号林火视频监控点`, en: `${shortEn(t.en)} forest-fire camera ${n}`,
    };
  });
}

/** Volume below the normal level over the reservoir's water cells, m³ (to 10,000 m³). */
function storage(grid: Grid, layers: TerrainLayers, site: ReservoirSite): number {
  const { width, cellSize } = grid;
  let v = 0;
  for (let c = 0; c < layers.lake.length; c++) {
    if (!layers.lake[c]) continue;
    const i = c % width, j = (c - i) / width;
    if (!insidePolygon(site.lake.polygon, (i + 0.5) * cellSize, (j + 0.5) * cellSize)) continue;
    v += (site.normalLevel - layers.elevation[c]) * cellSize * cellSize;
  }
  return Math.round(v / 1e4) * 1e4;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const { scenario, stats } = generateDemoDistrict();
  const ms = performance.now() - t0;
  const out = fileURLToPath(new URL('../demo-district/scenario.json', import.meta.url));
  const text = formatScenarioJson(scenario);
  writeFileSync(out, text);
  console.error(`wrote ${out} (${(text.length / 1024).toFixed(0)} KiB) in ${ms.toFixed(0)} ms`);
  console.error(`roads: ${scenario.roads.nodes.length} nodes, ${scenario.roads.edges.length} edges`);
  console.error(`forest share ${(stats.forestShare * 100).toFixed(2)} %, camera coverage ${(stats.cameraCoverage * 100).toFixed(1)} % with ${scenario.cameras?.length} cameras`);
  console.error(`landslide edges ${JSON.stringify(stats.landslideEdges)}`);
  for (const c of stats.cutOff) {
    console.error(`  cut off: ${c.village} (${c.township}) ${(c.before / 60).toFixed(1)} min → ${(c.after / 60).toFixed(1)} min`);
  }
}
