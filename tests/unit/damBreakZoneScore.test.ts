// A plan that forbids shelters inside the dam-break zone (outcome avoidDamBreakZone): the scorer
// catches an evacuation sent there, saying which shelter, from which village and when; an
// evacuation to a shelter outside the zone keeps the requirement met.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { computeDamBreakZone } from '../../sim-core/hazards/dam/breakZoneRun.ts';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { createSim } from '../../sim-core/sim.ts';
import { creditReason, creditWho } from '../../presentation/report/creditText.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';

const base = loadScenario('scenarios/demo-district');
const RES = 'res-yunling';
let s: Scenario;
let plan: Plan;

function planFor(scenario: Scenario, outcome: unknown): { ok: true; plan: Plan } | { ok: false; problems: { path: string; message: string }[] } {
  return validatePlanText(JSON.stringify({
    format: 'tuiyan-plan/1', id: 'p', name: { zh: '抗震救灾预案' }, source: { zh: '测试' },
    requirements: [{ id: 'avoid-zone', name: { zh: '不得使用溃坝淹没区内的避难场所' }, capability: 'protectionAndEvacuation', role: 'chief',
      trigger: { at: 0 }, outcome, within: '72h', source: { zh: '001 §5.6.4' } }],
  }), 'plan.json', scenario);
}

function evacuate(shelter: string) {
  const sim = createSim({ ...s, injects: [], rain: [] }, { seed: 3 });
  sim.start();
  const village = s.damBreakZones![0].villages[0];
  expect(sim.apply({ type: 'orderEvacuation', role: 'chief', villages: [village], shelters: [shelter] })).toMatchObject({ ok: true });
  sim.advanceTo(3 * 3600);
  return { village, log: sim.state.log, report: scoreLog(plan, s, sim.state.log, sim.state.t) };
}

describe('shelters inside the dam-break zone', () => {
  beforeAll(() => {
    s = { ...base, damBreakZones: [computeDamBreakZone(base, RES, { hours: 6 }).zone] };
    const r = planFor(s, { measure: 'avoidDamBreakZone' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    plan = r.plan;
  });

  it('an evacuation sent to a shelter in the zone is caught: not done, with the shelter, village and time', () => {
    const inside = s.damBreakZones![0].shelters[0];
    const { village, log, report } = evacuate(inside);
    const req = report.requirements[0];
    expect(req.verdict).toBe('notDone');
    expect(req.credit).toBe(0);
    const departed = log.find((e) => e.entry === 'event' && e.kind === 'evacueesDeparted')!;
    expect(req.credits[0]).toMatchObject({ seq: departed.seq, t: departed.t, counted: false, reason: { why: 'intoDamBreakZone', shelter: inside, village, reservoir: RES } });
    const zh = creditReason(s, req.credits[0], 'zh');
    const name = (id: string) => [...s.shelters, ...s.villages, ...s.reservoirs].find((p) => p.id === id)!.name.zh;
    expect(zh).toContain(name(inside));
    expect(zh).toContain(name(village));
    expect(zh).toContain('溃坝洪水淹没范围');
    expect(creditWho(s, req.credits[0], departed, 'zh')).toMatch(/\d\d:\d\d/);
    expect(report.findings.find((f) => f.requirement === 'avoid-zone')).toMatchObject({ class: '不足项', replayAt: Math.max(0, departed.t - 60) });
  });

  it('an evacuation to a shelter outside the zone keeps it met', () => {
    const outside = s.shelters.find((x) => !s.damBreakZones![0].shelters.includes(x.id) && x.township === s.villages.find((v) => v.id === s.damBreakZones![0].villages[0])!.township)
      ?? s.shelters.find((x) => !s.damBreakZones![0].shelters.includes(x.id))!;
    const { log, report } = evacuate(outside.id);
    expect(log.some((e) => e.entry === 'event' && e.kind === 'evacueesDeparted' && e.shelter === outside.id)).toBe(true);
    expect(report.requirements[0]).toMatchObject({ verdict: 'onTime', credit: 1 });
  });

  it('a plan that asks for a zone the scenario lacks is refused where it says so', () => {
    const r = planFor(base, { measure: 'avoidDamBreakZone' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path).toBe('requirements[0].outcome');
    const r2 = planFor(s, { measure: 'avoidDamBreakZone', reservoirs: ['res-qingshi'] });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problems[0].path).toBe('requirements[0].outcome.reservoirs[0]');
  });
});
