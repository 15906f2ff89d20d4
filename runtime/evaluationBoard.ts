// 评估记录看板 — what the director (and the evaluators) see live of the evaluators' observations
// (the `evaluate` command) and the players' self-assessments (`selfAssess`): the same fold the
// report uses (sim-core/score/evaluations.ts), fed incrementally as commands are logged, and
// grouped by the plan's requirements for the director's panel.
import type { LogEntry } from '../sim-core/log.ts';
import type { Plan } from '../sim-core/plan/plan.ts';
import { evaluationsFromLog, type Evaluations, type Observation, type SelfAssessment } from '../sim-core/score/evaluations.ts';

/** New records since the last message (`reset`: replace what the client holds). */
export interface EvaluationsMessage { evaluations: Evaluations; reset: boolean }

export const noEvaluations = (): Evaluations => ({ observations: [], notes: [], selfAssessments: [] });

/** Records logged from `from` on (the scorer's verdicts are not compared live: `automatic` is null). */
export function evaluationsSince(log: readonly LogEntry[], from = 0): Evaluations {
  return evaluationsFromLog(from ? log.slice(from) : log, [], []);
}

export function hasEvaluations(e: Evaluations): boolean {
  return e.observations.length + e.notes.length + e.selfAssessments.length > 0;
}

/** Adds a message to what a client holds. */
export function takeEvaluations(held: Evaluations, m: EvaluationsMessage): Evaluations {
  if (m.reset) return m.evaluations;
  return {
    observations: [...held.observations, ...m.evaluations.observations],
    notes: [...held.notes, ...m.evaluations.notes],
    selfAssessments: [...held.selfAssessments, ...m.evaluations.selfAssessments],
  };
}

export interface RequirementGroup {
  /** The requirement's id (null: observations of a capability as a whole). */
  requirement: string | null;
  name: { zh: string; en?: string } | null;
  capability: string | null;
  observations: Observation[];
}

export interface EvaluationBoard {
  /** Requirements that have observations, in the plan's order; then capability-wide ones; newest first within each. */
  byRequirement: RequirementGroup[];
  notes: Observation[];
  selfAssessments: SelfAssessment[];
}

const newestFirst = <T extends { t: number; seq: number }>(xs: T[]) => [...xs].sort((a, b) => b.t - a.t || b.seq - a.seq);

export function evaluationBoard(e: Evaluations, plan: Plan | null): EvaluationBoard {
  const order = new Map((plan?.requirements ?? []).map((r, k) => [r.id, k]));
  const groups = new Map<string, RequirementGroup>();
  for (const o of e.observations) {
    const key = o.requirement ? `r:${o.requirement}` : `c:${o.capability ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const req = o.requirement ? plan?.requirements.find((r) => r.id === o.requirement) : undefined;
      g = { requirement: o.requirement, name: req?.name ?? null, capability: o.capability ?? req?.capability ?? null, observations: [] };
      groups.set(key, g);
    }
    g.observations.push(o);
  }
  const rank = (g: RequirementGroup) => (g.requirement !== null ? order.get(g.requirement) ?? order.size : order.size + 1);
  const byRequirement = [...groups.values()]
    .map((g) => ({ ...g, observations: newestFirst(g.observations) }))
    .sort((a, b) => rank(a) - rank(b) || ((a.requirement ?? a.capability ?? '') < (b.requirement ?? b.capability ?? '') ? -1 : (a.requirement ?? a.capability ?? '') > (b.requirement ?? b.capability ?? '') ? 1 : 0));
  return { byRequirement, notes: newestFirst(e.notes), selfAssessments: newestFirst(e.selfAssessments) };
}
