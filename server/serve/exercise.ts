// One exercise: one room, one writer. Commands from every socket go through one queue; each
// batch is applied in order by the core, written to SQLite in one transaction, and only then
// acknowledged. The real-time clock turns wall time into sim time at the chosen speed (the
// only place wall time meets the sim); snapshots are taken every so many sim minutes. What
// each role sees is published from here: view patches at 4 Hz, raster deltas and the clock at 1 Hz.
import type { ScriptProblem } from '../../sim-core/commands/command.ts';
import type { Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { nowMs } from './wallClock.ts';
import { SimClock, type Speed } from '../../runtime/clock.ts';
import { maxStopTime, type MaxStop } from '../../runtime/maxRun.ts';
import { Driver, type Applied } from '../../runtime/driver.ts';
import { RoleFeed } from '../../runtime/feed.ts';
import { PlanFacts } from '../../runtime/checklist.ts';
import { fireLayerFor, SimRasters, type RasterMessage } from '../../runtime/rasters.ts';
import { packSnapshot } from './snapshotCodec.ts';
import { nextVersion } from './versions.ts';
import { rooms, type Outbox } from './rooms.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { RoleQuota } from './roleQuota.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import type { RejectionDetail } from '../../sim-core/commands/command.ts';
import type { CommandRow, ExerciseRow, Store } from './store.ts';

export type Ack =
  | { ok: true; seq: number; t: number }
  | { ok: false; error: string; message: string; problem?: ScriptProblem; detail?: RejectionDetail };

export interface ExerciseOptions {
  /** Sim seconds between snapshots. */
  snapshotEvery: number;
  /** Wall milliseconds between snapshots at least (at max speed sim minutes pass quickly). */
  snapshotMinWallMs: number;
  /** Called when the exercise fails (a core error) so the server can log it. */
  onProblem(ex: Exercise, problem: string): void;
  limits?: Limits;
}

const PATCH_EVERY_MS = 250;
const SLOW_EVERY_MS = 1000;
/** Longest a single advance step should take before the chunk of sim time is halved. */
const STEP_MS = 8;

interface Pending { command: Record<string, unknown>; done: (ack: Ack) => void }

export class Exercise {
  /** One feed per role someone watches, shared by that role's sockets. */
  readonly channels = new Map<string, RoleFeed>();
  /** Sockets connected per role. */
  readonly sockets = new Map<string, number>();
  private rasters: SimRasters | null = null;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private readonly clock: SimClock;
  /** Drives the sim: the autopilot for roles nobody plays, and every command applied. */
  private driver!: Driver;
  private planFacts: PlanFacts | null = null;
  private chunk = 60;
  private lastSnapshotT: number;
  private lastSnapshotWall = -Infinity;
  private snapshotting = false;
  private nextPatch = 0;
  private nextSlow = 0;
  /** Channels still to refresh in the current publishing round (spread over turns). */
  private publishing: string[] = [];
  clockDirty = false;
  /**
   * Roles someone has joined (a player token was issued): the autopilot's default for an exercise
   * whose log has no say (one created before `setPlayed`); the logged `setPlayed` commands decide.
   */
  readonly played = new Set<string>();
  /** Commands per role per wall second and per sim minute. */
  readonly quota: RoleQuota;

  constructor(
    private readonly store: Store,
    private readonly outbox: Outbox,
    readonly scenario: Scenario,
    readonly row: ExerciseRow,
    sim: Sim,
    private readonly options: ExerciseOptions,
    lastSnapshotT: number | null,
    readonly plan: Plan | null,
    played: readonly string[],
  ) {
    this.lastSnapshotT = lastSnapshotT ?? 0;
    this.quota = new RoleQuota(options.limits ?? DEFAULT_LIMITS);
    // The director's switches, as they were before a restart.
    const settings = store.settings(row.id);
    this.planHidden = settings.planHidden === true;
    this.stopAt = typeof settings.stopAt === 'number' ? settings.stopAt : null;
    for (const r of played) this.played.add(r);
    this.sim = sim;
    this.clock = new SimClock(row.speed, nowMs(), sim.state.t);
  }

  get sim(): Sim { return this.driver.sim; }

  /** Drives `sim` from now on (a reload after a storage failure hands in the rebuilt one). */
  set sim(sim: Sim) {
    // The autopilot plays, by the plan, every role nobody has joined (never the director); its orders are logged like anyone's.
    this.driver = new Driver({ scenario: this.scenario, seed: this.row.seed, plan: this.plan, sim, autopilotPlays: (role) => role !== 'director' && !this.played.has(role) });
    // One tracker for every feed; it rereads the log when the sim is replaced.
    if (this.plan && !this.planFacts) this.planFacts = new PlanFacts(this.plan, () => this.driver.sim);
  }

  get id(): string { return this.row.id; }
  get t(): number { return this.sim.state.t; }
  get running(): boolean { return this.row.status === 'running' && this.row.speed !== 'paused'; }

  // ── commands ────────────────────────────────────────────────────────────────────────────

  /** Whether the exercise takes this command now: while running; after the end, only evaluations and self-assessments (自评), records rather than orders. */
  private takes(command: Record<string, unknown>): boolean {
    return this.row.status === 'running' || (this.row.status === 'finished' && (command.type === 'evaluate' || command.type === 'selfAssess'));
  }

  /** Queues a command (already stamped with its role); `done` gets the acknowledgement. */
  submit(command: Record<string, unknown>, done: (ack: Ack) => void): void {
    // Evaluations and self-assessments (自评) come after the end too: records, not orders.
    if (!this.takes(command)) {
      done({ ok: false, error: this.row.status === 'finished' ? 'finished' : 'failed', message: `exercise ${this.id} is ${this.row.status}; it takes no more commands` });
      return;
    }
    const refused = this.quota.take(String(command.role), this.t);
    if (refused) { done(refused); return; }
    this.queue.push({ command, done });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Applies the queued commands in order, writes the accepted ones, then acknowledges all. */
  flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return;
    const acks: Ack[] = [];
    let rows: CommandRow[] = [];
    /** Writes the accepted rows so far; if that fails, their acks say so. */
    const write = () => {
      if (!this.store_(rows)) {
        for (let i = 0; i < acks.length; i++) if (acks[i].ok) acks[i] = { ok: false, error: 'storageFailed', message: 'the command could not be stored; try again' };
      }
      rows = [];
    };
    for (const p of batch) {
      if (!this.takes(p.command)) { acks.push({ ok: false, error: this.row.status, message: `exercise ${this.id} is ${this.row.status}` }); continue; }
      const t = this.sim.state.t;
      let a: Applied;
      let entry = '';
      try {
        a = this.driver.accept(p.command);
        if (a.result.ok) entry = JSON.stringify(a.entries[0]);
      } catch (err) {
        // The core promises never to throw on input; if it does, the state may be half-changed.
        // The commands accepted before it are kept, the sim is rebuilt from the database as it
        // was just before this one, and only this one is refused: the exercise goes on.
        this.options.onProblem(this, `the core threw on a command (refused; rebuilt from the stored log): ${(err as Error).stack ?? err}`);
        write();
        this.onReload?.(t);
        acks.push({ ok: false, error: 'internal', message: 'the simulation could not apply this command; it was refused and nothing changed' });
        continue;
      }
      const r = a.result;
      if (!r.ok) { acks.push({ ok: false, error: r.reason, message: r.message, ...(r.problem ? { problem: r.problem } : {}), ...(r.detail ? { detail: r.detail } : {}) }); continue; }
      rows.push({ seq: r.seq, t: r.t, entry });
      acks.push({ ok: true, seq: r.seq, t: r.t });
    }
    write();
    batch.forEach((p, i) => { try { p.done(acks[i]); } catch { /* a socket gone away */ } });
  }

  /** Writes accepted commands; on failure the sim is rolled back to what the database holds. */
  private store_(rows: CommandRow[]): boolean {
    if (!rows.length) return true;
    try {
      this.store.insertCommands(this.id, rows);
      return true;
    } catch (err) {
      this.options.onProblem(this, `could not store commands: ${(err as Error).message}`);
      this.onReload?.(this.sim.state.t);
      return false;
    }
  }

  /** Stores the orders the driver gave on its own (the autopilot's) while advancing. */
  private storeApplied(applied: readonly Applied[]): void {
    const rows: CommandRow[] = [];
    for (const a of applied) if (a.result.ok) rows.push({ seq: a.result.seq, t: a.result.t, entry: JSON.stringify(a.entries[0]) });
    if (rows.length) this.store_(rows);
  }

  /** Set by the server: rebuilds this exercise at sim time t from the database (after a failed write or a core error). */
  onReload: ((t: number) => void) | null = null;

  /**
   * A person plays `role` from now on (they joined, or the director assigned it at creation):
   * a logged `setPlayed`, so replay and the scorer see it. Applied at once.
   */
  markPlayed(role: string, actor: string | null): void {
    this.played.add(role);
    if (this.row.status !== 'running' || this.sim.state.entities.played?.[role] === true) return;
    if (!/^(chief|township:.+|team:.+)$/.test(role)) return;
    this.submit({ type: 'setPlayed', role: 'director', forRole: role, played: true, ...(actor ? { actor: actor.slice(0, 100) } : {}) }, () => {});
    this.flush();
  }

  // ── clock ───────────────────────────────────────────────────────────────────────────────

  /** A run the director asked to pause at this sim time (最快 to the next inject or a chosen time). */
  private stopAt: number | null = null;

  setSpeed(speed: Speed, stop?: MaxStop): void {
    const stopAt = stop === undefined ? null : maxStopTime(this.sim, stop, this.row.until);
    if (stopAt !== this.stopAt) this.saveSetting('stopAt', stopAt); // a restart keeps the run's stop
    this.stopAt = stopAt;
    this.clock.setSpeed(speed, nowMs(), this.sim.state.t);
    if (speed !== 'paused') this.row.resumeSpeed = speed;
    this.row.speed = speed;
    this.clockDirty = true;
    this.publishClock();
  }

  resume(): void {
    const speed = this.row.resumeSpeed === 'paused' ? '10x' : this.row.resumeSpeed;
    this.setSpeed(speed, speed === 'max' ? 'nextInject' : undefined);
  }

  /** The sim time the clock says it is now. */
  target(now: number): number {
    if (!this.running) return this.sim.state.t;
    return this.clock.target(now, this.sim.state.t, Math.min(this.row.until, this.stopAt ?? Infinity));
  }

  /** Advances towards the clock's time until `deadline` (wall ms); true if still behind. */
  advance(deadline: number): boolean {
    if (!this.running) return false;
    let now = nowMs();
    const target = this.target(now);
    try {
      while (this.sim.state.t < target && now < deadline) {
        this.storeApplied(this.driver.advanceTo(Math.min(target, this.sim.state.t + this.chunk)));
        const took = nowMs() - now;
        now += took;
        if (took > STEP_MS && this.chunk > 1) this.chunk = Math.max(1, Math.floor(this.chunk / 2));
        else if (took < STEP_MS / 8 && this.chunk < 3600) this.chunk *= 2;
      }
      // Orders due at the time reached (the driver acts before it moves on).
      this.storeApplied(this.driver.advanceTo(this.sim.state.t));
    } catch (err) {
      this.fail(`the simulation failed while advancing to t=${target}: ${(err as Error).stack ?? err}`);
      return false;
    }
    if (this.sim.state.t >= this.row.until) { this.finish(); return false; }
    if (this.stopAt !== null && this.sim.state.t >= this.stopAt) { this.setSpeed('paused'); return false; }
    this.snapshotIfDue();
    this.clock.settle(now, this.sim.state.t, target);
    return this.sim.state.t < target;
  }

  private finish(): void {
    this.row.status = 'finished';
    this.row.speed = 'paused';
    this.store.setStatus(this.id, 'finished', this.sim.state.t);
    this.clockDirty = true;
    this.takeSnapshot();
    this.publishClock();
  }

  private fail(problem: string): void {
    this.row.status = 'failed';
    this.row.problem = problem.slice(0, 2000);
    this.row.speed = 'paused';
    try { this.store.setStatus(this.id, 'failed', this.sim.state.t, this.row.problem); } catch { /* reported below */ }
    this.options.onProblem(this, problem);
    this.publishClock();
  }

  // ── snapshots ───────────────────────────────────────────────────────────────────────────

  private snapshotIfDue(): void {
    if (this.snapshotting || this.sim.state.t - this.lastSnapshotT < this.options.snapshotEvery) return;
    if (nowMs() - this.lastSnapshotWall < this.options.snapshotMinWallMs) return;
    this.takeSnapshot();
  }

  /**
   * Copies the state now (every command in it is already on disk) and stores it once it is
   * compressed off the main thread. A crash before then just means an older snapshot is used.
   */
  takeSnapshot(): Promise<void> {
    const snap = this.sim.snapshot();
    this.lastSnapshotT = snap.t;
    this.lastSnapshotWall = nowMs();
    this.snapshotting = true;
    return packSnapshot(snap)
      .then((blob) => this.store.insertSnapshot(this.id, snap.t, snap.seq, blob))
      .catch((err) => this.options.onProblem(this, `snapshot at t=${snap.t} not stored: ${(err as Error).message}`))
      .finally(() => { this.snapshotting = false; });
  }

  // ── publishing ──────────────────────────────────────────────────────────────────────────

  /** A socket of `role` joined: makes sure its feed exists; returns it. */
  join(role: string): RoleFeed {
    const watched = this.sockets.has(role);
    this.sockets.set(role, (this.sockets.get(role) ?? 0) + 1);
    let ch = this.channels.get(role);
    if (!ch) { ch = new RoleFeed(role, this.sim, { nextVersion, planFacts: this.planFacts }); this.channels.set(role, ch); }
    else if (!watched) ch.catchUp(this.sim);
    return ch;
  }

  leave(role: string): void {
    const n = (this.sockets.get(role) ?? 1) - 1;
    if (n <= 0) this.sockets.delete(role); else this.sockets.set(role, n);
  }

  private simRasters(): SimRasters {
    this.rasters ??= new SimRasters(this.sim, nextVersion);
    return this.rasters;
  }

  /** Whole raster layers for a socket of `role` that joins or resynchronises. */
  rasterLayersFor(role: string): RasterMessage[] {
    return this.simRasters().fullFor(this.scenario, role);
  }

  /** Fire-layer room a role belongs to, if any (the runtime's one visibility rule). */
  fireRoom(role: string): string | null {
    const layer = fireLayerFor(this.scenario, role);
    if (!layer) return null;
    return layer === 'truth' ? rooms.fireTruth(this.id) : rooms.fireDetected(this.id);
  }

  /** The director hides the plan checklist from the players (a no-script drill); kept in the exercise's settings. */
  planHidden = false;

  /** Keeps one of the director's switches with the exercise (a restart reads them back). */
  saveSetting(key: string, value: unknown): void {
    try {
      this.store.saveSettings(this.id, { ...this.store.settings(this.id), [key]: value });
    } catch (err) {
      this.options.onProblem(this, `setting ${key} not stored: ${(err as Error).message}`);
    }
  }

  clockMessage(): { t: number; speed: Speed; status: string; until: number; planHidden: boolean; stopAt: number | null } {
    return { t: this.sim.state.t, speed: this.row.speed, status: this.row.status, until: this.row.until, planHidden: this.planHidden, stopAt: this.stopAt };
  }

  setPlanHidden(hidden: boolean): void {
    this.planHidden = hidden;
    this.saveSetting('planHidden', hidden);
    this.publishClock();
  }

  private publishClock(): void {
    this.outbox.emit(rooms.all(this.id), 'clock', this.clockMessage());
  }

  /** Publishes what is due, stopping at `deadline`; true if work is left for the next turn. */
  publish(now: number, deadline: number): boolean {
    if (!this.sockets.size) { this.publishing = []; return false; }
    if (now >= this.nextPatch && !this.publishing.length) {
      this.nextPatch = now + PATCH_EVERY_MS;
      this.publishing = [...this.sockets.keys()];
    }
    while (this.publishing.length) {
      if (nowMs() >= deadline) return true;
      const role = this.publishing.pop()!;
      const ch = this.channels.get(role);
      if (!ch || !this.sockets.has(role)) continue;
      const room = rooms.role(this.id, role);
      const u = ch.refresh(this.sim, this.planHidden);
      if (u.view.kind === 'patch') this.outbox.emit(room, 'patch', u.view.message);
      else if (u.view.kind === 'view') this.outbox.emit(room, 'view', u.view.message);
      if (u.events) this.outbox.emit(room, 'event', u.events);
      if (u.checklist) this.outbox.emit(room, 'checklist', u.checklist);
      if (u.evaluations) this.outbox.emit(room, 'evaluations', u.evaluations);
    }
    if (now >= this.nextSlow) {
      this.nextSlow = now + SLOW_EVERY_MS;
      const d = this.simRasters().update(this.sim);
      if (d.water) this.outbox.emit(rooms.all(this.id), 'raster', d.water);
      if (d.fire.truth) this.outbox.emit(rooms.fireTruth(this.id), 'raster', d.fire.truth);
      if (d.fire.detected) this.outbox.emit(rooms.fireDetected(this.id), 'raster', d.fire.detected);
      this.publishClock();
    }
    return false;
  }

  /** When this exercise next has publishing to do (wall ms). */
  nextDue(): number {
    return this.sockets.size ? Math.min(this.nextPatch, this.nextSlow) : Infinity;
  }
}
