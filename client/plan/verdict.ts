// Where a requirement stands for a console now, from its facts (the feed's checklist).
import type { Requirement } from '../../sim-core/plan/plan.ts';
import type { RequirementFacts } from '../../sim-core/plan/tracker.ts';

export type Verdict = 'waiting' | 'open' | 'overdue' | 'onTime' | 'late';

export function verdictOf(req: Requirement, f: RequirementFacts | null | undefined, now: number): Verdict {
  if (!f || f.triggerAt === null) return 'waiting';
  const due = f.triggerAt + req.within;
  if (f.doneAt !== null) return f.doneAt <= due ? 'onTime' : 'late';
  return now > due ? 'overdue' : 'open';
}
