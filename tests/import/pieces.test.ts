// The importer's parts on small cases that can be checked by hand: GCJ-02, the road topology
// rules, and DEM tiles with a nodata hole.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../scenarios/import/gcj02.ts';
import { buildRoadNetwork, type RoadLineIn } from '../../scenarios/import/roadNetwork.ts';
import { fillGaps, sampleBilinear, sampleNearest } from '../../scenarios/import/sourceRaster.ts';
import { exportScenario } from '../../server/gis/exportScenario.ts';
import { importScenario } from '../../server/gis/importScenario.ts';
import { DEMO_ANCHOR, parseCrs } from '../../server/gis/crs.ts';
import { geotiffBytes, readGeotiff } from '../../server/gis/geotiffFiles.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readConfig, writeConfig } from './bureauFiles.ts';
import { csvText, gb18030Csv, readTable, utf8Csv } from '../../server/gis/tables.ts';
import ExcelJS from 'exceljs';

/** Metres between two lon/lat points (equirectangular, fine over a kilometre). */
const metres = (a: [number, number], b: [number, number]) => {
  const k = Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111_320;
};

describe('GCJ-02', () => {
  it('offsets a point in Beijing by a few hundred metres and the inverse undoes it to a centimetre', () => {
    const wgs: [number, number] = [116.3913, 39.9062];
    const gcj = wgs84ToGcj02(...wgs);
    const offset = metres(wgs, gcj);
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(700);
    expect(metres(gcj02ToWgs84(...gcj), wgs)).toBeLessThan(0.01);
  });
  it('leaves points outside China alone', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
  });
});

describe('road topology', () => {
  const line = (feature: string, coords: [number, number][], layer = 0): RoadLineIn => ({ feature, cls: 'county', layer, coords });
  const degreeAt = (net: ReturnType<typeof buildRoadNetwork>, x: number, y: number) => {
    const n = net.nodes.findIndex(([a, b]) => a === x && b === y);
    return n < 0 ? -1 : net.edges.filter(([a, b]) => a === n || b === n).length;
  };

  it('joins a line ending 5 m short of another road to it, splitting that road there', () => {
    const net = buildRoadNetwork([line('#1', [[0, 0], [1000, 0]]), line('#2', [[500, 5], [500, 800]])], 20);
    expect(net.snapped).toBe(1);
    expect(net.edges).toHaveLength(3);
    expect(degreeAt(net, 500, 5)).toBe(3);
  });

  it('makes a junction where two roads cross at grade, and none where a bridge crosses', () => {
    const atGrade = buildRoadNetwork([line('#1', [[0, 0], [1000, 0]]), line('#2', [[500, -500], [500, 500]])], 20);
    expect(atGrade.crossings).toBe(1);
    expect(degreeAt(atGrade, 500, 0)).toBe(4);
    const bridge = buildRoadNetwork([line('#1', [[0, 0], [1000, 0]]), line('#2', [[500, -500], [500, 500]], 1)], 20);
    expect(bridge.crossings).toBe(0);
    expect(bridge.edges).toHaveLength(2);
    expect(degreeAt(bridge, 500, 0)).toBe(-1);
  });

  it('makes one node of vertices at the same place, and leaves far ends alone', () => {
    const net = buildRoadNetwork([line('#1', [[0, 0], [100, 0], [200, 0]]), line('#2', [[100, 0], [100, 300]]), line('#3', [[300, 300], [400, 300]])], 20);
    expect(net.nodes).toHaveLength(6);
    expect(degreeAt(net, 100, 0)).toBe(3);
    expect(net.snapped).toBe(0);
  });
});

describe('rasters', () => {
  it('samples at pixel centres exactly and fills a hole from its edges', () => {
    const r = { width: 3, height: 2, data: [1, 2, 3, 4, 5, -1], west: 0, north: 20, resX: 10, resY: 10, nodata: -1 };
    expect(sampleBilinear(r, 15, 15)).toBe(2);
    expect(sampleBilinear(r, 10, 15)).toBe(1.5);
    expect(sampleNearest(r, 25, 5)).toBeNaN();
    expect(sampleBilinear(r, 25, 5)).toBeNaN(); // the centre of a nodata pixel
    // Between pixels 2, 3, 5 and a nodata one: the nodata neighbour carries no weight.
    expect(sampleBilinear(r, 22, 7)).toBeCloseTo((0.06 * 2 + 0.14 * 3 + 0.24 * 5) / 0.44, 10);
    const v = Float32Array.from([1, NaN, NaN, 4]);
    expect(fillGaps(4, 1, v)).toBe(2);
    expect(Array.from(v)).toEqual([1, 1, 4, 4]);
  });

  it('mosaics DEM tiles (west and east halves) with a nodata hole into the district\'s elevation', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-tiles-')), 'gis');
    exportScenario('scenarios/demo-district', dir, { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    const dem = await readGeotiff(join(dir, 'dem.tif'));
    const half = dem.width / 2 + 10; // the tiles overlap by 20 columns
    for (const [name, from] of [['west', 0], ['east', dem.width - half]] as const) {
      const data = new Float32Array(half * dem.height);
      for (let j = 0; j < dem.height; j++) for (let i = 0; i < half; i++) data[j * half + i] = dem.data[j * dem.width + from + i];
      // A 5 × 5 hole of nodata in the west tile, away from the overlap.
      if (name === 'west') for (let j = 100; j < 105; j++) for (let i = 100; i < 105; i++) data[j * half + i] = -9999;
      writeFileSync(join(dir, `dem-${name}.tif`), geotiffBytes({
        width: half, height: dem.height, data, west: dem.west + from * dem.resX, north: dem.north, resX: dem.resX, resY: dem.resY,
        epsg: dem.epsg!, geographic: false, nodata: -9999,
      }));
    }
    rmSync(join(dir, 'dem.tif'));
    const config = readConfig(dir);
    config.dem = { files: ['dem-west.tif', 'dem-east.tif'] };
    await importScenario(writeConfig(dir, config), join(dir, '..', 'scenario'));
    const original = loadScenario('scenarios/demo-district'), again = loadScenario(join(dir, '..', 'scenario'));
    const { width, height } = original.grid;
    let same = 0, filled = 0;
    const inHole = (i: number, j: number) => i >= 100 && i < 105 && height - 1 - j >= 100 && height - 1 - j < 105; // rows from the north
    // The filled cells take values between the lowest and highest ground of the hole's rim.
    let rimLow = Infinity, rimHigh = -Infinity;
    for (let j = 0; j < height; j++) {
      for (let i = 0; i < width; i++) {
        const c = j * width + i;
        const rim = !inHole(i, j) && i >= 99 && i <= 105 && height - 1 - j >= 99 && height - 1 - j <= 105;
        if (rim) { rimLow = Math.min(rimLow, original.elevation[c]); rimHigh = Math.max(rimHigh, original.elevation[c]); }
        if (!inHole(i, j) && again.elevation[c] === original.elevation[c]) same++;
      }
    }
    for (let j = 0; j < height; j++) {
      for (let i = 0; i < width; i++) {
        const v = again.elevation[j * width + i];
        if (inHole(i, j) && v >= rimLow && v <= rimHigh && v !== original.elevation[j * width + i]) filled++;
      }
    }
    expect(same).toBe(width * height - 25);
    expect(filled).toBe(25);
  });

  it('finds each reservoir\'s water area on the DEM when no polygon is given (the basin its dam closes below the normal level), with the default storm and an empty script', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-basins-')), 'gis');
    exportScenario('scenarios/demo-district', dir, { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    const config = readConfig(dir);
    delete config.reservoirAreas;
    // Without a weather day or a script of its own the district gets the default storm and an empty script.
    delete config.weather;
    delete config.script;
    await importScenario(writeConfig(dir, config), join(dir, '..', 'scenario'));
    const original = loadScenario('scenarios/demo-district'), again = loadScenario(join(dir, '..', 'scenario'));
    expect(again.injects).toEqual([]);
    expect(again.rainZones.map((z) => z.id)).toEqual(['district']);
    expect(again.rainZone.every((z) => z === 1)).toBe(true);
    expect(Math.max(...again.rain[0].series.map(([, mmh]) => mmh))).toBe(30);
    expect(again.reservoirs).toHaveLength(12);
    for (const r of original.reservoirs) {
      const found = again.reservoirs.find((x) => x.id === r.id)!;
      const inOriginal = new Set(r.poolCells);
      // The scenario's polygons hold the ground up to the dam crest; the basin stops at the normal level.
      expect(Array.from(found.poolCells).every((c) => inOriginal.has(c)), r.id).toBe(true);
      expect(found.poolCells.length / r.poolCells.length, r.id).toBeGreaterThan(0.7);
    }
  });

  it('carries levees, a scenario that extends another, and its plan through export and import', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tuiyan-levees-'));
    const own = join(root, 'with-levee');
    mkdirSync(own);
    const levee = { id: 'levee-chaohe', name: { zh: '潮河右岸堤防', en: 'Chao River right-bank levee' }, line: [[20050, 9050], [21050, 9550], [22050, 9550]], height: 3.5 };
    writeFileSync(join(own, 'scenario.json'), JSON.stringify({ extends: resolve('scenarios/demo-district'), id: 'with-levee', levees: [levee] }));
    writeFileSync(join(own, 'plan.json'), readFileSync('scenarios/demo-district/plan.json'));
    const files = exportScenario(own, join(root, 'gis'), { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    expect(files).toEqual(expect.arrayContaining(['levees.geojson', 'plan.json']));
    await importScenario(join(root, 'gis', 'import.yaml'), join(root, 'scenario'));
    const again = loadScenario(join(root, 'scenario'));
    expect(again.id).toBe('with-levee');
    expect(again.levees).toEqual([levee]);
    expect(readFileSync(join(root, 'scenario', 'plan.json'), 'utf8')).toBe(readFileSync('scenarios/demo-district/plan.json', 'utf8'));
  });

  it('reads land cover from polygons with land-survey (三调) codes through an editable class table', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-landuse-')), 'gis');
    exportScenario('scenarios/demo-district', dir, { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
    const lc = await readGeotiff(join(dir, 'landcover.tif'));
    // 地类编码 for tuiyan's classes: 水域 1101, 乔木林地 0301, 灌木林地 0305, 天然牧草地 0401, 水田 0101, 城镇住宅用地 0702, 裸岩石砾地 1206.
    const DLBM = ['', '1101', '0301', '0305', '0401', '0101', '0702', '1206'];
    const features: unknown[] = [];
    // Each run of one class along a row becomes a rectangle (a 图斑), in the export's CRS.
    for (let j = 0; j < lc.height; j++) {
      for (let i = 0; i < lc.width;) {
        const v = lc.data[j * lc.width + i];
        let k = i;
        while (k < lc.width && lc.data[j * lc.width + k] === v) k++;
        const x0 = lc.west + i * lc.resX, x1 = lc.west + k * lc.resX, y1 = lc.north - j * lc.resY, y0 = y1 - lc.resY;
        features.push({ type: 'Feature', properties: { DLBM: DLBM[v] }, geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } });
        i = k;
      }
    }
    writeFileSync(join(dir, 'landuse.geojson'), JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4548' } }, features }));
    const config = readConfig(dir);
    config.landCover = { file: 'landuse.geojson', classes: { 1101: 'water', '0301': 'forest', '0305': 'shrub', '0401': 'grass', '0101': 'cropland', '0702': 'built', 1206: 'bare' } };
    await importScenario(writeConfig(dir, config), join(dir, '..', 'scenario'));
    const again = loadScenario(join(dir, '..', 'scenario'));
    expect(Buffer.from(again.landCover).equals(Buffer.from(loadScenario('scenarios/demo-district').landCover))).toBe(true);
  });
});

describe('registers', () => {
  it('reads an Excel sheet as it shows: rich text, formula results and link texts, blank rows skipped', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('险村台账');
    sheet.addRow(['村名', '人口', '备注']);
    sheet.addRow([{ richText: [{ text: '虎口' }, { text: '村', font: { bold: true } }] }, { formula: '600+37', result: 637 }, { text: '村委会', hyperlink: 'http://example.org' }]);
    sheet.addRow([]);
    sheet.addRow(['北陈洼村', 1839, '']);
    const file = join(mkdtempSync(join(tmpdir(), 'tuiyan-xlsx-')), 'villages.xlsx');
    await book.xlsx.writeFile(file);
    const t = await readTable(file);
    expect(t.headers).toEqual(['村名', '人口', '备注']);
    expect(t.rows).toEqual([
      { row: 2, cells: { 村名: '虎口村', 人口: '637', 备注: '村委会' } },
      { row: 4, cells: { 村名: '北陈洼村', 人口: '1839', 备注: '' } },
    ]);
  });

  it('tells GB18030 from UTF-8 by itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-enc-'));
    const text = csvText(['村名', '所属乡镇'], [['虎口村', '云城街道']]);
    writeFileSync(join(dir, 'gb.csv'), gb18030Csv(text));
    writeFileSync(join(dir, 'utf8.csv'), utf8Csv(text));
    for (const f of ['gb.csv', 'utf8.csv']) expect((await readTable(join(dir, f))).rows[0].cells).toEqual({ 村名: '虎口村', 所属乡镇: '云城街道' });
    await expect(readTable(join(dir, 'gb.csv'), 'utf8')).rejects.toThrow(/not valid UTF-8/);
  });
});

