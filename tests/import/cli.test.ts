// `tuiyan export` and `tuiyan import` as a user runs them: JSON on stdout, exit 0, and a folder
// that `tuiyan check` accepts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/tuiyan.js');

function tuiyan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tuiyan export / import', () => {
  it('exports the demo district, imports it back, and check accepts the result', () => {
    const root = mkdtempSync(join(tmpdir(), 'tuiyan-cli-gis-'));
    const exp = tuiyan('export', 'scenarios/demo-district', '--out', join(root, 'gis'), '--json');
    expect(exp.code, exp.stderr).toBe(0);
    const e = JSON.parse(exp.stdout);
    expect(e).toMatchObject({ crs: 'EPSG:4548', origin: [476000, 4466000] });
    expect(e.files).toContain('registers/teams.gb18030.csv');

    const imp = tuiyan('import', join(root, 'gis', 'import.yaml'), '--out', join(root, 'our-district'), '--json');
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ width: 480, height: 480, villages: 238, teams: 68, reservoirs: 12, roadEdges: 8155 });

    const check = tuiyan('check', join(root, 'our-district'));
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toMatch(/ok: demo-district — 480×480 cells of 100 m, 8099 road nodes, 8155 edges/);
  });

  it('exits 2 on a missing config', () => {
    const r = tuiyan('import', 'nowhere/import.yaml', '--out', join(tmpdir(), 'never-written'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere\/import\.yaml:\$: file not found/);
  });
});
