// The after-action scorer: a pure function of the log, the plan and the scenario. For every
// requirement its verdict and evidence; per capability a rating P/S/M/U (HSEEP: performed
// without challenges / with some / with major / unable); the outcome targets; a score 0–100
// with a grade (优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 不合格 below); and findings classed as in
// AQ/T 9009-2015 (不足项 / 整改项 / 改进项), each with the sim time to replay from.
import type { LogEntry } from '../log.ts';
import type { Scenario } from '../world/scenario.ts';
import type { LocalText } from '../world/localText.ts';
import { CAPABILITIES, CAPABILITY_NAMES, type Plan } from '../plan/plan.ts';
import { trackLog } from '../plan/tracker.ts';
import { judge } from './verdict.ts';
import { outcomesFromLog, type LogOutcomes } from './outcomes.ts';
import { findingsFor } from './findings.ts';
import type { CapabilityResult, Finding, Rating, RequirementResult, TargetResult } from './scoreResults.ts';

export interface ScoreReport {
  format: 'tuiyan-score/1';
  plan: string;
  planName: LocalText;
  scenario: string;
  end: number;
  requirements: RequirementResult[];
  capabilities: CapabilityResult[];
  outcomes: LogOutcomes;
  targets: TargetResult[];
  score: number;
  grade: '优秀' | '良好' | '合格' | '不合格';
  findings: Finding[];
  /** The rules, said in the report so a reader can check the arithmetic. */
  rules: LocalText[];
}

/** Weight of each outcome target in the score (as an important requirement). */
export const TARGET_WEIGHT = 2;

/** P: all on time; S: credit ≥ 0.8 with nothing left undone; M: credit ≥ 0.5; U: below. */
export function rate(results: readonly RequirementResult[]): Rating | null {
  const t = results.filter((r) => r.verdict !== 'notTriggered');
  if (t.length === 0) return null;
  const w = t.reduce((a, r) => a + r.weight, 0);
  const c = t.reduce((a, r) => a + r.weight * r.credit, 0) / w;
  if (t.every((r) => r.verdict === 'onTime')) return 'P';
  if (c >= 0.8 && t.every((r) => r.verdict !== 'notDone')) return 'S';
  return c >= 0.5 ? 'M' : 'U';
}

export function grade(score: number): ScoreReport['grade'] {
  return score >= 90 ? '优秀' : score >= 75 ? '良好' : score >= 60 ? '合格' : '不合格';
}

export function scoreLog(plan: Plan, scenario: Scenario, log: readonly LogEntry[], end: number): ScoreReport {
  const facts = trackLog(plan, scenario, log, end);
  const requirements: RequirementResult[] = plan.requirements.map((r, k) => {
    const f = facts[k];
    const j = judge(r, f);
    return {
      id: r.id, name: r.name, capability: r.capability, role: r.role, weight: r.weight, source: r.source,
      verdict: j.verdict, triggerAt: f.triggerAt, deadline: j.deadline, doneAt: f.doneAt, margin: j.margin, credit: j.credit,
      evidence: [...(f.triggerSeq !== null ? [f.triggerSeq] : []), ...f.evidence],
      ...(f.sites ? { sites: f.sites.map((s) => ({ ...s })) } : {}),
    };
  });
  const capabilities: CapabilityResult[] = CAPABILITIES.map((c) => {
    const mine = requirements.filter((r) => r.capability === c && r.verdict !== 'notTriggered');
    const w = mine.reduce((a, r) => a + r.weight, 0);
    return { capability: c, name: CAPABILITY_NAMES[c], rating: rate(mine), credit: w ? Math.round((mine.reduce((a, r) => a + r.weight * r.credit, 0) / w) * 1000) / 1000 : 0, triggered: mine.length };
  }).filter((c) => c.triggered > 0);
  const outcomes = outcomesFromLog(log);
  const targets: TargetResult[] = [
    { id: 'maxDead', name: { zh: '死亡人数', en: 'Deaths' }, target: plan.targets.maxDead, actual: outcomes.dead },
    { id: 'maxInjuredUntreated', name: { zh: '未得到救治的伤员', en: 'Injured not treated' }, target: plan.targets.maxInjuredUntreated, actual: outcomes.injuredUntreated },
    { id: 'maxStranded', name: { zh: '结束时仍被困的转移群众', en: 'Evacuees still cut off at the end' }, target: plan.targets.maxStranded, actual: outcomes.stranded },
  ].map((x) => ({ ...x, id: x.id as TargetResult['id'], met: x.actual <= x.target }));
  const triggered = requirements.filter((r) => r.verdict !== 'notTriggered');
  const wSum = triggered.reduce((a, r) => a + r.weight, 0) + TARGET_WEIGHT * targets.length;
  const got = triggered.reduce((a, r) => a + r.weight * r.credit, 0) + TARGET_WEIGHT * targets.filter((x) => x.met).length;
  const score = wSum > 0 ? Math.round((100 * got) / wSum * 10) / 10 : 0;
  return {
    format: 'tuiyan-score/1', plan: plan.id, planName: plan.name, scenario: scenario.id, end,
    requirements, capabilities, outcomes, targets, score, grade: grade(score),
    findings: findingsFor(requirements, targets),
    rules: [
      { zh: '按时完成得满分；超时完成得一半，并随超时时长线性递减，超时达到时限一倍时为零；未完成为零；未触发的要求不计分。', en: 'On time earns full credit; late earns half, falling linearly to nothing when the lateness equals the time allowed; not done earns nothing; requirements never triggered do not count.' },
      { zh: `总分 = 100 × Σ(权重 × 得分) / Σ权重，结果指标（死亡、未救治伤员、被困群众）各按权重 ${TARGET_WEIGHT} 计入；优秀 ≥ 90，良好 ≥ 75，合格 ≥ 60。`, en: `Score = 100 × Σ(weight × credit) / Σ weight, with each outcome target (deaths, untreated injured, evacuees cut off) counted at weight ${TARGET_WEIGHT}; 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60.` },
      { zh: '能力评定：全部按时为 P；得分 ≥ 0.8 且无未完成项为 S；得分 ≥ 0.5 为 M；其余为 U。', en: 'Capability rating: all on time P; credit ≥ 0.8 with nothing undone S; credit ≥ 0.5 M; otherwise U.' },
      { zh: '问题分类：未完成或结果指标未达标为不足项；超时超过时限一倍以内为改进项，超过一倍为整改项。', en: 'Findings: not done or a target missed is a deficiency (不足项); late by up to the time allowed an improvement (改进项), later a correction (整改项).' },
    ],
  };
}
