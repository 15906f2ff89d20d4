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
import { graded, judge } from './verdict.ts';
import { explainCredit } from './credit.ts';
import { evaluationsFromLog, type Evaluations } from './evaluations.ts';
import { DEFAULT_WITHIN, lowerGrade, measureTargets, TARGET_NAMES, type Grade, type WorldMeasures } from './targets.ts';
import { outcomesFromLog, type LogOutcomes } from './outcomes.ts';
import { findingsFor } from './findings.ts';
import type { CapabilityResult, Finding, GradeCap, Rating, RequirementResult, TargetResult } from './scoreResults.ts';

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
  /** The grade: the score's grade, held down by any cap a missed target sets. */
  grade: Grade;
  /** The grade the score alone gives. */
  scoreGrade: Grade;
  /** The limit missed targets set on the grade, and why; null when none. */
  cap: GradeCap | null;
  findings: Finding[];
  /** The evaluators' forms and notes and the self-assessments (自评), beside the automatic verdicts. */
  evaluations: Evaluations;
  /** The rules, said in the report so a reader can check the arithmetic. */
  rules: LocalText[];
}

/** Weight of each outcome target in the score (as an important requirement). */
export const TARGET_WEIGHT = 2;

/** P: all on time; S: credit ≥ 0.8 with nothing left undone; M: credit ≥ 0.5; U: below. */
export function rate(results: readonly RequirementResult[]): Rating | null {
  const t = results.filter((r) => graded(r.verdict));
  if (t.length === 0) return null;
  const w = t.reduce((a, r) => a + r.weight, 0);
  const c = t.reduce((a, r) => a + r.weight * r.credit, 0) / w;
  if (t.every((r) => r.verdict === 'onTime')) return 'P';
  if (c >= 0.8 && t.every((r) => r.verdict !== 'notDone')) return 'S';
  return c >= 0.5 ? 'M' : 'U';
}

export function grade(score: number): Grade {
  return score >= 90 ? '优秀' : score >= 75 ? '良好' : score >= 60 ? '合格' : '不合格';
}

export function scoreLog(plan: Plan, scenario: Scenario, fullLog: readonly LogEntry[], end: number, world: WorldMeasures | null = null): ScoreReport {
  // Graded at `end`: what came later did not happen yet.
  const log = fullLog.filter((e) => e.t <= end);
  const facts = trackLog(plan, scenario, log, end);
  const requirements: RequirementResult[] = plan.requirements.map((r, k) => {
    const f = facts[k];
    const j = judge(r, f, end);
    return {
      id: r.id, name: r.name, capability: r.capability, role: r.role, weight: r.weight, source: r.source,
      verdict: j.verdict, triggerAt: f.triggerAt, deadline: j.deadline, doneAt: f.doneAt, margin: j.margin, credit: j.credit,
      evidence: [...(f.triggerSeq !== null ? [f.triggerSeq] : []), ...f.evidence],
      ...(f.sites ? { sites: f.sites.map((s) => ({ ...s })) } : {}),
      credits: explainCredit(r, f, log, scenario),
    };
  });
  const capabilities: CapabilityResult[] = CAPABILITIES.map((c) => {
    const mine = requirements.filter((r) => r.capability === c && graded(r.verdict));
    const w = mine.reduce((a, r) => a + r.weight, 0);
    return { capability: c, name: CAPABILITY_NAMES[c], rating: rate(mine), credit: w ? Math.round((mine.reduce((a, r) => a + r.weight * r.credit, 0) / w) * 1000) / 1000 : 0, triggered: mine.length };
  }).filter((c) => c.triggered > 0);
  const outcomes = outcomesFromLog(log);
  const measured = measureTargets(plan.targets, log, end, world);
  const targets: TargetResult[] = plan.targets.map((t) => {
    const actual = measured.get(t.id) ?? null;
    const within = t.within ?? DEFAULT_WITHIN[t.id] ?? null;
    return { id: t.id, name: TARGET_NAMES[t.id], target: t.max, actual, met: actual === null || actual <= t.max, cap: t.cap ?? null, within };
  });
  const counted = targets.filter((t) => t.actual !== null);
  const triggered = requirements.filter((r) => graded(r.verdict));
  const wSum = triggered.reduce((a, r) => a + r.weight, 0) + TARGET_WEIGHT * counted.length;
  const got = triggered.reduce((a, r) => a + r.weight * r.credit, 0) + TARGET_WEIGHT * counted.filter((x) => x.met).length;
  const score = wSum > 0 ? Math.round((100 * got) / wSum * 10) / 10 : 0;
  const capped = targets.filter((t) => !t.met && t.cap);
  const cap: GradeCap | null = capped.length === 0 ? null : {
    grade: capped.map((t) => t.cap!).reduce(lowerGrade),
    reasons: capped.map((t) => ({ zh: `${t.name.zh}为 ${t.actual}，超过预案目标 ${t.target}，评定至多为${t.cap}`, en: `${t.name.en} was ${t.actual}, above the plan's target of ${t.target}: graded at most ${t.cap}` })),
  };
  const byScore = grade(score);
  return {
    format: 'tuiyan-score/1', plan: plan.id, planName: plan.name, scenario: scenario.id, end,
    requirements, capabilities, outcomes, targets, score, grade: cap ? lowerGrade(byScore, cap.grade) : byScore, scoreGrade: byScore, cap,
    findings: findingsFor(requirements, targets),
    evaluations: evaluationsFromLog(log, requirements, capabilities),
    rules: [
      { zh: '只评定评估时刻之前已到时限的要求：按时完成得满分；超时完成得一半，并随超时时长线性递减，超时达到时限一倍时为零；到时限仍未完成为零；已触发但未到时限的为进行中，未触发的不计分。', en: 'Only what was due by the time graded counts: on time earns full credit; late earns half, falling linearly to nothing when the lateness equals the time allowed; not done by the deadline earns nothing; triggered but not yet due is pending and, like never triggered, does not count.' },
      { zh: `总分 = 100 × Σ(权重 × 得分) / Σ权重，每项结果指标按权重 ${TARGET_WEIGHT} 计入；优秀 ≥ 90，良好 ≥ 75，合格 ≥ 60；预案规定的结果指标未达标时，评定不高于该指标的上限等级。`, en: `Score = 100 × Σ(weight × credit) / Σ weight, with each outcome target counted at weight ${TARGET_WEIGHT}; 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60; a missed target that the plan caps holds the grade at most to its cap.` },
      { zh: '能力评定：全部按时为 P；得分 ≥ 0.8 且无未完成项为 S；得分 ≥ 0.5 为 M；其余为 U。', en: 'Capability rating: all on time P; credit ≥ 0.8 with nothing undone S; credit ≥ 0.5 M; otherwise U.' },
      { zh: '问题分类：未完成或结果指标未达标为不足项；超时超过时限一倍以内为改进项，超过一倍为整改项。', en: 'Findings: not done or a target missed is a deficiency (不足项); late by up to the time allowed an improvement (改进项), later a correction (整改项).' },
    ],
  };
}
