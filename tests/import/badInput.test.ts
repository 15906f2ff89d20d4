// Bad input to `tuiyan import`: every problem at once as FILE:ROW|FEATURE:field: message,
// exit status 2, and nothing written (no scenario folder, no temp folder left behind).
import { describe, expect, it, beforeAll, vi, afterEach } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/cli/main.ts';
import { exportScenario } from '../../server/gis/exportScenario.ts';
import { DEMO_ANCHOR, parseCrs, transformer } from '../../server/gis/crs.ts';
import { csvText, readTable, utf8Csv } from '../../server/gis/tables.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readConfig, writeConfig } from './bureauFiles.ts';

const DEMO = 'scenarios/demo-district';
let exported: string;

beforeAll(() => {
  exported = join(mkdtempSync(join(tmpdir(), 'tuiyan-bad-')), 'gis');
  exportScenario(DEMO, exported, { crs: parseCrs(DEMO_ANCHOR.crs)!, origin: DEMO_ANCHOR.origin, geographicRasters: false });
});
afterEach(() => { vi.restoreAllMocks(); });

/** A fresh copy of the export to break. */
function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-bad-case-')), 'gis');
  cpSync(exported, dir, { recursive: true });
  return dir;
}

/** Runs the CLI in-process; returns the exit status and what it said on stderr. */
async function tuiyan(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stderr };
}

async function editRegister(dir: string, name: string, edit: (headers: string[], rows: string[][]) => { headers: string[]; rows: string[][] }) {
  const t = await readTable(join(dir, 'registers', `${name}.csv`));
  const out = edit(t.headers, t.rows.map((r) => t.headers.map((h) => r.cells[h])));
  writeFileSync(join(dir, 'registers', `${name}.csv`), utf8Csv(csvText(out.headers, out.rows)));
}

/** A point of the district more than 3 km from every road node, as CGCS2000 lon/lat. */
function farFromRoads(): [number, number] {
  const s = loadScenario(DEMO);
  let best: [number, number] = [0, 0], bestD = 0;
  for (let y = 500; y < 48_000; y += 1000) {
    for (let x = 500; x < 48_000; x += 1000) {
      let d = Infinity;
      for (let n = 0; n < s.roads.nodeCount; n++) d = Math.min(d, Math.hypot(s.roads.nodeX[n] - x, s.roads.nodeY[n] - y));
      if (d > bestD) { bestD = d; best = [x, y]; }
    }
  }
  expect(bestD).toBeGreaterThan(3000);
  const t = transformer(parseCrs(DEMO_ANCHOR.crs)!, parseCrs(4490)!);
  return t(best[0] + DEMO_ANCHOR.origin[0], best[1] + DEMO_ANCHOR.origin[1]);
}

describe('tuiyan import on bad input', () => {
  it('reports every problem of the registers, roads and reservoirs at once and writes nothing', async () => {
    const dir = copy();
    const [farLon, farLat] = farFromRoads();
    await editRegister(dir, 'villages', (headers, rows) => {
      const lon = headers.indexOf('经度'), pop = headers.indexOf('人口'), town = headers.indexOf('所属乡镇');
      rows[0][lon] = '121.5';           // row 2: far east of the district
      rows[1][pop] = '一千';             // row 3: not a number
      rows[2][town] = '不存在镇';         // row 4: no such township
      return { headers, rows };
    });
    await editRegister(dir, 'teamBases', (headers, rows) => {
      rows[0][headers.indexOf('经度')] = farLon.toFixed(7);
      rows[0][headers.indexOf('纬度')] = farLat.toFixed(7);
      return { headers, rows };
    });
    await editRegister(dir, 'reservoirs', (headers, rows) => {
      // Levels below all the ground of its area: no valley is dammed there.
      rows[0][headers.indexOf('汛限水位')] = '1';
      rows[0][headers.indexOf('正常蓄水位')] = '2';
      rows[0][headers.indexOf('坝顶高程')] = '3';
      return { headers, rows };
    });
    const roads = JSON.parse(readFileSync(join(dir, 'roads.geojson'), 'utf8'));
    roads.features[0].properties.highway = 'skyway';
    writeFileSync(join(dir, 'roads.geojson'), JSON.stringify(roads));

    const out = join(dir, '..', 'scenario');
    const r = await tuiyan('import', join(dir, 'import.yaml'), '--out', out);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^registers\/villages\.csv:2:经度: 虎口村 lies outside the district boundary/),
      'registers/villages.csv:3:人口: "一千" is not a whole number ≥ 0',
      'registers/villages.csv:4:所属乡镇: no township "不存在镇" in the townships register',
      expect.stringMatching(/^registers\/teamBases\.csv:2:经度: 云城第一消防站 is \d+\.\d km from the nearest road \(limit 2000 m/),
      expect.stringMatching(/^registers\/reservoirs\.csv:2:坝址经度: reservoir \S+: no ground inside its area lies below the normal level 2 m — no dam across a valley/),
      'roads.geojson:#1:highway: unknown road class "skyway" (map it in roads.classes)',
    ]));
    expect(lines).toHaveLength(6);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(dir, '..')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('names a missing column with the headers the sheet has', async () => {
    const dir = copy();
    await editRegister(dir, 'villages', (headers, rows) => {
      const k = headers.indexOf('人口');
      return { headers: headers.filter((_, i) => i !== k), rows: rows.map((r) => r.filter((_, i) => i !== k)) };
    });
    const r = await tuiyan('import', join(dir, 'import.yaml'), '--out', join(dir, '..', 'scenario'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^registers\/villages\.csv:1:人口: missing column for population \(looked for "人口", "户籍人口", "常住人口"; the sheet has "编号", "村名"/m);
  });

  it('follows a column mapping for a sheet with its own headers, and refuses an unmapped land-cover class', async () => {
    const dir = copy();
    await editRegister(dir, 'villages', (headers, rows) => ({ headers: headers.map((h) => (h === '人口' ? '总人口(人)' : h)), rows }));
    const config = readConfig(dir);
    config.registers.villages.columns = { population: '总人口(人)' };
    delete config.landCover.classes['7']; // bare rock (7) left unmapped
    writeConfig(dir, config);
    const r = await tuiyan('import', join(dir, 'import.yaml'), '--out', join(dir, '..', 'scenario'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^landcover\.tif:class 7: \d+ cells have class 7, which landCover\.classes does not map/)]);
  });

  it('refuses a config with an unknown key or a geographic CRS for the grid, and a bad flag', async () => {
    const dir = copy();
    const config = readConfig(dir);
    writeConfig(dir, { ...config, cellsize: 50 }, 'typo.yaml');
    const typo = await tuiyan('import', join(dir, 'typo.yaml'), '--out', join(dir, '..', 's1'));
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/typo\.yaml:\$: Unrecognized key: "cellsize"/);
    writeConfig(dir, { ...config, crs: 'EPSG:4490' }, 'geo.yaml');
    const geo = await tuiyan('import', join(dir, 'geo.yaml'), '--out', join(dir, '..', 's2'));
    expect(geo.code).toBe(2);
    expect(geo.stderr).toMatch(/geo\.yaml:crs: "EPSG:4490" is not a projected CRS/);
    const flag = await tuiyan('import', join(dir, 'import.yaml'), '--out', 'x', '--cell', '50');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/tuiyan import: unknown option --cell \(known: --out, --json\)/);
    const exp = await tuiyan('export', DEMO, '--out', join(dir, '..', 'e'), '--crs', 'EPSG:4326');
    expect(exp.code).toBe(2);
    expect(exp.stderr).toMatch(/--crs must be a projected CRS/);
    const none = await tuiyan('export', 'scenarios/no-such-district', '--out', join(dir, '..', 'e'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no-such-district\/scenario\.json:\$: file not found/);
  });

  it('never replaces a folder it did not write', async () => {
    const dir = copy();
    const precious = join(dir, '..', 'precious');
    cpSync(join(dir, 'registers'), precious, { recursive: true });
    const imp = await tuiyan('import', join(dir, 'import.yaml'), '--out', precious);
    expect(imp.code).toBe(2);
    expect(imp.stderr).toMatch(/precious exists and is not an earlier output \(it has no source\.json\)/);
    const exp = await tuiyan('export', DEMO, '--out', precious);
    expect(exp.code).toBe(2);
    expect(exp.stderr).toMatch(/precious exists and is not an earlier output \(it has no import\.yaml\)/);
    expect(readdirSync(precious)).toContain('villages.csv');
    expect(readdirSync(join(dir, '..')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
