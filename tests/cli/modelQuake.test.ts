// `tuiyan model quake case.json` as a user runs it: JSON on stdout, each bad field on stderr.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/tuiyan.js');

function tuiyan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tuiyan model quake', () => {
  it('answers the case file and names bad fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-quake-'));
    const good = join(dir, 'quake.json');
    writeFileSync(good, JSON.stringify({ magnitude: 6.5, epicentre: [0, 0], depth: 10000, strike: 0, sites: [[0, 30000]] }));
    const r = tuiyan('model', 'quake', good, '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sites[0].intensity).toBeCloseTo(7.1025, 4);
    expect(j.epicentral.intensity).toBeCloseTo(8.5716, 4);
    const text = tuiyan('model', 'quake', good);
    expect(text.stdout).toMatch(/epicentral intensity 8\.57/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ magnitude: 6.5, epicentre: [0, 0], depth: 10000, strike: 'north' }));
    const b = tuiyan('model', 'quake', bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/bad\.json:strike: must be a number from 0 to 360/);
  });
});
