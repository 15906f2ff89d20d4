// The synthetic district of issue 17's import benchmark: 50 km × 50 km from a 30 m DEM
// (1,667² ≈ 2.8 million cells), 5,000 road lines and a 300-village register, as a bureau would
// bring them. It starts from `tuiyan export` of the demo district (so shelters, teams, depots,
// reservoirs and their valleys are real-looking and consistent), then replaces the boundary,
// the DEM, the roads and the villages register with bigger synthetic ones. A local LCG keeps
// every run importing the same files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as yamlText } from 'yaml';
import { DEMO_ANCHOR, parseCrs, transformer } from '../gis/crs.ts';
import { exportScenario } from '../gis/exportScenario.ts';
import { geotiffBytes, readGeotiff } from '../gis/geotiffFiles.ts';
import { readTable, csvText, utf8Csv } from '../gis/tables.ts';

export const DISTRICT_SIDE = 50_000; // m
export const DEM_CELL = 30; // m
export const ROAD_LINES = 5_000;
export const VILLAGES = 300;

/** Numerical Recipes LCG, returned as a float in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Bilinear sample of a north-up raster at (x, y) in its CRS, clamped at the edges. */
function sampler(r: { width: number; height: number; data: ArrayLike<number>; west: number; north: number; resX: number; resY: number }) {
  return (x: number, y: number): number => {
    const fx = Math.min(Math.max((x - r.west) / r.resX - 0.5, 0), r.width - 1);
    const fy = Math.min(Math.max((r.north - y) / r.resY - 0.5, 0), r.height - 1);
    const i0 = Math.floor(fx), j0 = Math.floor(fy);
    const i1 = Math.min(i0 + 1, r.width - 1), j1 = Math.min(j0 + 1, r.height - 1);
    const ax = fx - i0, ay = fy - j0;
    const at = (i: number, j: number) => r.data[j * r.width + i];
    return (at(i0, j0) * (1 - ax) + at(i1, j0) * ax) * (1 - ay) + (at(i0, j1) * (1 - ax) + at(i1, j1) * ax) * ay;
  };
}

/** Writes the benchmark district's files into `dir` (replacing it); returns the config path. */
export async function writeImportBenchDistrict(dir: string): Promise<string> {
  const [west, south] = DEMO_ANCHOR.origin;
  const crs = parseCrs(DEMO_ANCHOR.crs)!;
  exportScenario('scenarios/demo-district', dir, { crs, origin: [west, south], geographicRasters: false });
  const config = parseYaml(readFileSync(join(dir, 'import.yaml'), 'utf8'));
  const east = west + DISTRICT_SIDE, north = south + DISTRICT_SIDE;

  // Boundary: the 50 km square.
  const crsMember = { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${crs.epsg}` } };
  const square = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  writeFileSync(join(dir, 'boundary.geojson'), JSON.stringify({
    type: 'FeatureCollection', crs: crsMember, features: [{ type: 'Feature', properties: { name: 'bench' }, geometry: { type: 'Polygon', coordinates: [square] } }],
  }));

  // DEM: the demo's 100 m terrain resampled to 30 m over the larger square, with a metre of
  // cell-scale roughness so the file is not a smooth interpolation (it compresses like a real DEM).
  const demo = await readGeotiff(join(dir, 'dem.tif'));
  const height = sampler(demo);
  const side = Math.ceil(DISTRICT_SIDE / DEM_CELL);
  const dem = new Float32Array(side * side);
  const rough = lcg(17);
  for (let j = 0; j < side; j++) {
    const y = north - (j + 0.5) * DEM_CELL;
    for (let i = 0; i < side; i++) dem[j * side + i] = height(west + (i + 0.5) * DEM_CELL, y) + (rough() - 0.5);
  }
  writeFileSync(join(dir, 'dem.tif'), geotiffBytes({
    width: side, height: side, data: dem, west, north, resX: DEM_CELL, resY: DEM_CELL, epsg: crs.epsg!, geographic: false, nodata: -9999,
  }));

  // Roads: a jittered lattice of links about 1 km apart, each a polyline of five vertices, OSM tags.
  const rand = lcg(20260716);
  const n = 51; // 51 × 51 junctions give 2 × 51 × 50 = 5,100 links; the first 5,000 are kept
  const spacing = DISTRICT_SIDE / n;
  const node = (i: number, j: number): [number, number] =>
    [west + (i + 0.5) * spacing + 0.3 * spacing * (lcg(i * 1000 + j)() - 0.5), south + (j + 0.5) * spacing + 0.3 * spacing * (lcg(j * 1000 + i + 500_000)() - 0.5)];
  const tags = ['trunk', 'secondary', 'tertiary', 'unclassified', 'unclassified', 'track'];
  const features: unknown[] = [];
  for (let j = 0; j < n && features.length < ROAD_LINES; j++) {
    for (let i = 0; i < n && features.length < ROAD_LINES; i++) {
      for (const [di, dj] of [[1, 0], [0, 1]]) {
        if (i + di >= n || j + dj >= n || features.length >= ROAD_LINES) continue;
        const a = node(i, j), b = node(i + di, j + dj);
        const line: number[][] = [];
        for (let k = 0; k <= 4; k++) {
          const t = k / 4, wiggle = k === 0 || k === 4 ? 0 : 40 * (rand() - 0.5);
          line.push([a[0] + (b[0] - a[0]) * t + wiggle * dj, a[1] + (b[1] - a[1]) * t + wiggle * di]);
        }
        features.push({ type: 'Feature', properties: { highway: tags[Math.floor(rand() * tags.length)] }, geometry: { type: 'LineString', coordinates: line } });
      }
    }
  }
  writeFileSync(join(dir, 'roads.geojson'), JSON.stringify({ type: 'FeatureCollection', crs: crsMember, features }));

  // Villages: 300 rows beside road junctions, in the demo's townships, CGCS2000 longitude/latitude.
  const townships = (await readTable(join(dir, 'registers/townships.csv'))).rows.map((r) => r.cells['乡镇名称']);
  const toGeo = transformer(crs, parseCrs(4490)!);
  const headers = ['编号', '村名', '所属乡镇', '人口', '户数', '险户', '险户人口', '弱势人口', '经度', '纬度'];
  const rows: (string | number)[][] = [];
  for (let k = 0; k < VILLAGES; k++) {
    const [x, y] = node(Math.floor(rand() * n), Math.floor(rand() * n));
    const [lon, lat] = toGeo(x + 150, y + 150);
    const households = 50 + Math.floor(rand() * 400);
    const atRisk = Math.floor(rand() * 10);
    rows.push([`bench-${k}`, `测试${k + 1}村`, townships[k % townships.length], households * 3, households, atRisk, atRisk * 3, atRisk, lon.toFixed(7), lat.toFixed(7)]);
  }
  writeFileSync(join(dir, 'registers/villages.csv'), utf8Csv(csvText(headers, rows)));

  // The demo's script, plan and levees name demo villages and roads that the bench replaced.
  delete config.script;
  delete config.plan;
  delete config.levees;
  config.rivers = { fromDem: true };
  config.landCover.fallback = 'cropland'; // the demo's land cover is 48 km square
  writeFileSync(join(dir, 'import.yaml'), yamlText(config));
  return join(dir, 'import.yaml');
}
