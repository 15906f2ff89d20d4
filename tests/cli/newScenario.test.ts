// `tuiyan new scenario --from SCENARIO DIR`: a variant of a shipped day (start, rain, a fuller
// reservoir, roads and power cut from the start, the script kept or replaced) that passes
// `tuiyan check` and runs, with the changes in force in the sim; bad options exit 2 naming the
// flag, and nothing is written.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { Driver } from '../../runtime/driver.ts';
import { scenarioPath, SCENARIOS_ROOT } from '../../server/newScenario.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/tuiyan.js');

function tuiyan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tuiyan new scenario', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tuiyan-new-'));

  it('writes a variant of the storm day that passes check, runs, and starts as asked', () => {
    const dir = join(tmp, 'storm-b');
    const made = tuiyan('new', 'scenario', '--from', 'demo-district', dir, '--name', '云岭区暴雨（加强版）', '--start', '2026-08-02T05:00:00+08:00',
      '--rain-scale', '1.3', '--rain-shift', '-1h', '--reservoirs', 'res-yunling=153.5', '--cut-roads', '2576,2595', '--outages', 'hupan-xiachang=power+comms', '--json');
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ ok: true, id: 'storm-b', files: ['scenario.json', 'plan.json'] });

    const check = tuiyan('check', dir);
    expect(check.code, check.stderr + check.stdout).toBe(0);
    expect(tuiyan('check', join(dir, 'plan.json')).code).toBe(0);
    const run = tuiyan('run', dir, '--until', '2h', '--plan', 'auto', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ scenario: 'storm-b', ticks: 7200 });

    const json = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));
    const base = JSON.parse(readFileSync(join(ROOT, 'scenarios/demo-district/scenario.json'), 'utf8'));
    expect(json.extends).toBeUndefined();
    expect(json.name.zh).toBe('云岭区暴雨（加强版）');
    expect(json.start).toBe('2026-08-02T05:00:00+08:00');
    // The world is the template's, untouched.
    expect(json.roads).toEqual(base.roads);
    expect(json.villages).toEqual(base.villages);
    // Rain 30 % heavier and an hour earlier: the template's 6 h peak of 55 mm/h is now at 5 h, 71.5 mm/h.
    const mountains = json.weather.rain.find((r: any) => r.zone === 'mountains').series;
    expect(mountains).toContainEqual(['18000', 71.5]);
    // The script is kept, after the day's own start: roads cut and power out at t = 0.
    expect(json.injects.slice(0, 2).map((i: any) => i.kind)).toEqual(['closeRoad', 'outage']);
    expect(json.injects.length).toBe(base.injects.length + 2);

    const scenario = loadScenario(dir);
    const driver = new Driver({ scenario, seed: 1 });
    expect(driver.sim.state.entities.hazards.reservoirs['res-yunling'].level).toBeGreaterThan(153);
    const template = new Driver({ scenario: loadScenario(join(ROOT, 'scenarios/demo-district')), seed: 1 });
    expect(template.sim.state.entities.hazards.reservoirs['res-yunling'].level).toBeLessThan(152);
    driver.advanceTo(60);
    expect(driver.sim.state.fields.edgeClosed[2576]).not.toBe(0);
    expect(driver.sim.state.fields.edgeClosed[2595]).not.toBe(0);
  }, 300_000);

  it('takes a new script from a file, or none', () => {
    const script = join(tmp, 'script.json');
    writeFileSync(script, JSON.stringify([{ id: 'call-1', t: '30m', kind: 'message', payload: { from: { zh: '村民' }, text: { zh: '河水上涨了' } }, visibleTo: ['chief'] }]));
    // The template's plan waits for injects the new script lacks: refused, naming them, nothing written.
    const refused = tuiyan('new', 'scenario', '--from', 'demo-district-fire', join(tmp, 'fire-b'), '--script', script);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--plan: 模板预案引用了新想定中没有的内容');
    expect(refused.stderr).toContain('no inject "fire-danger"');
    expect(existsSync(join(tmp, 'fire-b'))).toBe(false);
    const a = tuiyan('new', 'scenario', '--from', 'demo-district-fire', join(tmp, 'fire-b'), '--script', script, '--plan', 'none', '--wind', '8,135', '--moisture', 'd1=4,d10=6', '--json');
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).files).toEqual(['scenario.json']);
    const json = JSON.parse(readFileSync(join(tmp, 'fire-b/scenario.json'), 'utf8'));
    expect(json.injects.map((i: any) => i.id)).toEqual(['call-1']);
    expect(json.weather.wind).toEqual({ speed: 8, dir: 135 });
    expect(json.weather.moisture).toMatchObject({ d1: 4, d10: 6 });
    expect(tuiyan('check', join(tmp, 'fire-b')).code).toBe(0);
    const b = tuiyan('new', 'scenario', '--from', 'demo-district', join(tmp, 'quiet'), '--script', 'empty', '--plan', 'none', '--json');
    expect(b.code, b.stderr).toBe(0);
    expect(tuiyan('check', join(tmp, 'quiet')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp, 'quiet/scenario.json'), 'utf8')).injects).toEqual([]);
  }, 300_000);

  it('refuses bad options with exit 2, naming the flag, and writes nothing', () => {
    const dir = join(tmp, 'bad');
    const noRes = tuiyan('new', 'scenario', '--from', 'demo-district', dir, '--reservoirs', 'res-nope=100');
    expect(noRes.code).toBe(2);
    expect(noRes.stderr).toContain('--reservoirs.res-nope: no reservoir "res-nope"');
    const overCrest = tuiyan('new', 'scenario', '--from', 'demo-district', dir, '--reservoirs', 'res-yunling=170');
    expect(overCrest.code).toBe(2);
    expect(overCrest.stderr).toContain('below the dam crest 159.1 m');
    expect(tuiyan('new', 'scenario', '--from', 'demo-district', dir, '--cut-roads', '99999').stderr).toContain('--cut-roads: no road edge 99999');
    expect(tuiyan('new', 'scenario', '--from', 'demo-district', dir, '--rain-scale', 'lots').stderr).toContain('--rain-scale: "lots" is not a number');
    expect(tuiyan('new', 'scenario', '--from', 'demo-district', dir, '--start', 'tomorrow').stderr).toMatch(/start: an ISO 8601 time/);
    expect(tuiyan('new', 'scenario', '--from', 'no-such-template', dir).stderr).toContain('no scenario at');
    expect(tuiyan('new', 'scenario', dir).code).toBe(2);
    expect(existsSync(dir)).toBe(false);
    // An existing folder is never overwritten.
    const again = tuiyan('new', 'scenario', '--from', 'demo-district', join(tmp, 'fire-b'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists and is not empty');
  }, 300_000);

  it('reads a bare name as a folder under scenarios/', () => {
    expect(scenarioPath('storm-c')).toBe(join(SCENARIOS_ROOT, 'storm-c'));
    expect(scenarioPath('./storm-c')).toBe(join(process.cwd(), 'storm-c'));
  });
});
