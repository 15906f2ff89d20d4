// `tuiyan model dambreak <scenario> --write`: the flood model run once on a dam break of a
// scenario's reservoir, the zone written into that folder's scenario.json, which still checks
// and resolves with the shelters and villages inside; bad input exits 2 naming it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { miniScenarioJson, writeMiniScenario } from '../fixtures/miniScenario.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';

const BIN = join(import.meta.dirname, '../../bin/tuiyan.js');
const tuiyan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('tuiyan model dambreak', () => {
  it('writes the zone into the scenario, which then holds the places below the dam', () => {
    const json = miniScenarioJson();
    // The mini district rises 2 m a row to the north: a pool in its top third, the dam below it.
    json.reservoirs = [{ id: 'r1', name: { zh: '北山水库' }, x: 1500, y: 1950, class: 'small', normalLevel: 154, floodLimitLevel: 152, damCrest: 158, storage: 2_000_000, area: [[0, 2000], [3000, 2000], [3000, 3000], [0, 3000]] }];
    const dir = writeMiniScenario(json);
    const r = tuiyan('model', 'dambreak', dir, '--hours', '3', '--write', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.zones[0]).toMatchObject({ reservoir: 'r1', hours: 3, depth: 0.15, poolLevel: 158 });
    expect(out.zones[0].areaKm2).toBeGreaterThan(0);
    const written = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));
    expect(written.damBreakZones[0].runs.length).toBeGreaterThan(0);
    expect(tuiyan('check', dir).code).toBe(0);
    const s = loadScenario(dir);
    expect(s.damBreakZones![0].shelters).toEqual(out.zones[0].shelters);
    expect(s.damBreakZones![0].villages).toEqual(out.zones[0].villages);
    const bad = tuiyan('model', 'dambreak', dir, '--reservoir', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--reservoir: no reservoir "nope"/);
  });
});
