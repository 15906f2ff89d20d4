// Benchmark rows of issue 17: importing a 50 km × 50 km district from a 30 m DEM (≈ 2.8 M
// cells), 5,000 road lines and 300 villages — aim ≤ 60 s and ≤ 2 GB peak memory on one core.
// The files are made first (importDistrict.ts, not timed); the import runs in a child process
// (importChild.ts) so its peak resident set is its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../cli/benchCommand.ts';
import { DEM_CELL, DISTRICT_SIDE, ROAD_LINES, VILLAGES, writeImportBenchDistrict } from './importDistrict.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ImportRun { seconds: number; peakMb: number; counts: Record<string, number> }

/** Makes the district's files in a temporary folder and imports them once in a child process. */
export async function benchImport(): Promise<ImportRun> {
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-bench-import-'));
  try {
    const config = await writeImportBenchDistrict(join(dir, 'files'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/bench/importChild.ts'), config, join(dir, 'scenario')],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function importFigures(): Promise<Figure[]> {
  const r = await benchImport();
  const cells = Math.ceil(DISTRICT_SIDE / DEM_CELL) ** 2;
  const label = `import a ${DISTRICT_SIDE / 1000} km district: ${DEM_CELL} m DEM (${(cells / 1e6).toFixed(1)} M cells), ${ROAD_LINES.toLocaleString('en')} road lines, ${VILLAGES} villages`;
  const detail = { demCells: cells, roadEdges: r.counts.roadEdges, roadNodes: r.counts.roadNodes, villages: r.counts.villages, gridCells: r.counts.width * r.counts.height };
  return [
    { id: 'importDistrict', label, value: +r.seconds.toFixed(2), unit: 's', aim: '≤ 60 s', met: r.seconds <= 60, detail },
    { id: 'importPeakMemory', label: 'peak memory of that import (its process RSS)', value: +r.peakMb.toFixed(1), unit: 'MB', aim: '≤ 2048 MB', met: r.peakMb <= 2048 },
  ];
}
