// The `tuiyan` command as a user runs it: exit codes, JSON on stdout, problems on stderr.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniScenarioJson, writeMiniScenario } from '../fixtures/miniScenario.ts';

const BIN = join(import.meta.dirname, '../../bin/tuiyan.js');

function tuiyan(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tuiyan CLI', () => {
  it('run --json gives the same stateHash twice, via replay of its log, and another for another seed', () => {
    const out = mkdtempSync(join(tmpdir(), 'tuiyan-run-'));
    const a = tuiyan('run', 'scenarios/demo-district', '--seed', '7', '--until', '6h', '--json', '--commands', 'scenarios/demo-district/sample-commands.jsonl', '--out', out);
    expect(a.code, a.stderr).toBe(0);
    const ja = JSON.parse(a.stdout);
    expect(ja).toMatchObject({ scenario: 'demo-district', seed: 7, until: 21600, ticks: 21600 });
    expect(ja.stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect(ja.events).toBeGreaterThan(0);
    const b = JSON.parse(tuiyan('run', 'scenarios/demo-district', '--seed', '7', '--until', '6h', '--json', '--commands', 'scenarios/demo-district/sample-commands.jsonl').stdout);
    expect(b.stateHash).toBe(ja.stateHash);
    const r = tuiyan('replay', join(out, 'log.jsonl'), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ stateHash: ja.stateHash, ticks: 21600 });
    const c = JSON.parse(tuiyan('run', 'scenarios/demo-district', '--seed', '8', '--until', '6h', '--json', '--commands', 'scenarios/demo-district/sample-commands.jsonl').stdout);
    expect(c.stateHash).not.toBe(ja.stateHash);
  });

  it('check on a broken scenario exits 2 with FILE:JSON.PATH: message lines', () => {
    const json = miniScenarioJson();
    json.villages[0].population = -1;
    json.roads.edges.push([0, 99, 'county']);
    json.frobnicate = true;
    const dir = writeMiniScenario(json);
    const r = tuiyan('check', dir);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatch(/^[^:]*scenario\.json:[^:]+: .+/);
    expect(r.stdout).toContain('villages[0].population');
    expect(r.stdout).toContain('Unrecognized key: "frobnicate"');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces for the user
    const ok = tuiyan('check', writeMiniScenario());
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: mini/);
  });

  it('model route answers per the case-file contract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-route-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ nodes: [[0, 0], [100, 0], [200, 0], [100, 100]], edges: [[0, 1, 100, 10], [1, 2, 100, 10], [0, 3, 150, 10], [3, 2, 150, 10]], closed: [1], from: 0, to: 2 }));
    const r = tuiyan('model', 'route', file, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ time: 30, path: [0, 3, 2] });
    writeFileSync(file, JSON.stringify({ nodes: [[0, 0], [1, 1]], edges: [[0, 1, 10, 1]], closed: [0], from: 0, to: 1 }));
    expect(JSON.parse(tuiyan('model', 'route', file, '--json').stdout)).toEqual({ time: null, path: [] });
    writeFileSync(file, '{"nodes": [[0,0]], "edges": [[0, 3, 10, 1]], "from": 0, "to": 0}');
    const bad = tuiyan('model', 'route', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:edges[0][1]: node 3 does not exist`);
  });

  it('model fire and model flood answer their case files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-models-'));
    const fire = join(dir, 'fire.json');
    // behave's reference case: GS4, 6/7/8 %, herb 60 %, woody 90 %, 5 mph upslope on 30 % → 34.011429 ch/h.
    writeFileSync(fire, JSON.stringify({ fuelModel: 'GS4', moisture: { d1: 6, d10: 7, d100: 8, liveHerb: 60, liveWoody: 90 }, wind: { speed: 2.2352, dir: 0 }, slope: 30, aspect: 180 }));
    const f = tuiyan('model', 'fire', fire, '--json');
    expect(f.code, f.stderr).toBe(0);
    expect(JSON.parse(f.stdout).ros).toBeCloseTo(34.011429 * 0.33528, 3);
    const flood = join(dir, 'flood.json');
    writeFileSync(flood, JSON.stringify({ width: 4, height: 3, cellSize: 10, elevation: Array(12).fill(0), manning: 0.03, inflows: [{ cells: [[0, 1]], hydrograph: [[0, 1], [600, 1]] }], duration: 600, gauges: [[3, 1]], every: 300 }));
    const w = tuiyan('model', 'flood', flood, '--json');
    expect(w.code, w.stderr).toBe(0);
    const out = JSON.parse(w.stdout);
    expect(out.times).toEqual([0, 300, 600]);
    expect(out.volume.inflow).toBeCloseTo(600, 6);
    expect(out.volume.stored).toBeCloseTo(600, 6); // a closed box keeps what flowed in
  });

  it('the spring fire scenario burns, is detected and is fought', () => {
    const r = tuiyan('run', 'scenarios/demo-district-fire', '--seed', '3', '--until', '6h', '--json', '--commands', 'scenarios/demo-district-fire/sample-commands.jsonl');
    expect(r.code, r.stderr).toBe(0);
    const k = JSON.parse(r.stdout).kpis;
    expect(k.hazards.fires).toBeGreaterThanOrEqual(1);
    expect(k.hazards.firesDetected).toBeGreaterThanOrEqual(1);
    expect(k.hazards.burnedHa).toBeGreaterThan(0);
    expect(k.eventsByKind.fireDetected).toBeGreaterThanOrEqual(1);
  });

  it('parses every subcommand\'s flags strictly: unknown flags, missing values and bad durations exit 2 naming the flag', () => {
    const cases: [string[], RegExp][] = [
      [['validate', 'scenarios/demo-district', '--plan', 'auto', '--until', 'forever'], /--until must be a duration/],
      [['check', 'scenarios/demo-district', '--fix'], /unknown option --fix \(known: --scenario, --json\)/],
      [['serve', '--prot', '80'], /unknown option --prot/],
      [['replay', 'missing.jsonl', '--db'], /--db needs a value/],
      [['bench', '--json=yes'], /--json takes no value/],
    ];
    for (const [args, re] of cases) {
      const r = tuiyan(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(re);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('bad flags, files and command logs exit 2 with a clear message', () => {
    const cases: [string[], RegExp][] = [
      [['run', 'scenarios/demo-district', '--until', 'soon'], /--until must be a duration/],
      [['run', 'scenarios/demo-district', '--speed', '3'], /unknown option --speed/],
      [['run', 'scenarios/demo-district', '--seed', '-3'], /--seed must be a whole number/],
      [['run', 'scenarios/nowhere'], /scenarios\/nowhere\/scenario\.json:\$: file not found/],
      [['replay', 'missing.jsonl'], /no such log file/],
      [['model', 'traffic', 'x.json'], /unknown model "traffic"/],
      [['model', 'flood', 'x.json'], /x\.json: no such case file/],
      [['frobnicate'], /unknown command/],
      [['serve', '--joins-per-minute', '0'], /--joins-per-minute must be a whole number ≥ 1/],
    ];
    for (const [args, re] of cases) {
      const r = tuiyan(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(re);
    }
    const dir = mkdtempSync(join(tmpdir(), 'tuiyan-cmds-'));
    const file = join(dir, 'cmds.jsonl');
    writeFileSync(file, '{"t": "1h", "type": "recall", "role": "chief", "unit": "x"}\n{"t": 10, "type": "recall"\n{"t": 5, "type": "recall", "role": "chief", "unit": "x"}\n{"t": null, "type": "recall"}\n');
    const r = tuiyan('run', 'scenarios/demo-district', '--commands', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:2: invalid JSON`);
    expect(r.stderr).toContain(`${file}:3: t: 5 s is before the previous command's 3600 s`);
    expect(r.stderr).toContain(`${file}:4: t: expected the sim time`);
    const log = join(dir, 'log.jsonl');
    writeFileSync(log, '{"entry":"header","format":"tuiyan-log/1","scenario":"demo-district","seed":"abc","until":60}\n');
    const badLog = tuiyan('replay', log);
    expect(badLog.code).toBe(2);
    expect(badLog.stderr).toContain(`${log}:1: header.scenarioPath`);
    const dirCase = tuiyan('model', 'route', dir);
    expect(dirCase.code).toBe(2);
    expect(dirCase.stderr).toContain('no such case file');
  }, 600_000); // a dozen CLI starts: slow on a busy machine
});
