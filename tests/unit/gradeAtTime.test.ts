// Grading at a time and outcomes that weigh (issue 14): a report made before a deadline does not
// fail the requirement (进行中, with its deadline); what never triggered weighs nothing; a missed
// outcome target with a cap holds the grade down whatever the score; the live checklist uses
// the same judge() as the report.
import { describe, expect, it } from 'vitest';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { judge } from '../../sim-core/score/verdict.ts';
import { trackLog } from '../../sim-core/plan/tracker.ts';
import { verdictOf } from '../../client/plan/verdict.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

/** The injects the hand-made logs fire (a plan may only name injects its scenario has). */
const scenarioJson = miniScenarioJson();
scenarioJson.injects = [{ id: 'a', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }, { id: 'b', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }, { id: 'zzz', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }];
const scenario = miniScenario(scenarioJson);

function plan(json: Record<string, unknown>): Plan {
  const r = validatePlanText(JSON.stringify({ format: 'tuiyan-plan/1', id: 'p', name: { zh: '测试预案' }, source: { zh: '测试' }, ...json }), 'plan.json', scenario);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.plan;
}

let seq = 0;
const ev = (t: number, kind: string, fields: Record<string, unknown>): LogEntry => ({ entry: 'event', t, seq: seq++, visibleTo: [], kind, ...fields } as unknown as LogEntry);
const cmd = (t: number, fields: Record<string, unknown>): LogEntry => ({ entry: 'command', t, seq: seq++, ...fields } as unknown as LogEntry);
const REPORT = (id: string, inject: string, within: string) => ({
  id, name: { zh: `报告${id}` }, capability: 'warningAndReporting', role: 'township:town1',
  trigger: { event: 'injectFired', match: { inject } },
  action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' } }, within, weight: 2, source: { zh: '5.2' },
});

describe('verdicts at a time', () => {
  const p = plan({ requirements: [REPORT('early', 'a', '15m'), REPORT('long', 'b', '3h'), REPORT('never', 'zzz', '15m')] });
  seq = 0;
  const log: LogEntry[] = [
    ev(100, 'injectFired', { inject: 'a', injectKind: 'message' }),
    cmd(400, { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' }, role: 'township:town1' }),
    ev(600, 'injectFired', { inject: 'b', injectKind: 'message' }),
  ];

  it('a report before a deadline does not fail it: 进行中 with the deadline, and it weighs nothing', () => {
    const r = scoreLog(p, scenario, log, 3600);
    const by = Object.fromEntries(r.requirements.map((x) => [x.id, x]));
    expect(by.long).toMatchObject({ verdict: 'pending', deadline: 600 + 3 * 3600, credit: 0 });
    expect(by.never).toMatchObject({ verdict: 'notTriggered' });
    expect(r.findings.some((f) => f.requirement === 'long')).toBe(false);
    // Only `early` (on time) and the three default outcome targets count: everything met.
    expect(r.score).toBe(100);
  });

  it('the same requirement graded after its deadline is not done', () => {
    const r = scoreLog(p, scenario, log, 600 + 3 * 3600 + 1);
    expect(r.requirements.find((x) => x.id === 'long')).toMatchObject({ verdict: 'notDone' });
    expect(r.findings.find((f) => f.requirement === 'long')?.class).toBe('不足项');
    expect(r.score).toBeLessThan(100);
  });

  it('a report at T ignores what the log holds after T (the same log graded at 300 s has early pending)', () => {
    const r = scoreLog(p, scenario, log, 300);
    expect(r.requirements.map((x) => x.verdict)).toEqual(['pending', 'notTriggered', 'notTriggered']);
  });

  it('the live checklist and the report agree (one judge)', () => {
    for (const at of [300, 3600, 20000]) {
      const facts = trackLog(p, scenario, log.filter((e) => e.t <= at), at);
      const r = scoreLog(p, scenario, log, at);
      p.requirements.forEach((req, k) => {
        const shown = verdictOf(req, facts[k], at);
        const v = r.requirements[k].verdict;
        expect(judge(req, facts[k], at).verdict).toBe(v);
        expect(shown).toBe({ notTriggered: 'waiting', pending: 'open', notDone: 'overdue', onTime: 'onTime', late: 'late' }[v]);
      });
    }
  });
});

describe('outcomes weigh', () => {
  const p = plan({
    requirements: [REPORT('early', 'a', '15m')],
    targets: { dead: { max: 0, cap: '合格' }, trappedPast: { max: 0, within: '2h', cap: '合格' } },
  });
  const cmdAt = (t: number) => cmd(t, { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' }, role: 'township:town1' });

  it('trapped past the limit cannot grade above the cap, and the report says why', () => {
    seq = 0;
    const log = [ev(100, 'injectFired', { inject: 'a', injectKind: 'message' }), cmdAt(200), ev(1000, 'peopleTrapped', { village: 'v1', people: 12, cause: 'flood', hazardRating: 1.2 })];
    const r = scoreLog(p, scenario, log, 1000 + 2 * 3600 + 60);
    expect(r.targets.find((t) => t.id === 'trappedPast')).toMatchObject({ actual: 12, met: false, cap: '合格' });
    expect(r.score).toBeGreaterThanOrEqual(75); // the score alone would say 良好 or better
    expect(r.scoreGrade).not.toBe('合格');
    expect(r.grade).toBe('合格');
    expect(r.cap?.grade).toBe('合格');
    expect(r.cap?.reasons[0].zh).toContain('超过时限仍被困的人数为 12');
  });

  it('before the limit, or rescued within it, the target is met and there is no cap', () => {
    seq = 0;
    const early = [ev(100, 'injectFired', { inject: 'a', injectKind: 'message' }), cmdAt(200), ev(1000, 'peopleTrapped', { village: 'v1', people: 12, cause: 'flood', hazardRating: 1.2 })];
    expect(scoreLog(p, scenario, early, 1000 + 3600).cap).toBeNull();
    const rescued = [...early, ev(4000, 'peopleRescued', { unit: 'fs1', village: 'v1', people: 12, shelter: null })];
    const r = scoreLog(p, scenario, rescued, 30000);
    expect(r.targets.find((t) => t.id === 'trappedPast')).toMatchObject({ actual: 0, met: true });
    expect(r.grade).toBe('优秀');
  });

  it('the shipped plans set the targets from DOMAIN.md: supplies 4 h, basic living 10 h, deaths capped', async () => {
    const { readFileSync } = await import('node:fs');
    for (const dir of ['demo-district', 'demo-district-fire']) {
      const json = JSON.parse(readFileSync(`scenarios/${dir}/plan.json`, 'utf8'));
      expect(json.targets.sitesUnsupplied.within).toBe('4h');
      expect(json.targets.sitesUnsecured.within).toBe('10h');
      expect(json.targets.dead.cap).toBe('合格');
    }
  });
});
