// `tuiyan model plume case.json` as a user runs it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/tuiyan.js');
const tuiyan = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });

describe('tuiyan model plume', () => {
  it('answers a case file in JSON and in words, and reports bad input by path with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-plume-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ release: { rate: 0.37 }, height: 40, wind: { speed: 2, dir: 90 }, stability: 'B', sigma: 'pasquillGifford', receptors: [[280, 0]] }));
    const j = tuiyan('model', 'plume', file, '--json');
    expect(j.status, j.stderr).toBe(0);
    const c = JSON.parse(j.stdout).receptors[0].concentration;
    expect(Math.abs(c - 1.56e-5) / 1.56e-5).toBeLessThan(0.02);
    const words = tuiyan('model', 'plume', file);
    expect(words.stdout).toMatch(/\(280, 0\) m: 1\.5\d+e-5 g\/m³/);
    // Turner's Workbook (1970), ch. 3 problem 2: 80 g/s at 60 m, 6 m/s, class D, 500 m downwind,
    // σy = 36 m and σz = 18.5 m read off his figures → 3.3 × 10⁻⁵ g/m³.
    writeFileSync(file, JSON.stringify({ release: { rate: 80 }, height: 60, wind: { speed: 6, dir: 0 }, stability: 'D', sigmaValues: { y: 36, z: 18.5 }, receptors: [[0, 500]] }));
    const turner = tuiyan('model', 'plume', file, '--json');
    expect(turner.status, turner.stderr).toBe(0);
    const ct = JSON.parse(turner.stdout).receptors[0].concentration;
    expect(Math.abs(ct - 3.3e-5) / 3.3e-5).toBeLessThan(0.02);
    writeFileSync(file, JSON.stringify({ release: { rate: 1 }, wind: { speed: 2, dir: 90 }, stability: 'Q', receptors: [[1, 1]] }));
    const bad = tuiyan('model', 'plume', file);
    expect(bad.status).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/stability/);
  });
});
