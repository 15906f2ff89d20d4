// The round trip a bureau relies on: `tuiyan export` the shipped demo district to GIS files and
// registers, `tuiyan import` them again, and the district is the same and plays the storm day
// the same. Exactly (same state hash) through tuiyan's own files in a projected CRS; within a
// stated tolerance through the files a bureau would really bring (see bureauFiles.ts), where the
// DEM has been resampled to longitude/latitude and back.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportScenario } from '../../server/gis/exportScenario.ts';
import { importScenario } from '../../server/gis/importScenario.ts';
import { DEMO_ANCHOR, parseCrs } from '../../server/gis/crs.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { hazardKpis } from '../../sim-core/hazards/hazardKpis.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { bureauStyle } from './bureauFiles.ts';

const DEMO = 'scenarios/demo-district';
const COMMANDS = readCommandsFile(join(DEMO, 'sample-commands.jsonl'));
const anchor = { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin };

/** The storm day's key outcomes after `until` seconds with the sample commands (the original's once). */
const memo = new Map<Scenario, Map<number, ReturnType<typeof runOutcomes>>>();
function outcomes(s: Scenario, until: number) {
  const runs = memo.get(s) ?? new Map<number, ReturnType<typeof runOutcomes>>();
  memo.set(s, runs);
  if (!runs.has(until)) runs.set(until, runOutcomes(s, until));
  return runs.get(until)!;
}

function runOutcomes(s: Scenario, until: number) {
  const { sim } = runHeadless(s, 1, until, COMMANDS);
  const k = computeKpis(sim.state, s.injects.length);
  const h = hazardKpis(s, sim.state);
  return {
    hash: sim.hash(),
    sheltered: k.evacuation.sheltered,
    villagesFlooded: h.villagesFlooded,
    roadsCutPeak: h.roadEdgesFloodedPeak,
    reservoirPeak: Object.fromEntries(h.reservoirs.map((r) => [r.id, r.peakLevel])),
  };
}

const sortedBy = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** What a place is, without the road node it was snapped to. */
const entity = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'node'));

describe('export → import round trip of the demo district', () => {
  let original: Scenario;
  beforeAll(() => { original = loadScenario(DEMO); });

  it('through tuiyan\'s own files (projected CRS) gives the same scenario and the same 24 h state hash', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tuiyan-export-'));
    const files = exportScenario(DEMO, join(out, 'gis'), { ...anchor, geographicRasters: false });
    expect(files).toEqual(expect.arrayContaining(['dem.tif', 'landcover.tif', 'roads.geojson', 'boundary.geojson', 'registers/villages.csv', 'registers/villages.gb18030.csv', 'import.yaml']));
    // The registers carry the Chinese headers a bureau's sheets have.
    const villages = readFileSync(join(out, 'gis/registers/villages.csv'), 'utf8');
    expect(villages.split('\n')[0]).toBe('\uFEFF编号,村名,英文名称,所属乡镇,人口,户数,险户,险户人口,弱势人口,经度,纬度');

    const summary = await importScenario(join(out, 'gis/import.yaml'), join(out, 'scenario'));
    expect(summary).toMatchObject({ width: 480, height: 480, roadNodes: 8099, roadEdges: 8155, villages: 238, teams: 68, reservoirs: 12 });
    const again = loadScenario(join(out, 'scenario'));
    expect(Buffer.from(again.elevation.buffer).equals(Buffer.from(original.elevation.buffer))).toBe(true);
    expect(Buffer.from(again.landCover).equals(Buffer.from(original.landCover))).toBe(true);
    expect(Array.from(again.roads.nodeX)).toEqual(Array.from(original.roads.nodeX));
    expect(Array.from(again.roads.edgeFrom)).toEqual(Array.from(original.roads.edgeFrom));
    expect(Array.from(again.roads.edgeClass)).toEqual(Array.from(original.roads.edgeClass));
    for (const kind of ['townships', 'villages', 'shelters', 'depots', 'teamBases', 'teams', 'cameras', 'gauges'] as const) {
      expect(sortedBy(again[kind] as { id: string }[]).map(entity), kind).toEqual(sortedBy(original[kind] as { id: string }[]).map(entity));
    }
    expect(again.reservoirs.map((r) => [r.id, r.poolCells.length, r.pool.prefix[r.pool.beds.length]])).toEqual(original.reservoirs.map((r) => [r.id, r.poolCells.length, r.pool.prefix[r.pool.beds.length]]));
    expect(again.injects).toEqual(original.injects);

    const day = 24 * 3600;
    const a = outcomes(original, day), b = outcomes(again, day);
    expect(a.sheltered).toBeGreaterThan(500);
    expect(b).toEqual(a);
  }, 900_000);

  it('through a bureau\'s files (lon/lat GeoTIFF, OSM GeoJSON, GB18030 CSV, Excel, GCJ-02) gives the same district and outcomes within tolerance', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tuiyan-bureau-'));
    exportScenario(DEMO, join(out, 'gis'), { ...anchor, geographicRasters: true });
    const config = await bureauStyle(join(out, 'gis'));
    await importScenario(config, join(out, 'scenario'));
    const again = loadScenario(join(out, 'scenario'));

    // Same villages (people, households, at-risk), teams, shelters (GCJ-02 undone to 0.1 m), reservoirs.
    for (const kind of ['villages', 'teams', 'shelters', 'teamBases', 'reservoirs'] as const) {
      const strip = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(entity(p)).filter(([k]) => !['poolCells', 'pool', 'outletCell'].includes(k)));
      expect(sortedBy(again[kind] as { id: string }[]).map(strip), kind).toEqual(sortedBy(original[kind] as { id: string }[]).map(strip));
    }
    // Same roads: every edge joins the same two places with the same class (numbering may differ).
    const edges = (s: Scenario) => Array.from({ length: s.roads.edgeCount }, (_, e) => {
      const ends = [s.roads.edgeFrom[e], s.roads.edgeTo[e]].map((n) => `${s.roads.nodeX[n]},${s.roads.nodeY[n]}`).sort();
      return `${ends.join('|')}|${s.roads.edgeClass[e]}`;
    }).sort();
    expect(edges(again)).toEqual(edges(original));
    // The DEM went to CGCS2000 lon/lat at about 100 m and back (two bilinear resamplings).
    let absSum = 0, sameClass = 0;
    for (let c = 0; c < original.elevation.length; c++) {
      absSum += Math.abs(again.elevation[c] - original.elevation[c]);
      if (again.landCover[c] === original.landCover[c]) sameClass++;
    }
    expect(absSum / original.elevation.length).toBeLessThan(3);
    expect(sameClass / original.landCover.length).toBeGreaterThan(0.995);

    // Tolerance: sheltered people ±10 %, villages flooded ±25 % (and ±3), peak flooded road
    // edges ±25 %, every reservoir's peak level ±0.5 m.
    const day = 24 * 3600;
    const a = outcomes(original, day), b = outcomes(again, day);
    expect(Math.abs(b.sheltered - a.sheltered)).toBeLessThanOrEqual(0.1 * a.sheltered);
    expect(Math.abs(b.villagesFlooded - a.villagesFlooded)).toBeLessThanOrEqual(Math.max(3, 0.25 * a.villagesFlooded));
    expect(Math.abs(b.roadsCutPeak - a.roadsCutPeak)).toBeLessThanOrEqual(0.25 * a.roadsCutPeak);
    for (const id of Object.keys(a.reservoirPeak)) expect(Math.abs(b.reservoirPeak[id] - a.reservoirPeak[id]), id).toBeLessThan(0.5);
  }, 900_000);
});
