// Roads from an OpenStreetMap .osm.pbf extract: the demo district's roads written as OSM nodes
// and ways (WGS 84, highway/bridge/layer tags, shared node refs at junctions) come back as the
// same road graph.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportScenario } from '../../server/gis/exportScenario.ts';
import { importScenario } from '../../server/gis/importScenario.ts';
import { DEMO_ANCHOR, parseCrs, transformer, WGS84 } from '../../server/gis/crs.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readOsmPbf } from '../../server/gis/osmPbf.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { osmPbfBytes, type OsmNodeOut, type OsmWayOut } from './osmPbfWriter.ts';
import { readConfig, writeConfig } from './bureauFiles.ts';

const DEMO = 'scenarios/demo-district';

const edgeSet = (s: Scenario) => Array.from({ length: s.roads.edgeCount }, (_, e) => {
  const ends = [s.roads.edgeFrom[e], s.roads.edgeTo[e]].map((n) => `${s.roads.nodeX[n]},${s.roads.nodeY[n]}`).sort();
  return `${ends.join('|')}|${s.roads.edgeClass[e]}`;
}).sort();

describe('roads from an .osm.pbf extract', () => {
  it('reads ways and nodes written by an OSM PBF writer back into the same road graph', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-pbf-')), 'gis');
    exportScenario(DEMO, dir, { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    const roads = JSON.parse(readFileSync(join(dir, 'roads.geojson'), 'utf8'));
    const toWgs = transformer(parseCrs(DEMO_ANCHOR.crs)!, WGS84);
    const nodes = new Map<number, OsmNodeOut>();
    const ways: OsmWayOut[] = roads.features.map((f: any, k: number) => {
      // OSM node ids: the scenario's node numbers + 1 (a shared id is a junction).
      const refs = String(f.properties.node_ids).split(';').map((n) => Number(n) + 1);
      f.geometry.coordinates.forEach(([x, y]: number[], i: number) => {
        const [lon, lat] = toWgs(x, y);
        nodes.set(refs[i], { id: refs[i], lon, lat });
      });
      const tags: Record<string, string> = { highway: f.properties.highway };
      if (f.properties.bridge) tags.bridge = 'yes';
      if (f.properties.layer) tags.layer = String(f.properties.layer);
      return { id: 1000 + k, refs, tags };
    });
    // A footway is skipped, as a walking path carries no vehicles.
    const foot = [...nodes.keys()].slice(0, 2);
    ways.push({ id: 99_999, refs: foot, tags: { highway: 'footway' } });
    writeFileSync(join(dir, 'roads.osm.pbf'), osmPbfBytes([...nodes.values()].sort((a, b) => a.id - b.id), ways));

    const read = readOsmPbf(join(dir, 'roads.osm.pbf'), 'highway');
    expect(read).toHaveLength(ways.length);
    expect(read[0]).toMatchObject({ feature: 'way 1000', tags: { highway: ways[0].tags.highway } });
    expect(read[0].coords[0]).toHaveLength(ways[0].refs.length);

    const config = readConfig(dir);
    config.roads = { file: 'roads.osm.pbf' };
    const summary = await importScenario(writeConfig(dir, config), join(dir, '..', 'scenario'));
    expect(summary).toMatchObject({ roadNodes: 8099, roadEdges: 8155, crossings: 0 });
    expect(edgeSet(loadScenario(join(dir, '..', 'scenario')))).toEqual(edgeSet(loadScenario(DEMO)));
  });

  it('says so when the file is not an .osm.pbf', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-pbf-bad-'));
    writeFileSync(join(dir, 'x.osm.pbf'), 'not protobuf at all');
    expect(() => readOsmPbf(join(dir, 'x.osm.pbf'), 'highway')).toThrow(/not a readable \.osm\.pbf/);
  });
});
