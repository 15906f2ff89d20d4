// The verdict on one requirement from its facts at a time `now`: not triggered, pending (进行中:
// triggered, not met, deadline still ahead), on time, late or not done, with the deadline, the
// margin and the credit it earns. Only what was due by `now` is graded: a report made at 08:24
// does not fail a requirement due at 10:55. The live checklist, the timeline, the report and
// validation all call this one function. Credit: on time 1; late 0.5 falling to 0 as the
// lateness reaches the time allowed again (twice as long as allowed earns nothing); not done 0;
// pending and not triggered weigh nothing. Outcomes over several sites are judged by their
// worst site (each site has its own deadline from when it became due).
import type { Requirement } from '../plan/plan.ts';
import type { RequirementFacts } from '../plan/tracker.ts';

import type { Verdict } from './scoreResults.ts';

// The validation summary (server/validate/runOne.ts) has always taken the type from here.
export type { Verdict } from './scoreResults.ts';

export interface Judgement {
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

/** Whether a verdict counts in the score (pending and not triggered weigh nothing). */
export function graded(v: Verdict): boolean {
  return v !== 'notTriggered' && v !== 'pending';
}

export function judge(r: Requirement, f: RequirementFacts | null | undefined, now: number): Judgement {
  if (!f || f.triggerAt === null || f.triggerAt > now) return { verdict: 'notTriggered', deadline: null, margin: null, credit: 0 };
  const deadline = f.triggerAt + r.within;
  // A prohibition broken (plan/zoneOutcome.ts) is not done, from the moment it was broken.
  if (f.violations?.some((v) => v.t <= now)) return { verdict: 'notDone', deadline, margin: null, credit: 0 };
  if (f.sites && f.sites.length > 0) {
    const open = f.sites.filter((s) => s.doneAt === null || s.doneAt > now);
    if (open.some((s) => s.dueFrom + r.within < now)) return { verdict: 'notDone', deadline, margin: null, credit: 0 };
    if (open.length > 0) return { verdict: 'pending', deadline: Math.min(...open.map((s) => s.dueFrom + r.within)), margin: null, credit: 0 };
    const margin = Math.min(...f.sites.map((s) => s.dueFrom + r.within - s.doneAt!));
    const verdict: Verdict = margin >= 0 ? 'onTime' : 'late';
    return { verdict, deadline, margin, credit: credit(verdict, -margin, r.within) };
  }
  if (f.doneAt === null || f.doneAt > now) {
    return now > deadline ? { verdict: 'notDone', deadline, margin: null, credit: 0 } : { verdict: 'pending', deadline, margin: null, credit: 0 };
  }
  const margin = deadline - f.doneAt;
  const verdict: Verdict = margin >= 0 ? 'onTime' : 'late';
  return { verdict, deadline, margin, credit: credit(verdict, -margin, r.within) };
}
