// The plan's requirements followed live in a console that does not hold the whole log: the
// tracker (sim-core/plan/tracker.ts) is fed the events this role has seen, the orders it gave
// itself, and the orders and injects those events show (an evacuationOrdered event says an
// evacuation was ordered, a message from an inject says the inject fired). Exact when the log is
// at hand (offline, replay, the director's log); an estimate otherwise.
import type { CommandEntry, EventEntry, LogEntry } from '../../sim-core/log.ts';
import type { Plan, Requirement } from '../../sim-core/plan/plan.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { PlanTracker, type RequirementFacts } from '../../sim-core/plan/tracker.ts';
import { roleMatches } from '../../sim-core/plan/matching.ts';

type Cmd = Record<string, unknown> & { type: string; role: string };

/** The orders and injects a list of events shows, as log entries at the events' times. */
export function inferredEntries(scenario: Scenario, events: readonly EventEntry[]): LogEntry[] {
  const out: LogEntry[] = [];
  const cmd = (e: EventEntry, c: Cmd) => out.push({ ...c, entry: 'command', t: e.t, seq: e.seq - 0.5 } as unknown as CommandEntry);
  const fired = new Set<string>();
  for (const e of events) {
    if (e.kind === 'injectFired') fired.add(e.inject);
    const inj = (e.kind === 'message' || e.kind === 'rainChanged') ? e.inject : undefined;
    if (inj && !fired.has(inj)) {
      fired.add(inj);
      out.push({ entry: 'event', kind: 'injectFired', inject: inj, injectKind: e.kind === 'message' ? 'message' : 'rain', t: e.t, seq: e.seq - 0.25, visibleTo: [] } as EventEntry);
    }
    switch (e.kind) {
      case 'responseLevelChanged': cmd(e, { type: 'setResponseLevel', role: e.by, level: e.to }); break;
      case 'warningIssued': cmd(e, { type: 'issueWarning', role: e.by, level: e.level, townships: e.townships, villages: e.villages }); break;
      case 'evacuationOrdered': cmd(e, { type: 'orderEvacuation', role: e.by, villages: e.villages }); break;
      case 'shelterOpened': {
        if (e.by === 'onArrival') break;
        // One order opens several shelters, one event each: gather them back into the order.
        const last = out[out.length - 1] as unknown as (Cmd & { t: number; shelters: string[] }) | undefined;
        if (last && last.type === 'openShelter' && last.role === e.by && last.t === e.t) last.shelters.push(e.shelter);
        else cmd(e, { type: 'openShelter', role: e.by, shelters: [e.shelter] });
        break;
      }
      case 'suppliesAllocated': cmd(e, { type: 'allocateSupplies', role: e.by, depot: e.depot, to: e.to, items: e.items }); break;
      case 'reservoirRelease': cmd(e, { type: 'releaseReservoir', role: e.by, reservoir: e.reservoir, rate: e.rate }); break;
      case 'reportReceived': cmd(e, { type: 'sendReport', role: e.report.from, to: e.report.to, kind: e.report.kind, text: e.report.text, ...(e.report.figures ? { figures: e.report.figures } : {}) }); break;
      case 'unitTurningOut': {
        const team = scenario.teams.find((x) => x.id === e.unit);
        cmd(e, { type: 'dispatch', role: team && team.owner !== 'district' ? `township:${team.owner}` : 'chief', unit: e.unit, to: e.destination.startsWith('node:') ? { node: Number(e.destination.slice(5)) } : { place: e.destination } });
        break;
      }
    }
  }
  return out;
}

/** The facts of every requirement from what a console holds, up to `now`. */
export function liveFacts(plan: Plan, scenario: Scenario, events: readonly EventEntry[], own: readonly CommandEntry[], now: number, exact = false): RequirementFacts[] {
  const entries: LogEntry[] = exact ? [...events] : [...events, ...inferredEntries(scenario, events), ...own];
  entries.sort((a, b) => a.t - b.t || a.seq - b.seq);
  const tr = new PlanTracker(plan, scenario);
  for (const e of entries) tr.feed(e);
  tr.finish(now);
  return tr.facts;
}

/** The requirements a role's checklist lists (the director and evaluators: all of them). */
export function requirementsFor(plan: Plan, role: string, showHidden: boolean): { req: Requirement; index: number }[] {
  const all = role === 'director' || role === 'evaluator';
  return plan.requirements.map((req, index) => ({ req, index }))
    .filter(({ req }) => (all || roleMatches(role, req.role) || (req.role.endsWith(':*') && role.startsWith(req.role.slice(0, -1)))) && (showHidden || !req.hidden));
}

export type Verdict = 'waiting' | 'open' | 'overdue' | 'onTime' | 'late';

export function verdictOf(req: Requirement, f: RequirementFacts | undefined, now: number): Verdict {
  if (!f || f.triggerAt === null) return 'waiting';
  const due = f.triggerAt + req.within;
  if (f.doneAt !== null) return f.doneAt <= due ? 'onTime' : 'late';
  return now > due ? 'overdue' : 'open';
}
