// Roads from a shapefile (the bureau's own road layer): .shp/.shx/.dbf/.prj written by
// shp-write in WGS 84, read back with its CRS from the .prj and classes from route numbers,
// give the demo district's road graph.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write as writeShapefile } from '@mapbox/shp-write';
import { exportScenario } from '../../server/gis/exportScenario.ts';
import { importScenario } from '../../server/gis/importScenario.ts';
import { DEMO_ANCHOR, parseCrs, transformer, WGS84 } from '../../server/gis/crs.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { readConfig, writeConfig } from './bureauFiles.ts';

const edgeSet = (s: Scenario) => Array.from({ length: s.roads.edgeCount }, (_, e) => {
  const ends = [s.roads.edgeFrom[e], s.roads.edgeTo[e]].map((n) => `${s.roads.nodeX[n]},${s.roads.nodeY[n]}`).sort();
  return `${ends.join('|')}|${s.roads.edgeClass[e]}`;
}).sort();

const view = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);

describe('roads from a shapefile', () => {
  it('reads the lines, their class field and the CRS in the .prj', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-shp-')), 'gis');
    exportScenario('scenarios/demo-district', dir, { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    const roads = JSON.parse(readFileSync(join(dir, 'roads.geojson'), 'utf8'));
    const toWgs = transformer(parseCrs(DEMO_ANCHOR.crs)!, WGS84);
    // A bureau's own layer: a field of its own (LXBM, 路线编码) holding route numbers whose letter
    // is the grade (G national, X county, Y township, C village), and tracks by name in a table.
    const ROUTE = { trunk: 'G101', secondary: 'X012', tertiary: 'Y005', unclassified: 'C031', track: 'JGL' } as Record<string, string>;
    const rows = roads.features.map((f: any) => ({ LXBM: ROUTE[f.properties.highway], bridge: f.properties.bridge ?? '', layer: String(f.properties.layer ?? 0) }));
    const lines = roads.features.map((f: any) => [f.geometry.coordinates.map(([x, y]: number[]) => toWgs(x, y))]);
    const files = await new Promise<{ shp: DataView; shx: DataView; dbf: DataView; prj: string }>((ok, fail) =>
      writeShapefile(rows, 'POLYLINE', lines, (err, data) => (err ? fail(err) : ok(data as never))));
    writeFileSync(join(dir, 'roads.shp'), view(files.shp));
    writeFileSync(join(dir, 'roads.shx'), view(files.shx));
    writeFileSync(join(dir, 'roads.dbf'), view(files.dbf));
    writeFileSync(join(dir, 'roads.prj'), files.prj);

    const config = readConfig(dir);
    config.roads = { file: 'roads.shp', classField: 'LXBM', classes: { JGL: 'track' } };
    const summary = await importScenario(writeConfig(dir, config), join(dir, '..', 'scenario'));
    expect(summary).toMatchObject({ roadNodes: 8099, roadEdges: 8155, crossings: 0 });
    expect(edgeSet(loadScenario(join(dir, '..', 'scenario')))).toEqual(edgeSet(loadScenario('scenarios/demo-district')));
  });
});
