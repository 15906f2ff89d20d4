// The plan checklist of every role, from the core's own requirement tracker
// (sim-core/plan/tracker.ts) fed the exercise's log as it grows — never inferred from what a
// role happens to have seen. One tracker per sim; each feed takes its role's share.
import type { Sim } from '../sim-core/sim.ts';
import type { Plan, Requirement } from '../sim-core/plan/plan.ts';
import { PlanTracker, type RequirementFacts } from '../sim-core/plan/tracker.ts';
import { roleMatches } from '../sim-core/plan/matching.ts';

/** The requirements a role's checklist lists (director and evaluators: all of them, hidden ones too). */
export function requirementsFor(plan: Plan, role: string, showHidden: boolean): { req: Requirement; index: number }[] {
  const all = role === 'director' || role === 'evaluator';
  return plan.requirements.map((req, index) => ({ req, index }))
    .filter(({ req }) => (all || (req.roles ?? [req.role]).some((p) => roleMatches(role, p) || (p === 'township:@trigger' && role.startsWith('township:')))) && (showHidden || !req.hidden));
}

/** A role's checklist: the facts of each plan requirement it lists, by the plan's index (null: not its). */
export type Checklist = (RequirementFacts | null)[];

export class PlanFacts {
  private tracker: PlanTracker;
  private cursor = 0;
  private log: readonly unknown[] | null = null;

  constructor(readonly plan: Plan, private readonly sim: () => Sim) {
    this.tracker = new PlanTracker(plan, sim().scenario);
  }

  get scenario(): Sim['scenario'] { return this.sim().scenario; }

  /** Feeds the tracker what the log gained (a log that was replaced — a rewind — is read again). */
  update(): RequirementFacts[] {
    const s = this.sim().state;
    if (this.log !== s.log || this.cursor > s.log.length) {
      this.tracker = new PlanTracker(this.plan, this.sim().scenario);
      this.cursor = 0;
      this.log = s.log;
    }
    for (; this.cursor < s.log.length; this.cursor++) this.tracker.feed(s.log[this.cursor]);
    this.tracker.finish(s.t);
    return this.tracker.facts;
  }

  /** The checklist of `role`: its own requirements (and, for director and evaluators, all). */
  checklist(role: string): Checklist {
    const facts = this.update();
    const truth = role === 'director' || role === 'evaluator';
    const out: Checklist = this.plan.requirements.map(() => null);
    for (const { index } of requirementsFor(this.plan, role, truth)) out[index] = facts[index];
    return out;
  }
}
