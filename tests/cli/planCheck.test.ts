// `tuiyan check` on a plan (issue 14): every reference resolved against its scenario; an unknown
// inject is an error naming the file and the JSON path; a requirement that can never trigger is
// a warning (the plan still passes); the shipped plans pass.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { planWarnings } from '../../scenarios/planReferences.ts';
import { planSchema } from '../../scenarios/planSchema.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/tuiyan.js');
const tuiyan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('plan check', () => {
  it('rejects an unknown inject id, naming file and path', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'scenarios/demo-district/plan.json'), 'utf8'));
    const k = plan.requirements.findIndex((r: any) => r.trigger?.match?.inject === 'weather-orange');
    expect(k).toBeGreaterThanOrEqual(0);
    plan.requirements[k].trigger.match.inject = 'weather-purple';
    const file = join(mkdtempSync(join(tmpdir(), 'tuiyan-plan-')), 'plan.json');
    writeFileSync(file, JSON.stringify(plan, null, 2));
    const r = tuiyan('check', file, '--scenario', 'scenarios/demo-district');
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`${file}:requirements[${k}].trigger.match.inject: no inject "weather-purple" in scenario demo-district`);
  });

  it('rejects unknown villages, teams, places and event kinds in triggers and actions', () => {
    const s = miniScenario();
    const r = validatePlanText(JSON.stringify({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
      requirements: [
        { id: 'a', name: { zh: 'a' }, capability: 'incidentHandling', role: 'chief', trigger: { event: 'peopleTrappd', match: { village: 'nowhere' } },
          action: { type: 'dispatch', unit: 'fs1', to: { place: 'atlantis' }, task: 'rescue', label: 'x' }, within: '10m', source: { zh: 'x' } },
      ],
    }), 'p.json', s);
    expect(r.ok).toBe(false);
    const lines = (r as { problems: { path: string; message: string }[] }).problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContain('requirements[0].trigger.event: no event kind "peopleTrappd"');
    expect(lines).toContain('requirements[0].trigger.match.village: no village "nowhere" in scenario mini');
    expect(lines).toContain('requirements[0].action.to.place: no place "atlantis" in scenario mini');
  });

  it('warns about a requirement that can never trigger (and what hangs on it), without failing', () => {
    const s = miniScenario();
    const json = planSchema.parse({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
      requirements: [
        { id: 'fire', name: { zh: 'a' }, capability: 'incidentHandling', role: 'chief', trigger: { event: 'fireIgnited' }, action: { type: 'setResponseLevel', level: 'IV' }, within: '10m', source: { zh: 'x' } },
        { id: 'then', name: { zh: 'b' }, capability: 'incidentHandling', role: 'chief', trigger: { after: 'fire' }, action: { type: 'setResponseLevel', level: 'III' }, within: '10m', source: { zh: 'x' } },
        { id: 'clock', name: { zh: 'c' }, capability: 'incidentHandling', role: 'chief', trigger: { at: '1h' }, action: { type: 'setResponseLevel', level: 'II' }, within: '10m', source: { zh: 'x' } },
      ],
    });
    const w = planWarnings(json, s, 'p.json');
    expect(w.map((x) => x.path)).toEqual(['requirements[0].trigger', 'requirements[1].trigger']);
    expect(w[0].message).toMatch(/^warning: requirement "fire" can never trigger/);
  });

  it('passes the shipped plans', () => {
    for (const dir of ['scenarios/demo-district', 'scenarios/demo-district-fire', 'scenarios/demo-district-quake']) {
      const r = tuiyan('check', join(dir, 'plan.json'));
      expect(r.code, r.stderr).toBe(0);
    }
  });
});
