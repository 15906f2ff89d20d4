// `tuiyan model typhoon case.json` as a user runs it: JSON on stdout, each bad field on stderr.
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

describe('tuiyan model typhoon', () => {
  it('answers the case file with the wind peaking at Rmax, and names bad fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-typhoon-'));
    const good = join(dir, 'typhoon.json');
    writeFileSync(good, JSON.stringify({ centralPressure: 950, ambientPressure: 1010, rmax: 30000, b: 1.5, radii: [15000, 30000, 60000] }));
    const r = tuiyan('model', 'typhoon', good, '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.maxWind).toBeCloseTo(53.657, 3);
    expect(j.peak.r).toBe(30000);
    const winds = j.profile.map((p: { wind: number }) => p.wind);
    expect(winds[1]).toBeGreaterThan(winds[0]);
    expect(winds[1]).toBeGreaterThan(winds[2]);
    expect(tuiyan('model', 'typhoon', good).stdout).toMatch(/Holland Vm 53\.66 m\/s/);
    // Moving north-west at 6 m/s: the right of the track stronger by about 2 × 0.55 × 6 = 6.6 m/s.
    const moving = join(dir, 'moving.json');
    writeFileSync(moving, JSON.stringify({ centralPressure: 950, ambientPressure: 1010, rmax: 30000, b: 1.5, translationSpeed: 6, heading: 315, radii: [30000] }));
    const m = JSON.parse(tuiyan('model', 'typhoon', moving, '--json').stdout);
    expect(m.motion.right.wind - m.motion.left.wind).toBeCloseTo(6.6, 1);
    expect(m.profile[0].right).toBeCloseTo(53.657 + 3.3, 3);
    expect(tuiyan('model', 'typhoon', moving).stdout).toMatch(/right of the track: strongest 56\.96 m\/s at 30\.00 km; left: 50\.\d\d m\/s .*right − left 6\.\d\d m\/s/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ centralPressure: 950, ambientPressure: 1010, rmax: 30000, b: 0.5 }));
    const b = tuiyan('model', 'typhoon', bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/bad\.json:b: must be a number from 1 to 2\.5/);
  });
});
