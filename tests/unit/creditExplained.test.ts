// Explained credit (issue 14): every requirement lists the commands that met it or came
// closest, with role, time and why each did or did not count; plans can ask for the township
// of the trigger's place, one of several roles, a team by capability, at the trigger's place.
import { describe, expect, it } from 'vitest';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { creditReason, creditWho } from '../../presentation/report/creditText.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const json = miniScenarioJson();
json.teams.push({ id: 'med1', name: { zh: '区急救中心' }, type: 'medical', size: 12, base: 'b1', owner: 'district' });
const scenario = miniScenario(json);

function plan(reqs: unknown[]): Plan {
  const r = validatePlanText(JSON.stringify({ format: 'tuiyan-plan/1', id: 'p', name: { zh: '测试预案' }, source: { zh: '测试' }, requirements: reqs }), 'plan.json', scenario);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.plan;
}

let seq = 0;
const ev = (t: number, kind: string, fields: Record<string, unknown>): LogEntry => ({ entry: 'event', t, seq: seq++, visibleTo: [], kind, ...fields } as unknown as LogEntry);
const cmd = (t: number, fields: Record<string, unknown>): LogEntry => ({ entry: 'command', t, seq: seq++, actor: 'x', ...fields } as unknown as LogEntry);
const TRAPPED = { event: 'peopleTrapped', match: { village: 'v1' } };

describe('explained credit', () => {
  const p = plan([
    { id: 'evac', name: { zh: '属地乡镇下达转移令' }, capability: 'protectionAndEvacuation', role: 'township:@trigger', trigger: TRAPPED,
      action: { type: 'orderEvacuation', villages: ['v1'] }, within: '30m', source: { zh: '4.1' } },
    { id: 'medic', name: { zh: '医疗队到场' }, capability: 'medicalRescue', role: ['chief', 'township:@trigger'], team: { capability: 'medical' }, atTriggerPlace: true, trigger: TRAPPED,
      action: { type: 'dispatch', unit: 'med1', to: { place: 'v1' }, task: 'medical', match: [] }, within: '1h', source: { zh: '4.2' } },
  ]);
  seq = 0;
  const log: LogEntry[] = [
    ev(100, 'peopleTrapped', { village: 'v1', people: 8, cause: 'flood', hazardRating: 1 }),
    cmd(200, { type: 'orderEvacuation', role: 'chief', villages: ['v1'] }), // the chief, not the township: does not count
    cmd(300, { type: 'orderEvacuation', role: 'township:town1', villages: ['v1'] }), // counts
    cmd(400, { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' }), // not a medical team
    cmd(500, { type: 'dispatch', role: 'chief', unit: 'med1', to: { place: 's1' }, task: 'medical' }), // elsewhere
    cmd(600, { type: 'dispatch', role: 'township:town1', unit: 'med1', to: { place: 'v1' }, task: 'medical' }), // counts (one of two roles)
  ];
  const r = scoreLog(p, scenario, log, 10000);
  const by = Object.fromEntries(r.requirements.map((x) => [x.id, x]));

  it('names the command that satisfied a requirement and why another did not count', () => {
    expect(by.evac.verdict).toBe('onTime');
    expect(by.evac.credits[0]).toMatchObject({ seq: 2, role: 'township:town1', t: 300, counted: true, reason: { why: 'met' } });
    expect(by.evac.credits[1]).toMatchObject({ seq: 1, role: 'chief', counted: false, reason: { why: 'wrongRole', want: ['township:town1'] } });
    const entry = (s: number) => log.find((e) => e.seq === s);
    expect(creditWho(scenario, by.evac.credits[0], entry(2), 'zh')).toContain('东河镇');
    expect(creditWho(scenario, by.evac.credits[0], entry(2), 'zh')).toContain('上游村');
    expect(creditReason(scenario, by.evac.credits[1], 'zh')).toBe('不计入：由区指挥部（指挥长）下达，本项要求由东河镇执行');
  });

  it('a team by capability, at the trigger place, by one of several roles', () => {
    expect(by.medic).toMatchObject({ verdict: 'onTime', doneAt: 600 });
    const why = by.medic.credits.map((c) => [c.seq, c.reason.why]);
    expect(why).toEqual([[5, 'met'], [3, 'wrongTeam'], [4, 'notAtPlace']]);
    expect(creditReason(scenario, by.medic.credits[1], 'zh')).toContain('第一消防站不是要求的队伍类型');
    expect(creditReason(scenario, by.medic.credits[2], 'zh')).toContain('东河镇中心小学');
  });

  it('a requirement nobody acted on says so', () => {
    seq = 0;
    const r2 = scoreLog(p, scenario, [ev(100, 'peopleTrapped', { village: 'v1', people: 8, cause: 'flood', hazardRating: 1 })], 10000);
    expect(r2.requirements[0].credits).toEqual([{ seq: null, t: null, role: null, type: 'orderEvacuation', counted: false, reason: { why: 'noCommand', type: 'orderEvacuation', want: ['township:town1'] } }]);
    expect(creditReason(scenario, r2.requirements[0].credits[0], 'zh')).toBe('不计入：东河镇未下达此类指令');
  });
});
