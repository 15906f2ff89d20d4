// The evaluators' forms and the players' self-assessments, read from the log (they are logged
// commands, so `tuiyan score` on a log sees exactly what the server's report sees), set beside
// the automatic verdicts: where an evaluator's rating of a requirement or capability differs
// from the scorer's, both are shown.
import type { LogEntry } from '../log.ts';
import type { Capability } from '../plan/plan.ts';
import type { CapabilityResult, Rating, RequirementResult, Verdict } from './scoreResults.ts';
import type { NoteCategory } from './evaluationKinds.ts';

export interface Observation {
  seq: number;
  /** When it was recorded (sim time). */
  t: number;
  evaluator: string;
  actor: string | null;
  requirement: string | null;
  capability: Capability | null;
  rating: Rating | null;
  observedAt: number | null;
  observedRole: string | null;
  strengths: string;
  improvements: string;
  category: NoteCategory | null;
  note: string;
  /** The scorer's own rating of what was observed (null: none to compare). */
  automatic: Rating | null;
  /** The evaluator and the scorer disagree: both are shown. */
  disagrees: boolean;
}

export interface SelfAssessment {
  seq: number;
  t: number;
  role: string;
  actor: string | null;
  rating: Rating | null;
  strengths: string;
  improvements: string;
  note: string;
}

export interface Evaluations {
  /** Entries on the evaluation guide (a requirement or capability observed). */
  observations: Observation[];
  /** Free notes with a category. */
  notes: Observation[];
  selfAssessments: SelfAssessment[];
}

/** A requirement's verdict as a rating, to compare with an evaluator's (on time P, late M, not done U). */
export function verdictRating(v: Verdict): Rating | null {
  return v === 'onTime' ? 'P' : v === 'late' ? 'M' : v === 'notDone' ? 'U' : null;
}

export function evaluationsFromLog(log: readonly LogEntry[], requirements: readonly RequirementResult[], capabilities: readonly CapabilityResult[]): Evaluations {
  const out: Evaluations = { observations: [], notes: [], selfAssessments: [] };
  for (const e of log) {
    if (e.entry !== 'command') continue;
    const c = e as unknown as Record<string, unknown> & { seq: number; t: number; role: string; actor?: string };
    const s = (k: string) => (typeof c[k] === 'string' ? c[k] as string : '');
    if (e.type === 'selfAssess') {
      out.selfAssessments.push({ seq: c.seq, t: c.t, role: c.role, actor: c.actor ?? null, rating: (c.rating as Rating) ?? null, strengths: s('strengths'), improvements: s('improvements'), note: s('note') });
      continue;
    }
    if (e.type !== 'evaluate') continue;
    const requirement = (c.requirement as string) ?? null;
    const req = requirement ? requirements.find((r) => r.id === requirement) : undefined;
    const capability = (c.capability as Capability) ?? req?.capability ?? null;
    const rating = (c.rating as Rating) ?? null;
    const automatic = req ? verdictRating(req.verdict) : capability && !requirement ? capabilities.find((x) => x.capability === capability)?.rating ?? null : null;
    const o: Observation = {
      seq: c.seq, t: c.t, evaluator: c.role, actor: c.actor ?? null, requirement, capability, rating,
      observedAt: (c.observedAt as number) ?? null, observedRole: (c.observedRole as string) ?? null,
      strengths: s('strengths'), improvements: s('improvements'), category: (c.category as NoteCategory) ?? null, note: s('note'),
      automatic, disagrees: rating !== null && automatic !== null && rating !== automatic,
    };
    (requirement || capability ? out.observations : out.notes).push(o);
  }
  return out;
}
