// Evaluation forms (issue 14): evaluator entries on the guide (requirement, observed time and
// role, P/S/M/U, strengths, areas for improvement), free notes with a category and the played
// roles' self-assessments are logged commands; the report JSON and HTML carry them beside the
// automatic verdicts, and where an evaluator's rating differs from the scorer's both are shown.
import { describe, expect, it } from 'vitest';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { validateShape } from '../../sim-core/commands/validate.ts';
import { renderReportHtml } from '../../presentation/report/reportHtml.ts';
import { REPORT_SECTIONS } from '../../presentation/report/reportSections.ts';
import { evaluationGuideHtml } from '../../presentation/report/evaluationGuide.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const json = miniScenarioJson();
json.injects = [{ id: 'a', t: '30h', kind: 'message', visibleTo: [], payload: { from: { zh: '群众' }, text: { zh: '来电' } } }];
const scenario = miniScenario(json);
const r0 = validatePlanText(JSON.stringify({
  format: 'tuiyan-plan/1', id: 'p', name: { zh: '测试预案' }, source: { zh: '测试' },
  requirements: [{ id: 'rep', name: { zh: '东河镇接报后15分钟内报告' }, capability: 'warningAndReporting', role: 'township:town1', trigger: { event: 'injectFired', match: { inject: 'a' } },
    action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' } }, within: '15m', source: { zh: '5.2' } }],
}), 'plan.json', scenario);
if (!r0.ok) throw new Error(JSON.stringify(r0.problems));
const plan = r0.plan;

let seq = 0;
const ev = (t: number, kind: string, fields: Record<string, unknown>): LogEntry => ({ entry: 'event', t, seq: seq++, visibleTo: [], kind, ...fields } as unknown as LogEntry);
const cmd = (t: number, fields: Record<string, unknown>): LogEntry => ({ entry: 'command', t, seq: seq++, ...fields } as unknown as LogEntry);

describe('evaluation forms', () => {
  const evaluate = { type: 'evaluate', role: 'evaluator', actor: '王评估', requirement: 'rep', rating: 'U', observedAt: 400, observedRole: 'township:town1', strengths: '值班员接报记录完整', improvements: '报告内容缺少伤亡情况' };
  const note = { type: 'evaluate', role: 'evaluator', category: 'safety', observedAt: 600, note: '转移路线经过积水路段' };
  const self = { type: 'selfAssess', role: 'township:town1', actor: '李镇长', rating: 'S', strengths: '报告及时', improvements: '需加强现场核实' };

  it('are commands the core accepts in shape', () => {
    for (const c of [evaluate, note, self]) expect(validateShape(structuredClone(c))).toMatchObject({ type: c.type });
    expect(validateShape({ ...evaluate, rating: 'X' })).toMatchObject({ ok: false, message: expect.stringContaining('P, S, M, U') });
  });

  seq = 0;
  const log: LogEntry[] = [
    ev(100, 'injectFired', { inject: 'a', injectKind: 'message' }),
    cmd(500, { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '报告' }, role: 'township:town1' }),
    cmd(900, evaluate), cmd(950, note), cmd(3600, self),
  ];
  const r = scoreLog(plan, scenario, log, 3600);

  it('appear in the report JSON beside the automatic verdict; a disagreement keeps both', () => {
    expect(r.requirements[0].verdict).toBe('onTime');
    expect(r.evaluations.observations).toEqual([expect.objectContaining({ requirement: 'rep', rating: 'U', automatic: 'P', disagrees: true, observedAt: 400, observedRole: 'township:town1', strengths: '值班员接报记录完整', improvements: '报告内容缺少伤亡情况', evaluator: 'evaluator', actor: '王评估' })]);
    expect(r.evaluations.notes).toEqual([expect.objectContaining({ category: 'safety', note: '转移路线经过积水路段' })]);
    expect(r.evaluations.selfAssessments).toEqual([expect.objectContaining({ role: 'township:town1', rating: 'S', strengths: '报告及时', improvements: '需加强现场核实' })]);
  });

  it('appear in the report HTML, in the bureau report structure', () => {
    const html = renderReportHtml({ report: r, plan, scenario, seed: 1, series: [], log, maps: [], kpis: {} });
    for (const h of REPORT_SECTIONS) expect(html).toContain(h);
    for (const text of ['值班员接报记录完整', '报告内容缺少伤亡情况', '自动评定 P，与评估员不一致', '转移路线经过积水路段', '安全', '李镇长', '需加强现场核实', '参演单位自评']) expect(html).toContain(text);
    // A zh-CN page shows names, not ids.
    expect(html).not.toContain('township:town1');
  });

  it('the evaluation guide is generated from the plan: every requirement with blanks to fill', () => {
    const g = evaluationGuideHtml(plan, scenario);
    expect(g).toContain('东河镇接报后15分钟内报告');
    expect(g).toContain('预警与信息报告');
    for (const col of ['观察时刻', '评定（P/S/M/U）', '亮点', '待改进']) expect(g).toContain(col);
  });
});
