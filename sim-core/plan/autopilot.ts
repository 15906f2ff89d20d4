// The autopilot plays the roles nobody plays, by the plan: when a requirement of such a role is
// triggered, it gives the required order after a seeded reaction delay (uniform over the plan's
// range for that kind of role), unless the order has been given by then. Its orders go into the
// log like anyone's, so a replay of the log needs no autopilot.
//
// The delays come from a PRNG of the autopilot's own (seeded from the run seed), not from the
// sim's streams: a replay applies the logged orders without drawing delays, and must reach the
// same state hash.
import seedrandom from 'seedrandom';
import type { LogEntry } from '../log.ts';
import type { Scenario } from '../world/scenario.ts';
import type { Command } from '../commands/command.ts';
import type { Plan, Requirement } from './plan.ts';
import { PlanTracker } from './tracker.ts';
import { actingRole } from './actionMatch.ts';

export const AUTOPILOT_ACTOR = '自动推演 autopilot';
/** The autopilot looks at the log at least this often (s), so a trigger is answered on time. */
export const AUTOPILOT_LOOK = 60;

interface Pending {
  due: number;
  requirement: number;
}

function roleKind(role: string): keyof Plan['reaction'] {
  if (role === 'chief') return 'chief';
  if (role.startsWith('township:')) return 'township';
  if (role.startsWith('team:')) return 'team';
  return 'director';
}

export class Autopilot {
  private readonly tracker: PlanTracker;
  private readonly seed: number;
  private cursor = 0;
  private readonly scheduled = new Set<number>();
  private pending: Pending[] = [];

  /** `plays(role)`: true when the autopilot plays that role. */
  constructor(readonly plan: Plan, private readonly scenario: Scenario, seed: number, private readonly plays: (role: string) => boolean) {
    this.tracker = new PlanTracker(plan, scenario);
    this.seed = seed;
  }

  /** Reads the log entries added since the last call and schedules what became due. */
  observe(log: readonly LogEntry[], now: number): void {
    for (; this.cursor < log.length; this.cursor++) this.tracker.feed(log[this.cursor]);
    this.tracker.finish(now);
    this.plan.requirements.forEach((r, k) => {
      if (this.scheduled.has(k) || !r.action) return;
      const f = this.tracker.facts[k];
      if (f.triggerAt === null || f.doneAt !== null) return;
      const role = actingRole(r, f.triggerPlace, this.scenario);
      if (role === null || !this.plays(role)) return;
      const [lo, hi] = this.plan.reaction[roleKind(r.role)];
      this.scheduled.add(k);
      // One draw per requirement from its own stream: the delay does not depend on when or in
      // which order the autopilot noticed the triggers.
      const u = seedrandom.alea(`tuiyan:${this.seed}:autopilot:${r.id}`)();
      this.pending.push({ due: f.triggerAt + Math.round(lo + (hi - lo) * u), requirement: k });
    });
    this.pending.sort((a, b) => a.due - b.due || a.requirement - b.requirement);
  }

  /** When the next order is due (Infinity if none). */
  nextDue(): number {
    return this.pending.length ? this.pending[0].due : Infinity;
  }

  /** Where a run should stop next for the autopilot: its next order, or its next look at the log. */
  nextStop(now: number): number {
    return Math.min(Math.max(now, this.nextDue()), now + AUTOPILOT_LOOK);
  }

  /** The orders due by t, in order; those already given by someone are dropped. */
  takeDue(t: number): Command[] {
    const out: Command[] = [];
    while (this.pending.length && this.pending[0].due <= t) {
      const p = this.pending.shift()!;
      if (this.tracker.facts[p.requirement].doneAt !== null) continue;
      const r = this.plan.requirements[p.requirement];
      out.push(orderFor(r, actingRole(r, this.tracker.facts[p.requirement].triggerPlace, this.scenario)!));
    }
    return out;
  }
}

function orderFor(r: Requirement, role: string): Command {
  return { ...r.action!.fields, type: r.action!.type, role, actor: AUTOPILOT_ACTOR } as unknown as Command;
}
