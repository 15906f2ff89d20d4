// The after-action scorer on hand-made logs with known verdicts, and the autopilot against a
// generous plan and an impossible one (issue: plans, autopilot, scorer).
import { describe, expect, it } from 'vitest';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog, rate, grade, TARGET_WEIGHT } from '../../sim-core/score/score.ts';
import { credit } from '../../sim-core/score/verdict.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { AUTOPILOT_ACTOR } from '../../sim-core/plan/autopilot.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

/** The injects the hand-made logs fire (a plan may only name injects its scenario has). */
const scenarioJson = miniScenarioJson();
scenarioJson.injects = [{ id: 'a', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }, { id: 'b', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }, { id: 'c', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }, { id: 'call', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }, { id: 'zzz', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }];
const scenario = miniScenario(scenarioJson);

function plan(json: Record<string, unknown>): Plan {
  const r = validatePlanText(JSON.stringify({ format: 'tuiyan-plan/1', id: 'p', name: { zh: '测试预案' }, source: { zh: '测试' }, ...json }), 'plan.json', scenario);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.plan;
}

const report = (role: string) => ({ type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' }, role });
const REPORT_REQ = (id: string, inject: string, within = '15m') => ({
  id, name: { zh: `报告${id}` }, capability: 'warningAndReporting', role: 'township:town1',
  trigger: { event: 'injectFired', match: { inject } },
  action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' } }, within, weight: 2, source: { zh: '5.2' },
});

let seq = 0;
const ev = (t: number, kind: string, fields: Record<string, unknown>): LogEntry => ({ entry: 'event', t, seq: seq++, visibleTo: [], kind, ...fields } as unknown as LogEntry);
const cmd = (t: number, fields: Record<string, unknown>): LogEntry => ({ entry: 'command', t, seq: seq++, ...fields } as unknown as LogEntry);

describe('scorer verdicts on a hand-made log', () => {
  const p = plan({
    requirements: [
      REPORT_REQ('onTime', 'a'),
      REPORT_REQ('lateByAMinute', 'b'),
      REPORT_REQ('neverDone', 'c'),
      REPORT_REQ('neverTriggered', 'zzz'),
      { id: 'evac', name: { zh: '转移' }, capability: 'protectionAndEvacuation', role: 'township:town1', trigger: { at: '1h' }, outcome: { measure: 'evacuated', villages: ['v1'], share: 1 }, within: '1h', source: { zh: '6.1' } },
    ],
    targets: { maxDead: 0 },
  });
  seq = 0;
  const log: LogEntry[] = [
    ev(100, 'injectFired', { inject: 'a', injectKind: 'message' }),
    cmd(1000, report('township:town1')), // deadline 100 + 900 = 1000: on time, margin 0
    ev(2000, 'injectFired', { inject: 'b', injectKind: 'message' }),
    cmd(2500, report('township:town2')), // another township's report does not count
    cmd(2960, report('township:town1')), // deadline 2900: 60 s late
    ev(3000, 'injectFired', { inject: 'c', injectKind: 'message' }),
    ev(5000, 'evacueesArrived', { group: 'v1#1', village: 'v1', people: 25, shelter: 's1' }),
    ev(6000, 'evacueesArrived', { group: 'v1#2', village: 'v1', people: 15, shelter: 's1' }), // 40 of 40 at 6000
  ];
  const r = scoreLog(p, scenario, log, 8000);
  const by = Object.fromEntries(r.requirements.map((x) => [x.id, x]));

  it('on time, late by a minute, never done, never triggered; outcomes from events', () => {
    expect(by.onTime).toMatchObject({ verdict: 'onTime', triggerAt: 100, deadline: 1000, doneAt: 1000, margin: 0, credit: 1, evidence: [0, 1] });
    expect(by.lateByAMinute).toMatchObject({ verdict: 'late', triggerAt: 2000, deadline: 2900, doneAt: 2960, margin: -60 });
    expect(by.lateByAMinute.credit).toBeCloseTo(0.5 * (1 - 60 / 900), 12);
    expect(by.neverDone).toMatchObject({ verdict: 'notDone', triggerAt: 3000, doneAt: null, credit: 0 });
    expect(by.neverTriggered).toMatchObject({ verdict: 'notTriggered', triggerAt: null });
    // Triggered at 1 h, all 40 at-risk people of v1 sheltered at 6000 s ≤ 7200: on time.
    expect(by.evac).toMatchObject({ verdict: 'onTime', triggerAt: 3600, doneAt: 6000, margin: 3600 + 3600 - 6000 });
  });

  it('score, grade, capability ratings and findings follow the stated rules', () => {
    const got = 2 * 1 + 2 * by.lateByAMinute.credit + 2 * 0 + 1 * 1 + TARGET_WEIGHT * 3;
    const total = 2 + 2 + 2 + 1 + TARGET_WEIGHT * 3;
    expect(r.score).toBeCloseTo(Math.round((1000 * got) / total) / 10, 10);
    expect(r.grade).toBe(grade(r.score));
    // Reporting: (2·1 + 2·0.467 + 2·0) / 6 = 0.489 < 0.5 → U; evacuation all on time → P.
    expect(r.capabilities.find((c) => c.capability === 'warningAndReporting')!.rating).toBe('U');
    expect(r.capabilities.find((c) => c.capability === 'protectionAndEvacuation')!.rating).toBe('P');
    expect(r.findings.map((f) => [f.class, f.requirement, f.replayAt])).toEqual([['不足项', 'neverDone', 2940], ['改进项', 'lateByAMinute', 1940]]);
    expect(r.targets.every((t) => t.met)).toBe(true);
  });

  it('is a pure function of the log: the same log gives the same report', () => {
    expect(scoreLog(p, scenario, JSON.parse(JSON.stringify(log)), 8000)).toEqual(r);
  });

  it('credit and rating rules', () => {
    expect(credit('late', 900, 900)).toBe(0);
    expect(credit('late', 0, 900)).toBe(0.5);
    expect(rate([])).toBeNull();
    expect(grade(90)).toBe('优秀');
    expect(grade(89.9)).toBe('良好');
    expect(grade(60)).toBe('合格');
    expect(grade(59.9)).toBe('不合格');
  });
});

describe('outcomes over sites', () => {
  it('supplies sent ahead count when the first people come; only the listed sites count', () => {
    const p = plan({
      requirements: [
        { id: 'all', name: { zh: '物资4小时送达' }, capability: 'resourceManagement', role: 'chief', trigger: { at: 0 }, outcome: { measure: 'suppliesArrived' }, within: '4h', source: { zh: '001' } },
        { id: 's1only', name: { zh: 's1物资' }, capability: 'resourceManagement', role: 'chief', trigger: { at: 0 }, outcome: { measure: 'suppliesArrived', sites: ['s1'] }, within: '4h', source: { zh: '001' } },
      ],
    });
    seq = 0;
    const log: LogEntry[] = [
      ev(100, 'suppliesArrived', { convoy: 'c1', to: 's1', items: {}, travelTime: 60 }),
      ev(1000, 'evacueesArrived', { group: 'v1#1', village: 'v1', people: 10, shelter: 's1' }),
      ev(2000, 'evacueesArrived', { group: 'v1#2', village: 'v1', people: 10, shelter: 's2' }),
      ev(2000 + 5 * 3600, 'suppliesArrived', { convoy: 'c2', to: 's2', items: {}, travelTime: 60 }),
    ];
    const r = scoreLog(p, scenario, log, 30 * 3600);
    const by = Object.fromEntries(r.requirements.map((x) => [x.id, x]));
    expect(by.s1only).toMatchObject({ verdict: 'onTime', sites: [{ site: 's1', dueFrom: 1000, doneAt: 1000 }] });
    // s2 got its supplies 5 h after its first people: late by 1 h, judged by the worst site.
    expect(by.all).toMatchObject({ verdict: 'late', margin: -3600, sites: [{ site: 's1', doneAt: 1000 }, { site: 's2', dueFrom: 2000, doneAt: 2000 + 5 * 3600 }] });
  });

  it('an outage makes each of its places due for supplies; an order alone or a stranded truck does not meet it', () => {
    const p = plan({
      requirements: [
        { id: 'water', name: { zh: '2小时供水到位' }, capability: 'resourceManagement', role: 'chief', trigger: { event: 'outage', match: { services: ['water'] } }, outcome: { measure: 'suppliesArrived', sites: ['v1', 's1'] }, within: '2h', source: { zh: '5.1' } },
      ],
    });
    const outages = () => [
      ev(900, 'outage', { place: 'v1', services: ['water'], cause: 'burst:b' }),
      ev(900, 'outage', { place: 's1', services: ['water'], cause: 'burst:b' }),
      ev(950, 'outage', { place: 's2', services: ['power'], cause: 'wind' }),
      cmd(1000, { type: 'allocateSupplies', role: 'chief', depot: 'd1', to: 's1', items: { water: 6000 } }),
      ev(3000, 'suppliesArrived', { convoy: 'c1', to: 'v1', items: { water: 6000 }, travelTime: 300 }),
    ];
    seq = 0;
    const stranded = scoreLog(p, scenario, [...outages(), ev(3100, 'suppliesStranded', { convoy: 'c2', to: 's1', node: 5 })], 30 * 3600).requirements[0];
    // s1 was ordered water and its truck stuck: not met; the power cut at s2 makes no site due.
    expect(stranded).toMatchObject({ verdict: 'notDone', triggerAt: 900, sites: [{ site: 'v1', dueFrom: 900, doneAt: 3000 }, { site: 's1', dueFrom: 900, doneAt: null }] });
    seq = 0;
    const late = scoreLog(p, scenario, [...outages(), ev(900 + 3 * 3600, 'suppliesArrived', { convoy: 'c2', to: 's1', items: { water: 6000 }, travelTime: 300 })], 30 * 3600).requirements[0];
    expect(late).toMatchObject({ verdict: 'late', margin: -3600 });
  });
});

describe('an event trigger known to a role', () => {
  it('fires on the entry that role is told (or all are), not on the truth alone', () => {
    const req = { ...REPORT_REQ('told', 'a'), trigger: { event: 'damDamaged', match: { state: 'cracked' }, knownTo: 'chief' } };
    const p = plan({ requirements: [req] });
    seq = 0;
    const truth = ev(100, 'damDamaged', { reservoir: 'r1', state: 'cracked' });
    const toChief = { ...ev(3100, 'damDamaged', { reservoir: 'r1', state: 'cracked' }), visibleTo: ['chief', 'director'] } as LogEntry;
    const r = scoreLog(p, scenario, [{ ...truth, visibleTo: ['director', 'evaluator'] } as LogEntry, toChief], 9000).requirements[0];
    expect(r.triggerAt).toBe(3100);
    seq = 0;
    const toAll = scoreLog(p, scenario, [{ ...truth, visibleTo: ['all'] } as LogEntry], 9000).requirements[0];
    expect(toAll.triggerAt).toBe(100);
    expect(validatePlanText(JSON.stringify({ format: 'tuiyan-plan/1', id: 'p', name: { zh: 'x' }, source: { zh: 'x' }, requirements: [{ ...req, trigger: { ...req.trigger, knownTo: 'township:nowhere' } }] }), 'plan.json', scenario))
      .toMatchObject({ ok: false, problems: [expect.objectContaining({ path: 'requirements[0].trigger.knownTo' })] });
  });
});

describe('orders given ahead', () => {
  it('count for a requirement marked earliest: any, and not otherwise', () => {
    const req = (id: string, earliest?: string) => ({ ...REPORT_REQ(id, 'a'), ...(earliest ? { earliest } : {}) });
    const p = plan({ requirements: [req('ahead', 'any'), req('strict')] });
    seq = 0;
    const log: LogEntry[] = [cmd(50, report('township:town1')), ev(100, 'injectFired', { inject: 'a', injectKind: 'message' })];
    const r = scoreLog(p, scenario, log, 5000);
    expect(r.requirements.map((x) => [x.id, x.verdict, x.doneAt])).toEqual([['ahead', 'onTime', 100], ['strict', 'notDone', null]]);
  });
});

describe('plan files', () => {
  it('report every problem as a JSON path', () => {
    const r = validatePlanText(JSON.stringify({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
      requirements: [
        { id: 'a', name: { zh: 'a' }, capability: 'nonsense', role: 'chief', trigger: { at: '1h' }, within: '10m', source: { zh: 'x' } },
        { id: 'b', name: { zh: 'b' }, capability: 'warningAndReporting', role: 'township:nowhere', trigger: { after: 'zzz' }, action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: 'x' } }, within: 'soon', source: { zh: 'x' } },
      ],
    }), 'plan.json', scenario);
    expect(r.ok).toBe(false);
    const lines = (r as { problems: { path: string; message: string }[] }).problems.map((p) => p.path);
    expect(lines).toContain('requirements[0].capability');
    expect(lines).toContain('requirements[1].within');
    const r2 = validatePlanText(JSON.stringify({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
      requirements: [
        { id: 'b', name: { zh: 'b' }, capability: 'warningAndReporting', role: 'township:nowhere', trigger: { after: 'zzz' }, action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: 'x' } }, within: '10m', source: { zh: 'x' } },
        { id: 'c', name: { zh: 'c' }, capability: 'warningAndReporting', role: 'chief', trigger: { at: 0 }, within: '10m', source: { zh: 'x' } },
      ],
    }), 'plan.json', scenario);
    const p2 = (r2 as { problems: { path: string; message: string }[] }).problems;
    expect(p2.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'requirements[0].role: no role "township:nowhere" in scenario mini',
      'requirements[0].trigger.after: no requirement "zzz"',
      'requirements[1]: a requirement has an action (an order to give) or an outcome (a result to reach), not both or neither',
    ]);
  });

  it('check an action by its command\'s schema: a free label where the task kind belongs is named', () => {
    const r = validatePlanText(JSON.stringify({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
      requirements: [{ id: 'send', name: { zh: '调派' }, capability: 'incidentHandling', role: 'chief', trigger: { at: 0 },
        action: { type: 'dispatch', unit: 'fs1', to: { place: 'v1' }, task: '抢险救援', crew: 5 }, within: '10m', source: { zh: 'x' } }],
    }), 'plan.json', scenario);
    const problems = (r as { problems: { path: string; message: string }[] }).problems;
    expect(problems.map((p) => p.path)).toEqual(['requirements[0].action.task', 'requirements[0].action']);
    expect(problems[0].message).toMatch(/one of rescue, evacuate, suppress/);
    expect(problems[1].message).toMatch(/crew/);
  });
});

describe('the autopilot', () => {
  const injects = [{ id: 'call', t: '10m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '村里进水了' } } }];
  const s = miniScenario({ ...miniScenarioJson(), injects });

  it('meets a generous plan for the roles nobody plays, and misses an impossible one', () => {
    const generous = planFor(s, '2h');
    const { sim } = runHeadless(s, 7, 4 * 3600, [], { plan: generous, autopilotPlays: (role) => role !== 'director' });
    const r = scoreLog(generous, s, sim.state.log, sim.state.t);
    expect(r.requirements.map((x) => x.verdict)).toEqual(['onTime', 'onTime', 'onTime']);
    const given = sim.state.log.filter((e) => e.entry === 'command');
    expect(given.every((e) => e.entry === 'command' && e.actor === AUTOPILOT_ACTOR)).toBe(true);
    expect(given.map((e) => e.entry === 'command' && e.type).sort()).toEqual(['dispatch', 'sendReport', 'setResponseLevel']);

    const impossible = planFor(s, '10s');
    const run2 = runHeadless(s, 7, 4 * 3600, [], { plan: impossible, autopilotPlays: (role) => role !== 'director' });
    const r2 = scoreLog(impossible, s, run2.sim.state.log, run2.sim.state.t);
    expect(r2.requirements.map((x) => x.verdict)).toEqual(['late', 'late', 'late']);
    expect(r2.score).toBeLessThan(r.score);
  });

  it('leaves alone the roles people play, and an order already given', () => {
    const p = planFor(s, '2h');
    const { sim } = runHeadless(s, 7, 4 * 3600, [{ line: 1, t: 900, command: { type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '上游村进水' } } }], { plan: p, autopilotPlays: (role) => role === 'chief' });
    const r = scoreLog(p, s, sim.state.log, sim.state.t);
    expect(r.requirements.map((x) => x.verdict)).toEqual(['onTime', 'onTime', 'onTime']);
    expect(sim.state.log.filter((e) => e.entry === 'command' && e.role === 'township:town1')).toHaveLength(1);
  });
});

function planFor(s: ReturnType<typeof miniScenario>, within: string): Plan {
  const r = validatePlanText(JSON.stringify({
    format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
    reaction: { chief: ['60s', '120s'], township: ['60s', '120s'], team: ['30s', '60s'] },
    responseLevels: [{ level: 'IV', when: { event: 'injectFired', match: { inject: 'call' } }, within, source: { zh: '4.1' } }],
    requirements: [
      { id: 'report', name: { zh: '接报后报告' }, capability: 'warningAndReporting', role: 'township:town1', trigger: { event: 'injectFired', match: { inject: 'call' } },
        action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '上游村进水' } }, within, source: { zh: '5.2' } },
      { id: 'send', name: { zh: '调派消防' }, capability: 'commandAndCoordination', role: 'chief', trigger: { after: 'report' },
        action: { type: 'dispatch', unit: 'fs1', to: { place: 'v1' }, task: 'rescue', label: '抢险救援' }, within, source: { zh: '5.3' } },
    ],
  }), 'plan.json', s);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}
