// Explained credit: for each requirement, the logged commands (or events) that met it or came
// closest, each with the reason it did or did not count — the tracker's own test
// (plan/actionMatch.ts), so the explanation cannot disagree with the verdict. Codes only; the
// words are presentation's (presentation/report/creditText.ts).
import type { LogEntry } from '../log.ts';
import type { Scenario } from '../world/scenario.ts';
import type { Requirement } from '../plan/plan.ts';
import type { RequirementFacts } from '../plan/tracker.ts';
import { actionMismatch, rolesWanted, type Mismatch } from '../plan/actionMatch.ts';

export type CreditReason =
  | { why: 'met' }
  | { why: 'metAhead' }
  | { why: 'event' }
  | { why: 'beforeTrigger' }
  | { why: 'alreadyMet' }
  | { why: 'noCommand'; type: string; want: string[] }
  /** An evacuation sent to a shelter inside a dam-break zone (plan/zoneOutcome.ts). */
  | { why: 'intoDamBreakZone'; shelter: string; village: string; reservoir: string }
  | Exclude<Mismatch, { why: 'wrongType' }>;

export interface CreditNote {
  /** Log seq (null for "no such command at all"). */
  seq: number | null;
  t: number | null;
  role: string | null;
  type: string | null;
  counted: boolean;
  reason: CreditReason;
}

/** How close a command came: lower is closer (shown first after what counted). */
const CLOSENESS: Record<string, number> = { met: 0, metAhead: 0, event: 0, intoDamBreakZone: 0, alreadyMet: 1, beforeTrigger: 2, notAtPlace: 3, wrongTeam: 3, wrongField: 4, wrongRole: 5 };

/** At most this many notes per requirement: what counted and the closest others. */
export const NOTES_PER_REQUIREMENT = 4;

export function explainCredit(r: Requirement, f: RequirementFacts, log: readonly LogEntry[], scenario: Scenario): CreditNote[] {
  const counted = new Set(f.evidence);
  if (f.violations) {
    if (f.violations.length === 0) return [];
    return f.violations.slice(0, NOTES_PER_REQUIREMENT).map((v) => ({ seq: v.seq, t: v.t, role: null, type: null, counted: false, reason: { why: 'intoDamBreakZone', shelter: v.shelter, village: v.village, reservoir: v.reservoir } as const }));
  }
  if (!r.action) {
    return log.filter((e) => counted.has(e.seq)).slice(-NOTES_PER_REQUIREMENT)
      .map((e) => ({ seq: e.seq, t: e.t, role: null, type: e.entry === 'event' ? e.kind : null, counted: true, reason: { why: 'event' } as const }));
  }
  const notes: CreditNote[] = [];
  for (const e of log) {
    if (e.entry !== 'command' || e.type !== r.action.type) continue;
    const m = actionMismatch(r, r.action, e, f.triggerPlace, scenario);
    let reason: CreditReason;
    if (m === null) {
      if (counted.has(e.seq)) reason = f.triggerAt !== null && e.t < f.triggerAt ? { why: 'metAhead' } : { why: 'met' };
      else if (f.triggerAt === null || e.t < f.triggerAt) reason = { why: 'beforeTrigger' };
      else reason = { why: 'alreadyMet' };
    } else {
      reason = m as Exclude<Mismatch, { why: 'wrongType' }>;
    }
    notes.push({ seq: e.seq, t: e.t, role: e.role, type: e.type, counted: reason.why === 'met' || reason.why === 'metAhead', reason });
  }
  if (notes.length === 0) return [{ seq: null, t: null, role: null, type: r.action.type, counted: false, reason: { why: 'noCommand', type: r.action.type, want: rolesWanted(r, f.triggerPlace, scenario) } }];
  // What counted first, then the closest misses; among equals the one nearest the trigger.
  const near = (n: CreditNote) => Math.abs((n.t ?? 0) - (f.triggerAt ?? 0));
  return notes.sort((a, b) => CLOSENESS[a.reason.why] - CLOSENESS[b.reason.why] || near(a) - near(b) || a.seq! - b.seq!).slice(0, NOTES_PER_REQUIREMENT);
}
