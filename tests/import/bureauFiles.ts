// Turns tuiyan's own export into the files a bureau would really bring: the DEM and land cover
// in CGCS2000 longitude/latitude (export --geographic), roads as an OSM-style GeoJSON in WGS 84
// without tuiyan's numbering, the villages register in GB18030, the teams register as an Excel
// workbook, the shelters register with GCJ-02 coordinates (as copied from a Chinese web map).
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as yamlText } from 'yaml';
import { parseCrs, transformer, WGS84 } from '../../server/gis/crs.ts';
import { csvText, readTable, utf8Csv, xlsxBytes } from '../../server/gis/tables.ts';
import { wgs84ToGcj02 } from '../../scenarios/import/gcj02.ts';

export function readConfig(dir: string): Record<string, any> {
  return parseYaml(readFileSync(join(dir, 'import.yaml'), 'utf8'));
}

export function writeConfig(dir: string, config: Record<string, unknown>, name = 'import.yaml'): string {
  writeFileSync(join(dir, name), yamlText(config));
  return join(dir, name);
}

/** Rewrites an export (made with --geographic) in place into bureau-style files; returns the config path. */
export async function bureauStyle(dir: string): Promise<string> {
  const config = readConfig(dir);
  // Roads: RFC 7946 GeoJSON (WGS 84 lon/lat, no crs member), OSM tags only.
  const roads = JSON.parse(readFileSync(join(dir, 'roads.geojson'), 'utf8'));
  const toWgs = transformer(parseCrs(config.crs)!, WGS84);
  const osm = {
    type: 'FeatureCollection',
    features: roads.features.map((f: any) => ({
      type: 'Feature',
      properties: Object.fromEntries(Object.entries(f.properties).filter(([k]) => ['highway', 'bridge', 'layer'].includes(k))),
      geometry: { type: 'LineString', coordinates: f.geometry.coordinates.map(([x, y]: number[]) => toWgs(x, y)) },
    })),
  };
  writeFileSync(join(dir, 'roads-osm.geojson'), JSON.stringify(osm));
  config.roads = { file: 'roads-osm.geojson' };
  // Villages: the GB18030 file, encoding left to detection.
  config.registers.villages = { file: 'registers/villages.gb18030.csv', coordinates: 'cgcs2000' };
  // Teams: an Excel workbook.
  const teams = await readTable(join(dir, 'registers/teams.csv'));
  writeFileSync(join(dir, 'registers/teams.xlsx'), await xlsxBytes('救援队伍', teams.headers, teams.rows.map((r) => teams.headers.map((h) => r.cells[h]))));
  config.registers.teams = { file: 'registers/teams.xlsx' };
  // Shelters: GCJ-02 coordinates.
  const shelters = await readTable(join(dir, 'registers/shelters.csv'));
  const rows = shelters.rows.map((r) => {
    const [lon, lat] = wgs84ToGcj02(Number(r.cells['经度']), Number(r.cells['纬度']));
    return shelters.headers.map((h) => (h === '经度' ? lon.toFixed(8) : h === '纬度' ? lat.toFixed(8) : r.cells[h]));
  });
  writeFileSync(join(dir, 'registers/shelters-gcj02.csv'), utf8Csv(csvText(shelters.headers, rows)));
  config.registers.shelters = { file: 'registers/shelters-gcj02.csv', coordinates: 'gcj02' };
  rmSync(join(dir, 'roads.geojson'));
  return writeConfig(dir, config);
}
