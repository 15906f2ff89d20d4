// What the client holds of an exercise: the scenario (static map), the role's view (kept up to
// date by full views and immer patches), the role's plan checklist (from the core's tracker), the clock, the raster layers (water depth on the
// hydraulic grid, fire state on the district grid), the events seen so far, and the
// connection state. Panels and the map subscribe to the parts they draw.
import type { Evaluations } from '../../sim-core/score/evaluations.ts';
import { noEvaluations, takeEvaluations, type EvaluationsMessage } from '../../runtime/evaluationBoard.ts';
import type { RejectionDetail } from '../../sim-core/commands/command.ts';
import type { FeedView } from '../../runtime/feed.ts';
import type { Checklist } from '../../runtime/checklist.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan, Requirement } from '../../sim-core/plan/plan.ts';

export type Speed = 'paused' | '1x' | '10x' | '60x' | 'max';
export const SPEEDS: Speed[] = ['paused', '1x', '10x', '60x', 'max'];

export interface Clock { t: number; speed: Speed; status: string; until: number; planHidden?: boolean }

export type Ack = { ok: true; seq: number; t: number } | { ok: false; error: string; message: string; detail?: RejectionDetail };

export type Connection = 'connecting' | 'online' | 'offline' | 'cut' | 'resyncing' | 'local' | 'replay';

export interface Annotation { id: number; t: number; seq: number | null; role: string; actor: string | null; text: string }

export type Topic = 'view' | 'clock' | 'raster' | 'events' | 'connection' | 'scenario' | 'annotations' | 'selection' | 'extra' | 'evaluations';

/** The water layer: depth in cm per hydraulic cell. */
export interface WaterLayer { grid: { width: number; height: number; cellSize: number }; cm: Uint16Array; version: number }

export class Store {
  scenario: Scenario | null = null;
  scenarioFolder: string | null = null;
  plan: Plan | null = null;
  /** The role this console plays. */
  role = '';
  /** The role whose view is shown (the director may look through another role's eyes). */
  viewRole = '';
  exerciseId: string | null = null;
  exerciseName = '';
  playerName: string | null = null;
  view: FeedView | null = null;
  /** The role's plan checklist as its feed sends it (null: none, or hidden). */
  checklist: Checklist | null = null;
  /** A player's requirements as its feed told them, matching `checklist` index by index (null: the truth's, by the plan's index). */
  toldRequirements: Requirement[] | null = null;
  clock: Clock = { t: 0, speed: 'paused', status: 'running', until: 86_400 };
  connection: Connection = 'connecting';
  water: WaterLayer | null = null;
  fire: { cells: Uint8Array; version: number } | null = null;
  /** Every event seen, in log order (the feed sends each once). */
  events: EventEntry[] = [];
  /** Inbox items with seq above this are new. */
  readSeq = -1;
  annotations: Annotation[] = [];
  /** Plan requirements hidden from players (no-script drill). */
  hidePlan = false;
  /** Free-form extras a mode attaches (connected roles, MSEL state …). */
  extra: Record<string, unknown> = {};
  private listeners = new Map<Topic, Set<() => void>>();
  private pending = new Set<Topic>();
  private scheduled = false;

  on(topic: Topic, f: () => void): () => void {
    let set = this.listeners.get(topic);
    if (!set) { set = new Set(); this.listeners.set(topic, set); }
    set.add(f);
    return () => set!.delete(f);
  }

  /** Notifies subscribers of a topic once per animation frame at most. */
  emit(topic: Topic): void {
    this.pending.add(topic);
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      const topics = [...this.pending];
      this.pending.clear();
      for (const tp of topics) for (const f of this.listeners.get(tp) ?? []) {
        try { f(); } catch (err) { console.error(err); }
      }
    };
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(run);
    else setTimeout(run, 16);
  }

  setView(view: FeedView): void {
    this.view = view;
    this.emit('view');
  }

  /** Adds the events a feed sent (each once, in log order). */
  addEvents(entries: readonly EventEntry[]): void {
    if (!entries.length) return;
    for (const e of entries) this.events.push(e);
    this.emit('events');
  }

  /** The plan whose requirements `checklist` follows index by index: a player's as told by its feed, else the plan. */
  checklistPlan(): Plan | null {
    return this.plan && this.toldRequirements ? { ...this.plan, requirements: this.toldRequirements } : this.plan;
  }

  /** Older events (a page the inbox asked for), put before those held; how many were new. */
  prependEvents(entries: readonly EventEntry[]): number {
    const first = this.events[0]?.seq ?? Infinity;
    const older = entries.filter((e) => e.seq < first);
    if (!older.length) return 0;
    this.events = [...older, ...this.events];
    this.emit('events');
    return older.length;
  }

  /** Replaces the events (a join or resync; the replay jumped back; a director switched the view's role). */
  resetEvents(entries: readonly EventEntry[] = []): void {
    this.events = [...entries];
    this.emit('events');
  }

  /** The feed's events message: new ones, or all of them again (`reset`). */
  takeEvents(m: { entries: readonly EventEntry[]; reset: boolean }): void {
    if (m.reset) this.resetEvents(m.entries); else this.addEvents(m.entries);
  }

  /** The evaluators' observations and self-assessments as fed (director and evaluators). */
  evaluations: Evaluations = noEvaluations();

  takeEvaluations(m: EvaluationsMessage): void {
    this.evaluations = takeEvaluations(this.evaluations, m);
    this.emit('evaluations');
  }

  /**
   * The feed's checklist. A player's brings its requirements along (only those triggered for it,
   * issue 15), which the fetched plan does not carry.
   */
  setChecklist(facts: Checklist | null, told?: Requirement[]): void {
    this.toldRequirements = told ?? null;
    this.checklist = facts && facts.length ? facts : null;
    this.emit('extra');
  }

  setClock(c: Clock): void {
    this.clock = c;
    // Online, the director decides whether players see the plan checklist (no-script drill).
    if (c.planHidden !== undefined) this.hidePlan = c.planHidden;
    this.emit('clock');
  }

  setConnection(c: Connection): void {
    if (this.connection === c) return;
    this.connection = c;
    this.emit('connection');
  }
}
