// The verdict on one requirement from its facts: not triggered, on time, late or not done, with
// the deadline, the margin and the credit it earns. Credit: on time 1; late 0.5 falling to 0 as
// the lateness reaches the time allowed again (twice as long as allowed earns nothing); not
// done 0. Outcomes over several sites are judged by their worst site.
import type { Requirement } from '../plan/plan.ts';
import type { RequirementFacts } from '../plan/tracker.ts';

import type { Verdict } from './scoreResults.ts';

// The validation summary (server/validate/runOne.ts) has always taken the type from here.
export type { Verdict } from './scoreResults.ts';

interface Judgement {
  verdict: Verdict;
  deadline: number | null;
  /** Deadline − done time, s (negative when late); null when not done or not triggered. */
  margin: number | null;
  credit: number;
}

export function credit(verdict: Verdict, lateness: number, within: number): number {
  if (verdict === 'onTime') return 1;
  if (verdict === 'late') return 0.5 * Math.max(0, 1 - lateness / Math.max(1, within));
  return 0;
}

export function judge(r: Requirement, f: RequirementFacts): Judgement {
  if (f.triggerAt === null) return { verdict: 'notTriggered', deadline: null, margin: null, credit: 0 };
  const deadline = f.triggerAt + r.within;
  if (f.sites && f.sites.length > 0) {
    if (f.sites.some((s) => s.doneAt === null)) return { verdict: 'notDone', deadline, margin: null, credit: 0 };
    const margin = Math.min(...f.sites.map((s) => s.dueFrom + r.within - s.doneAt!));
    const verdict: Verdict = margin >= 0 ? 'onTime' : 'late';
    return { verdict, deadline, margin, credit: credit(verdict, -margin, r.within) };
  }
  if (f.doneAt === null) return { verdict: 'notDone', deadline, margin: null, credit: 0 };
  const margin = deadline - f.doneAt;
  const verdict: Verdict = margin >= 0 ? 'onTime' : 'late';
  return { verdict, deadline, margin, credit: credit(verdict, -margin, r.within) };
}
