// One exercise: one room, one writer. Commands from every socket go through one queue; each
// batch is applied in order by the core, written to SQLite in one transaction, and only then
// acknowledged. The real-time clock turns wall time into sim time at the chosen speed (the
// only place wall time meets the sim); snapshots are taken every so many sim minutes. What
// each role sees is published from here: view patches at 4 Hz, raster deltas and the clock at 1 Hz.
import type { Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { parseRole, seesTruth } from '../../sim-core/commands/roles.ts';
import { nowMs } from './wallClock.ts';
import { RATE, type RunningSpeed, type Speed } from './speed.ts';
import { packSnapshot } from './snapshotCodec.ts';
import { RoleChannel } from './roleChannel.ts';
import { ExerciseRasters, type RasterMessage } from './rasters.ts';
import { rooms, type Outbox } from './rooms.ts';
import { Autopilot } from '../../sim-core/plan/autopilot.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { CommandRow, ExerciseRow, Store } from './store.ts';

export type Ack =
  | { ok: true; seq: number; t: number }
  | { ok: false; error: string; message: string };

export interface ExerciseOptions {
  /** Sim seconds between snapshots. */
  snapshotEvery: number;
  /** Wall milliseconds between snapshots at least (at max speed sim minutes pass quickly). */
  snapshotMinWallMs: number;
  /** Called when the exercise fails (a core error) so the server can log it. */
  onProblem(ex: Exercise, problem: string): void;
}

const PATCH_EVERY_MS = 250;
const SLOW_EVERY_MS = 1000;
/** Longest a single advance step should take before the chunk of sim time is halved. */
const STEP_MS = 8;
/** At a finite speed, a sim this far behind (in wall seconds) stops trying to catch up. */
const MAX_LAG_S = 2;

interface Pending { command: Record<string, unknown>; done: (ack: Ack) => void }

export class Exercise {
  readonly channels = new Map<string, RoleChannel>();
  /** Sockets connected per role. */
  readonly sockets = new Map<string, number>();
  private rasters: ExerciseRasters | null = null;
  private queue: Pending[] = [];
  private flushScheduled = false;
  private anchorWall = nowMs();
  private anchorT: number;
  private chunk = 60;
  private lastSnapshotT: number;
  private lastSnapshotWall = -Infinity;
  private snapshotting = false;
  private nextPatch = 0;
  private nextSlow = 0;
  /** Channels still to refresh in the current publishing round (spread over turns). */
  private publishing: string[] = [];
  clockDirty = false;
  /** Roles someone has joined (a player token was issued): the autopilot leaves them alone. */
  readonly played = new Set<string>();
  /** Plays, by the plan, every role nobody has joined (never the director); its orders are logged like anyone's. */
  private readonly autopilot: Autopilot | null;

  constructor(
    private readonly store: Store,
    private readonly outbox: Outbox,
    readonly scenario: Scenario,
    readonly row: ExerciseRow,
    public sim: Sim,
    private readonly options: ExerciseOptions,
    lastSnapshotT: number | null,
    readonly plan: Plan | null,
    played: readonly string[],
  ) {
    this.anchorT = sim.state.t;
    this.lastSnapshotT = lastSnapshotT ?? 0;
    for (const r of played) this.played.add(r);
    this.autopilot = plan ? new Autopilot(plan, scenario, row.seed, (role) => role !== 'director' && !this.played.has(role)) : null;
  }

  get id(): string { return this.row.id; }
  get t(): number { return this.sim.state.t; }
  get running(): boolean { return this.row.status === 'running' && this.row.speed !== 'paused'; }

  // ── commands ────────────────────────────────────────────────────────────────────────────

  /** Queues a command (already stamped with its role); `done` gets the acknowledgement. */
  submit(command: Record<string, unknown>, done: (ack: Ack) => void): void {
    if (this.row.status !== 'running') {
      done({ ok: false, error: this.row.status === 'finished' ? 'finished' : 'failed', message: `exercise ${this.id} is ${this.row.status}; it takes no more commands` });
      return;
    }
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
    const rows: CommandRow[] = [];
    for (const p of batch) {
      if (this.row.status !== 'running') { acks.push({ ok: false, error: this.row.status, message: `exercise ${this.id} is ${this.row.status}` }); continue; }
      const logAt = this.sim.state.log.length;
      let r;
      try {
        r = this.sim.apply(p.command);
      } catch (err) {
        // The core promises never to throw on input; if it does, the state may be half-changed.
        this.fail(`the core threw on a command: ${(err as Error).stack ?? err}`);
        acks.push({ ok: false, error: 'internal', message: 'the simulation failed on this command; the exercise is stopped' });
        continue;
      }
      if (!r.ok) { acks.push({ ok: false, error: r.reason, message: r.message }); continue; }
      rows.push({ seq: r.seq, t: r.t, entry: JSON.stringify(this.sim.state.log[logAt]) });
      acks.push({ ok: true, seq: r.seq, t: r.t });
    }
    if (!this.store_(rows)) {
      for (let i = 0; i < acks.length; i++) if (acks[i].ok) acks[i] = { ok: false, error: 'storageFailed', message: 'the command could not be stored; try again' };
    }
    batch.forEach((p, i) => { try { p.done(acks[i]); } catch { /* a socket gone away */ } });
  }

  /** Writes accepted commands; on failure the sim is rolled back to what the database holds. */
  private store_(rows: CommandRow[]): boolean {
    try {
      this.store.insertCommands(this.id, rows);
      return true;
    } catch (err) {
      this.options.onProblem(this, `could not store commands: ${(err as Error).message}`);
      this.onStorageFailure?.();
      return false;
    }
  }

  /** The autopilot's orders due now, for roles still nobody plays: applied and stored. */
  private runAutopilot(): void {
    const ap = this.autopilot;
    if (!ap || this.row.status !== 'running') return;
    ap.observe(this.sim.state.log, this.sim.state.t);
    const orders = ap.takeDue(this.sim.state.t).filter((c) => !this.played.has(c.role));
    if (!orders.length) return;
    const rows: CommandRow[] = [];
    for (const cmd of orders) {
      const logAt = this.sim.state.log.length;
      const r = this.sim.apply(cmd);
      if (r.ok) rows.push({ seq: r.seq, t: r.t, entry: JSON.stringify(this.sim.state.log[logAt]) });
    }
    this.store_(rows);
  }

  /** Set by the server: reloads this exercise from the database after a failed write. */
  onStorageFailure: (() => void) | null = null;

  // ── clock ───────────────────────────────────────────────────────────────────────────────

  setSpeed(speed: Speed): void {
    this.reanchor();
    if (speed !== 'paused') this.row.resumeSpeed = speed;
    this.row.speed = speed;
    this.clockDirty = true;
    this.publishClock();
  }

  resume(): void {
    this.setSpeed(this.row.resumeSpeed === 'paused' ? '10x' : this.row.resumeSpeed);
  }

  private reanchor(): void {
    this.anchorWall = nowMs();
    this.anchorT = this.sim.state.t;
  }

  /** The sim time the clock says it is now. */
  target(now: number): number {
    if (!this.running) return this.sim.state.t;
    const rate = RATE[this.row.speed as RunningSpeed];
    if (rate === Infinity) return this.row.until;
    return Math.min(this.row.until, this.anchorT + Math.floor(((now - this.anchorWall) / 1000) * rate));
  }

  /** Advances towards the clock's time until `deadline` (wall ms); true if still behind. */
  advance(deadline: number): boolean {
    if (!this.running) return false;
    let now = nowMs();
    const target = this.target(now);
    try {
      while (this.sim.state.t < target && now < deadline) {
        this.runAutopilot();
        let to = Math.min(target, this.sim.state.t + this.chunk);
        if (this.autopilot) to = Math.min(to, Math.max(this.sim.state.t + 1, this.autopilot.nextStop(this.sim.state.t)));
        this.sim.advanceTo(to);
        const took = nowMs() - now;
        now += took;
        if (took > STEP_MS && this.chunk > 1) this.chunk = Math.max(1, Math.floor(this.chunk / 2));
        else if (took < STEP_MS / 8 && this.chunk < 3600) this.chunk *= 2;
      }
      this.runAutopilot();
    } catch (err) {
      this.fail(`the simulation failed while advancing to t=${target}: ${(err as Error).stack ?? err}`);
      return false;
    }
    if (this.sim.state.t >= this.row.until) { this.finish(); return false; }
    this.snapshotIfDue();
    const rate = RATE[this.row.speed as RunningSpeed];
    if (rate !== Infinity && target - this.sim.state.t > rate * MAX_LAG_S) this.reanchor();
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

  /** A socket of `role` joined: makes sure its channel exists; returns it. */
  join(role: string): RoleChannel {
    const watched = this.sockets.has(role);
    this.sockets.set(role, (this.sockets.get(role) ?? 0) + 1);
    let ch = this.channels.get(role);
    if (!ch) { ch = new RoleChannel(role, this.sim); this.channels.set(role, ch); }
    else if (!watched) ch.catchUp(this.sim);
    return ch;
  }

  leave(role: string): void {
    const n = (this.sockets.get(role) ?? 1) - 1;
    if (n <= 0) this.sockets.delete(role); else this.sockets.set(role, n);
  }

  /** Whole raster layers for a socket of `role` that joins or resynchronises. */
  rasterLayersFor(role: string): RasterMessage[] {
    this.rasters ??= new ExerciseRasters(this.sim);
    const r = parseRole(role, this.scenario);
    if (!r) return [];
    const out = [this.rasters.water.full()];
    if (seesTruth(r)) out.push(this.rasters.fireTruth.full());
    else if (r.kind !== 'observer') out.push(this.rasters.fireDetected.full());
    return out;
  }

  /** Fire-layer room a role belongs to, if any. */
  fireRoom(role: string): string | null {
    const r = parseRole(role, this.scenario);
    if (!r) return null;
    if (seesTruth(r)) return rooms.fireTruth(this.id);
    return r.kind === 'observer' ? null : rooms.fireDetected(this.id);
  }

  /** The director hides the plan checklist from the players (a no-script drill); not kept across restarts. */
  planHidden = false;

  clockMessage(): { t: number; speed: Speed; status: string; until: number; planHidden: boolean } {
    return { t: this.sim.state.t, speed: this.row.speed, status: this.row.status, until: this.row.until, planHidden: this.planHidden };
  }

  setPlanHidden(hidden: boolean): void {
    this.planHidden = hidden;
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
      const r = ch.refresh(this.sim);
      if (r.kind === 'patch') this.outbox.emit(room, 'patch', r.message);
      else if (r.kind === 'view') this.outbox.emit(room, 'view', r.message);
      const events = ch.newEvents(this.sim);
      if (events.length) this.outbox.emit(room, 'event', { entries: events });
    }
    if (now >= this.nextSlow) {
      this.nextSlow = now + SLOW_EVERY_MS;
      this.rasters ??= new ExerciseRasters(this.sim);
      const d = this.rasters.update(this.sim);
      if (d.water) this.outbox.emit(rooms.all(this.id), 'raster', d.water);
      if (d.fireTruth) this.outbox.emit(rooms.fireTruth(this.id), 'raster', d.fireTruth);
      if (d.fireDetected) this.outbox.emit(rooms.fireDetected(this.id), 'raster', d.fireDetected);
      this.publishClock();
    }
    return false;
  }

  /** When this exercise next has publishing to do (wall ms). */
  nextDue(): number {
    return this.sockets.size ? Math.min(this.nextPatch, this.nextSlow) : Infinity;
  }
}
