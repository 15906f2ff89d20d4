// One feed per role: what that role receives, computed once and shipped by the host (socket.io
// on the server, postMessage in the worker) — its view as patches against what it last got,
// the events it may see exactly once (a cursor into the log; views carry no event window),
// and its plan checklist from the core's tracker. Raster deltas come from `SimRasters` under
// `fireLayerFor`, shared by every feed of a sim.
import type { Patch } from 'immer';
import type { Sim } from '../sim-core/sim.ts';
import type { View } from '../sim-core/views.ts';
import { seesEvent } from '../sim-core/views.ts';
import { parseRole, seesTruth } from '../sim-core/commands/roles.ts';
import type { EventEntry, LogEntry } from '../sim-core/log.ts';
import { diffJson, type Json } from './viewDiff.ts';
import type { Checklist, PlanFacts } from './checklist.ts';
import { evaluationsSince, hasEvaluations, type EvaluationsMessage } from './evaluationBoard.ts';
import type { Requirement } from '../sim-core/plan/plan.ts';
import { toldChecklist } from './toldChecklist.ts';

/** Patch sets kept for clients catching up. */
const HISTORY = 64;
/** Past this many patches a full view is cheaper to send and to apply. */
const MAX_PATCHES = 2000;
/** Events a joining client gets at most (older ones are in the log). */
export const BACKLOG_EVENTS = 2000;

/** A role's view as fed: the core's view without its event window (events come by the cursor). */
export type FeedView = Omit<View, 'events'>;

export interface PatchMessage { version: number; from: number; patches: Patch[] }
export interface ViewMessage { version: number; view: Json }
/** New events (`reset`: replace what the client holds, on join or when the log went back). */
export interface EventsMessage { entries: EventEntry[]; reset: boolean }
/**
 * The role's plan checklist: for the truth roles the facts of every requirement by the plan's
 * index; for a player only its triggered requirements, each sent with its facts (toldChecklist.ts).
 */
export interface ChecklistMessage { facts: Checklist; requirements?: Requirement[] }

export type Refresh =
  | { kind: 'none' }
  | { kind: 'patch'; message: PatchMessage }
  | { kind: 'view'; message: ViewMessage };

/** What one refresh gives the role. */
export interface FeedUpdate {
  view: Refresh;
  events: EventsMessage | null;
  checklist: ChecklistMessage | null;
  /** The evaluators' observations and self-assessments logged since (director and evaluators only). */
  evaluations: EvaluationsMessage | null;
}

export interface FeedOptions {
  /** The host's version counter (the server seeds it from its wall clock, so none is reused across restarts). */
  nextVersion: () => number;
  /** The plan's facts of this sim, shared by its feeds; none without a plan. */
  planFacts?: PlanFacts | null;
  /**
   * A player's checklist lists every one of its requirements by the plan's index, triggered or
   * not: for an offline practice, whose bundle holds the script anyway. Otherwise (a served
   * exercise) only those triggered for it, told with their names (toldChecklist.ts).
   */
  wholePlan?: boolean;
}

/** The JSON a client receives as the view. */
export function feedView(sim: Sim, role: string): Json {
  const view = sim.viewFor(role);
  if (!view) return null;
  const { events: _events, ...rest } = view;
  return JSON.parse(JSON.stringify(rest)) as Json;
}

/**
 * An event as a player is told it (issue 15: a feed reveals nothing by its shape): numbered in
 * the order this role was told (`seq` is the n-th event it may see, so no gap counts entries
 * hidden from it) and without `visibleTo` (who else was told). Truth roles get the log's own.
 */
export function toldAs(e: EventEntry, n: number): EventEntry {
  // Nor the MSEL id an event came from (a message's or a rain change's `inject`).
  const { visibleTo: _who, ...rest } = e as EventEntry & { inject?: string };
  delete (rest as { inject?: string }).inject;
  return { ...rest, seq: n } as EventEntry;
}

export class RoleFeed {
  version = 0;
  private current: Json = null;
  private seenT = -1;
  private seenEntities: unknown = null;
  private seenLog = -1;
  private history: PatchMessage[] = [];
  private pending: Patch[] = [];
  /** The log this feed's cursor points into (a restored sim has a new one) and the cursor. */
  private log: unknown = null;
  private cursor = 0;
  /** Events before the cursor this role may see: the last one's number as told (toldAs). */
  private told = 0;
  private readonly truth: boolean;
  private lastChecklist = '';
  /** The log and the point in it up to which evaluations were sent. */
  private evalLog: unknown = null;
  private evalCursor = 0;

  constructor(readonly role: string, sim: Sim, private readonly options: FeedOptions) {
    const r = parseRole(role, sim.scenario);
    if (!r) throw new RangeError(`no role ${JSON.stringify(role)} in scenario ${sim.scenario.id}`);
    this.truth = seesTruth(r);
    this.log = sim.state.log;
    this.cursor = sim.state.log.length;
    this.told = this.countTold(sim.state.log, this.cursor);
    this.compute(sim);
    this.pending = [];
    this.version = options.nextVersion();
  }

  /** Builds the view as the JSON a client receives; false when nothing it depends on moved. */
  private compute(sim: Sim): boolean {
    const s = sim.state;
    if (s.t === this.seenT && s.entities === this.seenEntities && s.log.length === this.seenLog) return false;
    this.seenT = s.t; this.seenEntities = s.entities; this.seenLog = s.log.length;
    const next = feedView(sim, this.role);
    const patches = diffJson(this.current, next);
    this.current = next;
    this.pending = patches;
    return patches.length > 0;
  }

  /** Brings the view up to the sim. */
  refreshView(sim: Sim): Refresh {
    if (!this.compute(sim)) return { kind: 'none' };
    const message: PatchMessage = { version: this.options.nextVersion(), from: this.version, patches: this.pending };
    this.pending = [];
    this.version = message.version;
    this.history.push(message);
    if (this.history.length > HISTORY) this.history.shift();
    if (message.patches.length > MAX_PATCHES) return { kind: 'view', message: this.view() };
    return { kind: 'patch', message };
  }

  /** Everything due: the view's patches, the events since the last refresh, a changed checklist. */
  refresh(sim: Sim, planHidden = false): FeedUpdate {
    return { view: this.refreshView(sim), events: this.newEvents(sim), checklist: this.checklistUpdate(planHidden), evaluations: this.newEvaluations(sim) };
  }

  /**
   * The evaluators' records and self-assessments (issue 14: the director sees them) logged since
   * the last call; all of them as a reset when the log was replaced. None for players.
   */
  newEvaluations(sim: Sim): EvaluationsMessage | null {
    if (!this.truth) return null;
    const log = sim.state.log;
    const reset = log !== this.evalLog || this.evalCursor > log.length;
    const from = reset ? 0 : this.evalCursor;
    this.evalLog = log;
    this.evalCursor = log.length;
    const evaluations = evaluationsSince(log, from);
    return reset || hasEvaluations(evaluations) ? { evaluations, reset } : null;
  }

  /** For a client that joins: the records up to the cursor (later ones come with the next refresh, each once). */
  evaluationsBacklog(sim: Sim): EvaluationsMessage | null {
    if (!this.truth) return null;
    const log = sim.state.log;
    if (log !== this.evalLog) return null; // the next refresh resets everyone
    return { evaluations: evaluationsSince(log.slice(0, Math.min(this.evalCursor, log.length))), reset: true };
  }

  /**
   * Events this role may see that were logged since the last call, each once. When the sim's
   * log was replaced (a rewind), the events up to now are sent again as a reset.
   */
  newEvents(sim: Sim): EventsMessage | null {
    const log = sim.state.log;
    if (log !== this.log || this.cursor > log.length) {
      this.log = log;
      this.cursor = log.length;
      this.told = this.countTold(log, this.cursor);
      return { entries: this.backlog(sim), reset: true };
    }
    const out: EventEntry[] = [];
    for (let i = this.cursor; i < log.length; i++) {
      const e = log[i];
      if (e.entry === 'event' && seesEvent(this.role, this.truth, e)) out.push(this.truth ? e : toldAs(e, ++this.told));
    }
    this.cursor = log.length;
    return out.length ? { entries: out, reset: false } : null;
  }

  /** The latest events up to the cursor, for a client that joins (what later refreshes will not repeat). */
  backlog(sim: Sim, limit = BACKLOG_EVENTS): EventEntry[] {
    return this.eventsBefore(sim, Infinity, limit);
  }

  /**
   * Up to `limit` events this role may see, numbered (as it sees them) before `before` and up to
   * the cursor, oldest first: the backlog, and the inbox's older pages on request.
   */
  eventsBefore(sim: Sim, before: number, limit = BACKLOG_EVENTS): EventEntry[] {
    const log = sim.state.log;
    const end = Math.min(this.cursor, log.length);
    const out: EventEntry[] = [];
    if (this.truth) {
      // The log's own numbers, in order: start below the first entry at or after `before`.
      let lo = 0, hi = end;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (log[mid].seq < before) lo = mid + 1; else hi = mid; }
      for (let i = lo - 1; i >= 0 && out.length < limit; i--) {
        const e = log[i];
        if (e.entry === 'event') out.push(e);
      }
    } else {
      // A player's events are numbered as it was told them (toldAs): count back from the cursor's number.
      let n = this.countTold(log, end);
      for (let i = end - 1; i >= 0 && out.length < limit; i--) {
        const e = log[i];
        if (e.entry !== 'event' || !seesEvent(this.role, false, e)) continue;
        if (n < before) out.push(toldAs(e, n));
        n--;
      }
    }
    return out.reverse();
  }

  /** How many of the log's entries from `from` to `end` are events this role may see. */
  private countTold(log: readonly LogEntry[], end: number, from = 0): number {
    if (this.truth) return 0;
    let n = 0;
    for (let i = from; i < end; i++) { const e = log[i]; if (e.entry === 'event' && seesEvent(this.role, false, e)) n++; }
    return n;
  }

  /** The role's checklist (null without a plan, or while the director hides it from players). */
  checklist(planHidden = false): ChecklistMessage | null {
    const pf = this.options.planFacts;
    if (!pf || (planHidden && !this.truth)) return null;
    if (this.truth || this.options.wholePlan) return { facts: pf.checklist(this.role) };
    return toldChecklist(pf.plan, pf.scenario, this.role, pf.update());
  }

  private checklistUpdate(planHidden: boolean): ChecklistMessage | null {
    const c = this.checklist(planHidden);
    const key = c ? JSON.stringify(c.facts) : '';
    if (key === this.lastChecklist) return null;
    this.lastChecklist = key;
    return c ?? { facts: [], ...(this.truth || this.options.wholePlan ? {} : { requirements: [] }) };
  }

  /** After nobody watched for a while: brings the view up to date and skips the events, which a joining client gets as its backlog. */
  catchUp(sim: Sim): void {
    this.refreshView(sim);
    const log = sim.state.log;
    if (log !== this.log || this.cursor > log.length) this.told = this.countTold(log, log.length);
    else this.told += this.countTold(log, log.length, this.cursor);
    this.log = sim.state.log;
    this.cursor = sim.state.log.length;
    this.evalLog = sim.state.log;
    this.evalCursor = sim.state.log.length;
  }

  view(): ViewMessage {
    return { version: this.version, view: this.current };
  }

  /** The patch sets after `version`, or null when it is not a version this feed sent lately. */
  patchesSince(version: number): PatchMessage[] | null {
    if (version === this.version) return [];
    const i = this.history.findIndex((m) => m.from === version);
    return i < 0 ? null : this.history.slice(i);
  }
}
