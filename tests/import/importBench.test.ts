// The import benchmark's synthetic district (issue 17's performance row) is the size the issue
// names, and imports cleanly: otherwise `tuiyan bench` would time the wrong thing or an error.
// Sizes and counts only — the time and memory figures are for `tuiyan bench` to report.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGeotiff } from '../../server/gis/geotiffFiles.ts';
import { readTable } from '../../server/gis/tables.ts';
import { writeImportBenchDistrict } from '../../server/bench/importDistrict.ts';
import { benchImport } from '../../server/bench/importBench.ts';

describe('import benchmark district', () => {
  it('is 50 km square from a 30 m DEM (≈ 2.8 M cells), with 5,000 road lines and 300 villages', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuiyan-import-bench-')), 'files');
    await writeImportBenchDistrict(dir);
    const dem = await readGeotiff(join(dir, 'dem.tif'));
    expect(dem.resX).toBe(30);
    expect(dem.width * dem.resX).toBeGreaterThanOrEqual(50_000);
    expect(dem.width * dem.height).toBeGreaterThan(2_750_000);
    // Terrain, not a flat plate: the demo's reservoir valleys and ridges are still in it.
    let lo = Infinity, hi = -Infinity;
    for (let k = 0; k < dem.data.length; k += 97) { lo = Math.min(lo, dem.data[k]); hi = Math.max(hi, dem.data[k]); }
    expect(hi - lo).toBeGreaterThan(300);
    const roads = JSON.parse(readFileSync(join(dir, 'roads.geojson'), 'utf8'));
    expect(roads.features).toHaveLength(5_000);
    const villages = await readTable(join(dir, 'registers/villages.csv'));
    expect(villages.rows).toHaveLength(300);
  });

  it('imports in a child process that reports its own peak memory', async () => {
    const r = await benchImport();
    expect(r.counts).toMatchObject({ width: 500, height: 500, villages: 300, reservoirs: 12, roadEdges: 20_000 });
    expect(r.peakMb).toBeGreaterThan(50);
  });
});
