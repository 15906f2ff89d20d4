// Follows a log entry by entry and records, for every requirement of a plan, when it was
// triggered, when it was met and by which log entries. Fed the whole log it is the scorer's
// reading; fed as the run goes it tells the autopilot what is due. Pure: entries in, facts out.
import type { LogEntry } from '../log.ts';
import type { Scenario } from '../world/scenario.ts';
import type { Plan, Requirement, Trigger } from './plan.ts';
import { fieldsMatch, roleMatches } from './matching.ts';
import { actionMismatch, placeOf } from './actionMatch.ts';
import { zoneViolation, type ZoneViolation } from './zoneOutcome.ts';

export interface RequirementFacts {
  id: string;
  triggerAt: number | null;
  /** Log seq of the entry that triggered it (null for time triggers). */
  triggerSeq: number | null;
  /** The place the trigger names (a village, a place, an inject's target), if any. */
  triggerPlace: string | null;
  doneAt: number | null;
  /** Log seqs that show it was met (the command, or the events of an outcome). */
  evidence: number[];
  /** Outcomes over several sites: per site, when it became due and when it was met. */
  sites?: { site: string; dueFrom: number; doneAt: number | null }[];
  /** A prohibition (avoidDamBreakZone): each breach of it after the trigger (plan/zoneOutcome.ts). */
  violations?: ZoneViolation[];
}

/** Whether entry e sets off trigger t; returns the trigger time or null. */
function hit(t: Trigger, e: LogEntry, done: Map<string, number>): number | null {
  if ('any' in t) {
    let best: number | null = null;
    for (const s of t.any) { const h = hit(s, e, done); if (h !== null && (best === null || h < best)) best = h; }
    return best;
  }
  if ('at' in t) return e.t >= t.at ? t.at : null;
  if ('after' in t) return done.get(t.after) ?? null;
  if ('event' in t) {
    if (e.entry !== 'event' || e.kind !== t.event || !fieldsMatch(e as unknown as Record<string, unknown>, t.match)) return null;
    return t.knownTo === undefined || e.visibleTo.includes(t.knownTo) || e.visibleTo.includes('all') ? e.t : null;
  }
  return e.entry === 'command' && e.type === t.command && (!t.role || roleMatches(e.role, t.role)) && fieldsMatch(e as unknown as Record<string, unknown>, t.match) ? e.t : null;
}

/** The time of a time trigger (possibly inside `any`) reached by t, else null. */
function timeReached(t: Trigger, now: number): number | null {
  if ('at' in t) return now >= t.at ? t.at : null;
  if ('any' in t) {
    let best: number | null = null;
    for (const s of t.any) { const h = timeReached(s, now); if (h !== null && (best === null || h < best)) best = h; }
    return best;
  }
  return null;
}


export class PlanTracker {
  readonly facts: RequirementFacts[];
  private readonly done = new Map<string, number>();
  private readonly atRisk: Map<string, number>;
  /** Outcome bookkeeping: people safe per village; sites (shelters, trapped villages) and when met. */
  private readonly safe = new Map<string, number>();
  private readonly trappedAt = new Map<string, { t: number; people: number }>();
  private readonly rescued = new Map<string, number>();
  private readonly suppliedAt = new Map<string, number>();
  /** Per requirement, an order given before its trigger (for `earliest: any`). */
  private readonly ahead: ({ t: number; seq: number } | null)[];
  private lastT = 0;

  constructor(readonly plan: Plan, private readonly scenario: Scenario) {
    this.facts = plan.requirements.map((r) => ({
      id: r.id, triggerAt: null, triggerSeq: null, triggerPlace: null, doneAt: null, evidence: [],
      ...(r.outcome?.measure === 'avoidDamBreakZone' ? { violations: [] } : r.outcome && r.outcome.measure !== 'evacuated' ? { sites: [] } : {}),
    }));
    this.atRisk = new Map(scenario.villages.map((v) => [v.id, v.atRisk.people]));
    this.ahead = plan.requirements.map(() => null);
  }

  feed(e: LogEntry): void {
    this.lastT = e.t;
    this.noteOutcomes(e);
    this.plan.requirements.forEach((r, k) => {
      const f = this.facts[k];
      if (f.triggerAt === null) {
        const at = hit(r.trigger, e, this.done);
        if (at !== null) {
          const byEntry = !('at' in r.trigger) && !('after' in r.trigger);
          f.triggerAt = at; f.triggerSeq = byEntry ? e.seq : null; f.triggerPlace = byEntry ? placeOf(e, this.scenario) : null;
        }
      }
      if (f.violations) { this.prohibition(r, f, e); return; }
      if (f.doneAt !== null && !f.sites) return;
      if (r.action) {
        if (e.entry === 'command' && actionMismatch(r, r.action, e, f.triggerPlace, this.scenario) === null) {
          if (f.triggerAt !== null) this.met(r, f, e.t, e.seq);
          else if (r.earliest === 'any' && this.ahead[k] === null) this.ahead[k] = { t: e.t, seq: e.seq };
        }
        // Done ahead of the trigger: met the moment it is triggered.
        if (f.triggerAt !== null && f.doneAt === null && this.ahead[k] !== null) this.met(r, f, f.triggerAt, this.ahead[k]!.seq);
      } else {
        this.outcome(r, f, e);
      }
    });
  }

  /** Time-only triggers due by t with no entry to carry them (the end of a run). */
  finish(t: number): void {
    this.plan.requirements.forEach((r, k) => {
      const f = this.facts[k];
      if (f.triggerAt !== null) return;
      const at = timeReached(r.trigger, t);
      if (at === null) return;
      f.triggerAt = at;
      if (f.violations) { f.doneAt = at; this.done.set(r.id, at); }
      if (r.action && this.ahead[k] !== null) this.met(r, f, at, this.ahead[k]!.seq);
    });
    this.lastT = Math.max(this.lastT, t);
  }

  private met(r: Requirement, f: RequirementFacts, t: number, seq: number): void {
    f.doneAt = t;
    f.evidence.push(seq);
    this.done.set(r.id, t);
  }

  private noteOutcomes(e: LogEntry): void {
    if (e.entry !== 'event') return;
    if (e.kind === 'evacueesArrived' || e.kind === 'peopleRescued') this.safe.set(e.village, (this.safe.get(e.village) ?? 0) + e.people);
    if (e.kind === 'suppliesArrived' && !this.suppliedAt.has(e.to)) this.suppliedAt.set(e.to, e.t);
    if (e.kind === 'peopleRescued') this.rescued.set(e.village, (this.rescued.get(e.village) ?? 0) + e.people);
    if (e.kind === 'peopleTrapped' && !this.trappedAt.has(e.village)) this.trappedAt.set(e.village, { t: e.t, people: e.people });
  }

  /** A prohibition holds from its trigger (met then) until broken; breaking it is judged in score/verdict.ts. */
  private prohibition(r: Requirement, f: RequirementFacts, e: LogEntry): void {
    if (f.triggerAt === null) return;
    if (f.doneAt === null) { f.doneAt = f.triggerAt; this.done.set(r.id, f.triggerAt); }
    const o = r.outcome as { measure: 'avoidDamBreakZone'; reservoirs?: string[] };
    const v = zoneViolation(e, this.scenario, o.reservoirs);
    if (v) { f.violations!.push(v); f.evidence.push(v.seq); }
  }

  private outcome(r: Requirement, f: RequirementFacts, e: LogEntry): void {
    const o = r.outcome!;
    if (e.entry !== 'event') return;
    if (o.measure === 'evacuated') {
      if (e.kind !== 'evacueesArrived' && e.kind !== 'peopleRescued') return;
      if (!o.villages.includes(e.village)) return;
      f.evidence.push(e.seq);
      let safe = 0, need = 0;
      for (const v of o.villages) { safe += this.safe.get(v) ?? 0; need += this.atRisk.get(v) ?? 0; }
      if (need > 0 && safe >= o.share * need) this.met(r, f, e.t, e.seq);
      return;
    }
    if (o.measure === 'avoidDamBreakZone') return; // prohibition(), above
    const sites = f.sites!;
    const counts = (site: string) => !o.sites || o.sites.includes(site);
    // A site becomes due: a shelter receives its first evacuees; a village has people trapped.
    if ((o.measure === 'suppliesArrived' || o.measure === 'siteSecured') && e.kind === 'evacueesArrived' && counts(e.shelter) && !sites.some((s) => s.site === e.shelter)) {
      // Supplies sent ahead (前置) that are there already when the first people come: met at once.
      const ahead = o.measure === 'suppliesArrived' && this.suppliedAt.has(e.shelter);
      sites.push({ site: e.shelter, dueFrom: e.t, doneAt: ahead ? e.t : null });
      f.doneAt = ahead && sites.every((x) => x.doneAt !== null) ? Math.max(...sites.map((x) => x.doneAt!)) : null;
      if (f.triggerAt === null) { f.triggerAt = e.t; f.triggerSeq = e.seq; f.triggerPlace = e.shelter; }
    }
    // Or a place the trigger's own event names (an `outage` at a village: water to be brought there):
    // every such event, not only the first, makes its place due.
    if (o.measure === 'suppliesArrived' && 'event' in r.trigger && r.trigger.event !== 'evacueesArrived' && hit(r.trigger, e, this.done) !== null) {
      const place = placeOf(e, this.scenario);
      if (place !== null && counts(place) && !sites.some((s) => s.site === place)) {
        sites.push({ site: place, dueFrom: e.t, doneAt: null });
        f.doneAt = null;
      }
    }
    if (o.measure === 'trappedRescued' && e.kind === 'peopleTrapped' && counts(e.village) && !sites.some((s) => s.site === e.village)) {
      sites.push({ site: e.village, dueFrom: e.t, doneAt: null });
      f.doneAt = null;
      if (f.triggerAt === null) { f.triggerAt = e.t; f.triggerSeq = e.seq; f.triggerPlace = e.village; }
    }
    // A crowded site becomes due when its alarm or order comes, and is met when the last person is out.
    if (o.measure === 'siteCleared' && e.kind === 'siteEvacuationStarted' && counts(e.site) && !sites.some((s) => s.site === e.site)) {
      sites.push({ site: e.site, dueFrom: e.t, doneAt: null });
      f.doneAt = null;
      if (f.triggerAt === null) { f.triggerAt = e.t; f.triggerSeq = e.seq; f.triggerPlace = e.site; }
    }
    const metAt = (site: string) => sites.find((s) => s.site === site && s.doneAt === null);
    let s: { site: string; doneAt: number | null } | undefined;
    if (o.measure === 'suppliesArrived' && e.kind === 'suppliesArrived') s = metAt(e.to);
    if (o.measure === 'siteSecured' && e.kind === 'siteSecured') s = metAt(e.place);
    if (o.measure === 'siteCleared' && e.kind === 'siteCleared') s = metAt(e.site);
    if (o.measure === 'trappedRescued' && e.kind === 'peopleRescued') {
      const site = metAt(e.village);
      const trapped = this.trappedAt.get(e.village)?.people ?? 0;
      if (site && (this.rescued.get(e.village) ?? 0) >= trapped) s = site;
    }
    if (s) {
      s.doneAt = e.t;
      f.evidence.push(e.seq);
      if (sites.every((x) => x.doneAt !== null)) f.doneAt = Math.max(...sites.map((x) => x.doneAt!));
    }
  }
}

/** The facts of every requirement after the whole log (up to time `end`). */
export function trackLog(plan: Plan, scenario: Scenario, log: readonly LogEntry[], end: number): RequirementFacts[] {
  const tr = new PlanTracker(plan, scenario);
  for (const e of log) tr.feed(e);
  tr.finish(end);
  return tr.facts;
}
