// The report's headline on a short drill (issue 14): before any requirement is due there is
// nothing to grade, so the report says 暂不评定 rather than a score of 100 that only means
// "nothing was due yet"; once one is due, the score and grade are shown.
import { describe, expect, it } from 'vitest';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { renderReportHtml } from '../../presentation/report/reportHtml.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const json = miniScenarioJson();
json.injects = [{ id: 'a', t: '1h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }];
const scenario = miniScenario(json);
const parsed = validatePlanText(JSON.stringify({
  format: 'tuiyan-plan/1', id: 'p', name: { zh: '测试预案' }, source: { zh: '测试' },
  requirements: [{ id: 'rep', name: { zh: '东河镇接报后15分钟内报告' }, capability: 'warningAndReporting', role: 'township:town1', trigger: { event: 'injectFired', match: { inject: 'a' } },
    action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' } }, within: '15m', source: { zh: '5.2' } }],
}), 'plan.json', scenario);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan = parsed.plan;
const log = [{ entry: 'event', t: 3600, seq: 0, visibleTo: [], kind: 'injectFired', inject: 'a', injectKind: 'message' }] as unknown as LogEntry[];
const headline = (end: number) => {
  const html = renderReportHtml({ report: scoreLog(plan, scenario, log, end), plan, scenario, seed: 1, series: [], log, maps: [], kpis: {} });
  return html.slice(html.indexOf('<div class="score">'), html.indexOf('<div class="score">') + 300);
};

describe('the report headline', () => {
  it('says 暂不评定 while nothing is due, even with the requirement triggered and pending', () => {
    for (const end of [600, 3600 + 300]) {
      const h = headline(end);
      expect(h).toContain('暂不评定');
      expect(h).not.toMatch(/class="big">\d/);
    }
  });

  it('shows the score and grade once a requirement is due (here: missed, so below 100)', () => {
    const h = headline(3600 + 1800);
    expect(h).not.toContain('暂不评定');
    const score = Number(/class="big">([\d.]+)/.exec(h)?.[1]);
    expect(score).toBeLessThan(100);
    expect(h).toMatch(/class="grade">(优秀|良好|合格|不合格)</);
  });
});
