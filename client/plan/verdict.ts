// Where a requirement stands for a console now, from its facts (the feed's checklist): the
// core's one judge() at the console's clock, in the checklist's words.
import type { Requirement } from '../../sim-core/plan/plan.ts';
import type { RequirementFacts } from '../../sim-core/plan/tracker.ts';
import { judge } from '../../sim-core/score/verdict.ts';

export type Verdict = 'waiting' | 'open' | 'overdue' | 'onTime' | 'late';

const AS_SHOWN = { notTriggered: 'waiting', pending: 'open', notDone: 'overdue', onTime: 'onTime', late: 'late' } as const;

export function verdictOf(req: Requirement, f: RequirementFacts | null | undefined, now: number): Verdict {
  return AS_SHOWN[judge(req, f, now).verdict];
}
