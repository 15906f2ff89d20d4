// What the scorer gives for each requirement, capability and outcome target, and its findings.
// Leaf types: they import only other leaf types, so the scorer and the findings both use them.
import type { LocalText } from '../world/localText.ts';
import type { Capability } from '../plan/plan.ts';
import type { Grade, TargetId } from './targets.ts';
import type { CreditNote } from './credit.ts';

/** `pending` (进行中): triggered, not yet met, its deadline not yet reached at the time judged. */
export type Verdict = 'notTriggered' | 'pending' | 'onTime' | 'late' | 'notDone';

export interface RequirementResult {
  id: string;
  name: LocalText;
  capability: Capability;
  role: string;
  weight: number;
  source: LocalText;
  verdict: Verdict;
  triggerAt: number | null;
  deadline: number | null;
  doneAt: number | null;
  margin: number | null;
  credit: number;
  /** Log seqs: what triggered it, then what met it. */
  evidence: number[];
  sites?: { site: string; dueFrom: number; doneAt: number | null }[];
  /** Why it got its credit: the commands (or events) that met it or came closest, and why each did or did not count. */
  credits: CreditNote[];
}

export type Rating = 'P' | 'S' | 'M' | 'U';

export interface CapabilityResult {
  capability: Capability;
  name: LocalText;
  rating: Rating | null;
  credit: number;
  triggered: number;
}

export interface TargetResult {
  id: TargetId;
  name: LocalText;
  target: number;
  /** null: not measured (e.g. a log graded without its world). */
  actual: number | null;
  met: boolean;
  /** The best grade allowed when missed. */
  cap: Grade | null;
  /** trappedPast / sitesUnsupplied / sitesUnsecured: the time limit, s. */
  within: number | null;
}

/** The grade limit a missed target set, and why (shown at the top of the report). */
export interface GradeCap {
  grade: Grade;
  reasons: LocalText[];
}

export type FindingClass = '不足项' | '整改项' | '改进项';

export interface Finding {
  class: FindingClass;
  requirement: string | null;
  text: LocalText;
  replayAt: number;
}
