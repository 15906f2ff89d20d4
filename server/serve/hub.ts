// The exercises a server holds: creating them (with a join code per role), resuming the running
// ones after a restart (last snapshot + log), forks, annotations, reports, and the scheduler
// that shares the event loop between them — each advances in short slices, so one exercise at
// max speed never stalls another for long (scheduler.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../scenarioFiles.ts';
import { ScenarioError } from '../../scenarios/problems.ts';
import { allRoles } from '../../sim-core/commands/roles.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { hazardKpis } from '../../sim-core/hazards/hazardKpis.ts';
import { peopleKpisOf } from '../../sim-core/people/peopleKpis.ts';
import { forcesKpis } from '../../sim-core/forces/forcesKpis.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { worldMeasures } from '../../sim-core/score/worldMeasures.ts';
import { renderReportHtml } from '../../presentation/report/reportHtml.ts';
import { reportMap } from '../render/situationMap.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { loadPlan, PLAN_FILE } from '../planFiles.ts';
import { Exercise, type ExerciseOptions } from './exercise.ts';
import { rebuildExercise } from './replay.ts';
import { Rebuilds } from './rebuilds.ts';
import { exerciseId, joinCode, normalizeCode, secretToken } from './ids.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { nowMs, wallIso } from './wallClock.ts';
import { Scheduler } from './scheduler.ts';
import { rooms, type Outbox } from './rooms.ts';
import type { Speed } from '../../runtime/clock.ts';
import type { ExerciseRow, Store, TokenRow } from './store.ts';

/** A request the caller got wrong: the HTTP layer answers 4xx with it, a socket an error. */
export class HubError extends Error {
  constructor(readonly code: string, message: string, readonly status = 400) { super(message); }
}

export interface HubOptions {
  store: Store;
  outbox: Outbox;
  /** Folder holding the scenario folders (`demo-district` …). */
  scenariosDir: string;
  snapshotEvery?: number;
  snapshotMinWallMs?: number;
  limits?: Limits;
  /** The database file (a fork's or a past state's rebuild reads it in a worker thread). */
  dbFile?: string;
  log(message: string): void;
}

/** Wall time an exercise stays in memory unused (paused or over, nobody connected). */
const IDLE_RELEASE_MS = 10 * 60_000;
const IDLE_CHECK_MS = 30_000;

export interface CreateRequest {
  scenario: string; seed?: number; plan?: 'none' | 'auto'; speed?: Speed; until?: number;
  /** Roles people play from the start (the autopilot leaves them alone): logged `setPlayed` commands. */
  played?: string[];
}

export class ExerciseHub {
  readonly exercises = new Map<string, Exercise>();
  /** Rebuilds at past times, off the event loop. */
  readonly rebuilds: Rebuilds;
  private readonly tokens = new Map<string, TokenRow>();
  private readonly scheduler: Scheduler;
  private readonly exOptions: ExerciseOptions;

  constructor(private readonly o: HubOptions) {
    this.exOptions = {
      snapshotEvery: o.snapshotEvery ?? 1800,
      snapshotMinWallMs: o.snapshotMinWallMs ?? 2000,
      onProblem: (ex, problem) => o.log(`exercise ${ex.id}: ${problem}`),
      limits: o.limits,
    };
    this.rebuilds = new Rebuilds(o.store, o.dbFile ?? ':memory:', o.scenariosDir);
    this.scheduler = new Scheduler(() => [...this.exercises.values()], () => this.saveClocks(), o.log);
  }

  get store(): Store { return this.o.store; }
  get limits(): Limits { return this.o.limits ?? DEFAULT_LIMITS; }
  /** Folder holding the scenario folders. */
  get scenariosDir(): string { return this.o.scenariosDir; }

  scenario(name: string): Scenario {
    const dir = join(this.o.scenariosDir, name);
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(name) || !existsSync(join(dir, 'scenario.json'))) {
      throw new HubError('unknownScenario', `no scenario ${JSON.stringify(name)} under ${this.o.scenariosDir}`, 404);
    }
    try {
      return loadScenario(dir);
    } catch (err) {
      if (err instanceof ScenarioError) throw new HubError('badScenario', err.message.slice(0, 4000), 422);
      throw err;
    }
  }

  /** The exercise's plan: `auto` is the plan.json beside its scenario. */
  private plan(row: Pick<ExerciseRow, 'scenario' | 'plan'>, scenario: Scenario): Plan | null {
    if (row.plan === null || row.plan === 'none') return null;
    if (row.plan !== 'auto') throw new HubError('badPlan', `plan ${JSON.stringify(row.plan)}: give "auto" (the scenario's plan.json) or "none"`);
    const file = join(this.o.scenariosDir, row.scenario, PLAN_FILE);
    if (!existsSync(file)) throw new HubError('noPlan', `scenario ${row.scenario} has no ${PLAN_FILE}`, 404);
    try {
      return loadPlan(file, scenario);
    } catch (err) {
      if (err instanceof ScenarioError) throw new HubError('badPlan', err.message.slice(0, 4000), 422);
      throw err;
    }
  }

  private register(scenario: Scenario, row: ExerciseRow, sim: Exercise['sim'], snapshotT: number | null, plan: Plan | null): Exercise {
    const ex = new Exercise(this.o.store, this.o.outbox, scenario, row, sim, this.exOptions, snapshotT, plan, this.o.store.playedRoles(row.id));
    ex.onReload = (t) => {
      try {
        ex.sim = rebuildExercise(this.o.store, scenario, ex.row, t).sim;
      } catch (err) {
        this.o.log(`exercise ${ex.id}: could not rebuild at t=${t}: ${(err as Error).message}`);
      }
    };
    this.exercises.set(row.id, ex);
    this.wake();
    return ex;
  }

  private newCodes(roles: string[]): Record<string, string> {
    const codes: Record<string, string> = {};
    const used = new Set<string>();
    for (const role of roles) {
      const c = this.freshCode(used);
      used.add(c);
      codes[role] = c;
    }
    return codes;
  }

  private freshCode(used: ReadonlySet<string> = new Set()): string {
    let c: string;
    do c = joinCode(); while (used.has(c) || this.o.store.codeExists(c));
    return c;
  }

  /**
   * The director replaces a role's join code (a code got out, or its tokens ran out): the old
   * code opens nothing any more; tokens already issued keep working. Returns the new code.
   */
  reissueCode(ex: Exercise, role: string): string {
    this.knownRole(ex, role);
    const code = this.freshCode();
    this.o.store.replaceCode(ex.id, role, code);
    return code;
  }

  /** The director withdraws a role's join code: nobody can join as that role until it is reissued. */
  revokeCode(ex: Exercise, role: string): void {
    this.knownRole(ex, role);
    this.o.store.replaceCode(ex.id, role, null);
  }

  private knownRole(ex: Exercise, role: string): void {
    if (!allRoles(ex.scenario).includes(role)) throw new HubError('unknownRole', `exercise ${ex.id} has no role ${JSON.stringify(role.slice(0, 80))}`, 404);
  }

  create(req: CreateRequest, parent?: { row: ExerciseRow; at: number; sim: Exercise['sim'] }): { id: string; codes: Record<string, string>; exercise: Exercise } {
    const scenario = this.scenario(req.scenario);
    const plan = this.plan({ scenario: req.scenario, plan: req.plan ?? null }, scenario);
    const playable = new Set(allRoles(scenario).filter((r) => /^(chief|township:|team:)/.test(r)));
    const unplayable = (req.played ?? []).filter((r) => !playable.has(r));
    if (unplayable.length) throw new HubError('badRoles', `played: ${unplayable.slice(0, 5).map((r) => JSON.stringify(r.slice(0, 80))).join(', ')} — not a role a person can play here (the chief, a township or a team)`);
    // A new exercise waits, paused, on each role's briefing until the director starts the clock.
    const speed = req.speed ?? 'paused';
    const row: ExerciseRow = {
      id: exerciseId(), scenario: req.scenario, seed: req.seed ?? 1, plan: req.plan ?? null, until: req.until ?? 86_400,
      speed, resumeSpeed: speed === 'paused' ? '10x' : speed, status: 'running', t: parent?.at ?? 0,
      parent: parent?.row.id ?? null, forkAt: parent?.at ?? null, created: wallIso(), problem: null,
    };
    const codes = this.newCodes(allRoles(scenario));
    this.o.store.db.transaction(() => {
      this.o.store.insertExercise(row, codes);
      if (parent) {
        this.o.store.copyCommands(parent.row.id, row.id, parent.at);
        this.o.store.saveSettings(row.id, this.o.store.settings(parent.row.id)); // the director's switches go with the fork
      }
    })();
    const sim = parent ? parent.sim : rebuildExercise(this.o.store, scenario, row, 0).sim;
    const ex = this.register(scenario, row, sim, null, plan);
    for (const role of req.played ?? []) ex.markPlayed(role, null);
    if (parent) void ex.takeSnapshot();
    return { id: row.id, codes, exercise: ex };
  }

  /** Resumes every running exercise from its last snapshot plus its log. */
  resumeAll(): { resumed: string[]; failed: string[] } {
    const resumed: string[] = [], failed: string[] = [];
    for (const row of this.o.store.exercises()) {
      if (row.status !== 'running') continue;
      try {
        this.load(row);
        resumed.push(row.id);
      } catch (err) {
        const problem = `could not resume: ${(err as Error).message}`;
        this.o.store.setStatus(row.id, 'failed', row.t, problem.slice(0, 2000));
        this.o.log(`exercise ${row.id}: ${problem}`);
        failed.push(row.id);
      }
    }
    return { resumed, failed };
  }

  private load(row: ExerciseRow): Exercise {
    const scenario = this.scenario(row.scenario);
    const plan = this.plan(row, scenario);
    const { sim, snapshotT } = rebuildExercise(this.o.store, scenario, row);
    return this.register(scenario, row, sim, snapshotT, plan);
  }

  /** An exercise by id, loading a finished one from the database on first use. */
  get(id: string): Exercise | undefined {
    const ex = this.exercises.get(id);
    if (ex) return ex;
    const row = this.o.store.exercise(id);
    if (!row || row.status === 'failed') return undefined;
    return this.load(row);
  }

  tokenInfo(token: string): TokenRow | undefined {
    let row = this.tokens.get(token);
    if (!row) {
      row = this.o.store.token(token);
      if (row) this.tokens.set(token, row);
    }
    return row;
  }

  /** Exchanges a join code for a player token; the director's code also needs the admin token. */
  join(typed: string, name: string | undefined, admin: boolean): { token: string; role: string; exerciseId: string } {
    const code = normalizeCode(typed);
    const c = this.o.store.code(code);
    if (!c) throw new HubError('unknownCode', 'no exercise has this join code', 404);
    if (!admin && this.o.store.tokensOfCode(code) >= this.limits.tokensPerCode) {
      throw new HubError('codeUsedUp', `this join code has been used ${this.limits.tokensPerCode} times, as often as one code may; ask the director for a new one`, 403);
    }
    if (c.role === 'director' && !admin) throw new HubError('adminRequired', "the director's code needs the admin token (Authorization: Bearer …)", 403);
    const ex = this.o.store.exercise(c.exercise);
    if (!ex || ex.status === 'failed') throw new HubError('unavailable', `exercise ${c.exercise} is not available`, 409);
    const token = secretToken();
    this.o.store.insertToken(token, c.exercise, c.role, name ?? null, wallIso(), code);
    // Joining as a role makes it played (a logged command): the autopilot and the core's simulated answers leave it alone.
    this.exercises.get(c.exercise)?.markPlayed(c.role, name ?? null);
    return { token, role: c.role, exerciseId: c.exercise };
  }

  /** Forgets the cached token rows (a rewind hands tokens to another exercise; a delete removes them). */
  forgetTokens(): void { this.tokens.clear(); }

  /** Sends to a socket.io room (the admin routes tell a rewound exercise's players where play went on). */
  publish(room: string, event: string, payload: unknown): void { this.o.outbox.emit(room, event, payload); }

  /** A new exercise from the state of `ex` at sim time `at` (its snapshot + log, rebuilt in the worker), paused. */
  async fork(ex: Exercise, at: number): Promise<{ id: string; codes: Record<string, string>; t: number; stateHash: string }> {
    if (at > ex.t) throw new HubError('outOfRange', `the exercise is at t=${ex.t}; a fork can start at that time or earlier, not at ${at}`);
    ex.flush();
    const sim = await this.rebuilds.simAt(ex.scenario, ex.row, at);
    const stateHash = sim.hash();
    const plan = ex.row.plan === 'auto' ? 'auto' : undefined;
    const { id, codes } = this.create({ scenario: ex.row.scenario, seed: ex.row.seed, plan, speed: 'paused', until: ex.row.until }, { row: ex.row, at, sim });
    const forked = this.exercises.get(id)!;
    forked.row.resumeSpeed = ex.row.resumeSpeed;
    forked.clockDirty = true;
    return { id, codes, t: at, stateHash };
  }

  annotate(ex: Exercise, role: string, actor: string | null, text: string, seq: number | undefined): { id: number; t: number; seq: number | null } {
    if (seq !== undefined && !logEntry(ex.sim.state.log, seq)) throw new HubError('unknownEntry', `no log entry with seq ${seq} yet`);
    const t = ex.t;
    const id = this.o.store.insertAnnotation({ exercise: ex.id, t, seq: seq ?? null, role, actor, text, created: wallIso() });
    const note = { id, t, seq: seq ?? null, role, actor, text };
    for (const r of ['director', 'evaluator']) this.o.outbox.emit(rooms.role(ex.id, r), 'annotation', note);
    return { id, t, seq: seq ?? null };
  }

  /** The exercise's sim at `at` (its own sim when `at` is now or absent, else rebuilt in the worker from its snapshot and log). */
  private async simAt(ex: Exercise, at: number | undefined): Promise<Exercise['sim']> {
    if (at === undefined || at >= ex.t) return ex.sim;
    ex.flush();
    return this.rebuilds.simAt(ex.scenario, ex.row, at);
  }

  /** The exercise's state hash at a past time (the admin's state?t=), rebuilt in the worker. */
  async stateAt(ex: Exercise, t: number): Promise<{ t: number; seq: number; stateHash: string }> {
    if (t >= ex.t) return { t: ex.t, seq: ex.sim.state.seq, stateHash: ex.sim.hash() };
    ex.flush();
    return this.rebuilds.stateAt(ex.scenario, ex.row, t);
  }

  /** The after-action material at `at` (default: now): outcome measures, the plan's score and the evaluators' annotations. */
  async report(ex: Exercise, at?: number): Promise<Record<string, unknown>> {
    const { scenario, row } = ex;
    const sim = await this.simAt(ex, at);
    const t = sim.state.t;
    const atRisk = scenario.villages.reduce((a, v) => a + v.atRisk.households, 0);
    const kpis = { ...computeKpis(sim.state, scenario.injects.length, atRisk), hazards: hazardKpis(scenario, sim.state), people: peopleKpisOf(scenario, sim.state), forces: forcesKpis(scenario, sim.state) };
    const annotations = this.o.store.annotations(ex.id).filter((a) => a.t <= t).map((a) => ({
      id: a.id, t: a.t, seq: a.seq, role: a.role, actor: a.actor, text: a.text, created: a.created,
      entry: a.seq === null ? null : logEntry(sim.state.log, a.seq) ?? null,
    }));
    const score = ex.plan ? scoreLog(ex.plan, scenario, sim.state.log, t, worldMeasures(sim.scenario, sim.state)) : null;
    return { exercise: summary(row, ex.t), at: t, stateHash: sim.hash(), commands: this.o.store.commandCount(ex.id), kpis, ...(score ? { score } : {}), annotations };
  }

  /** The report page (graded against the exercise's plan) at `at`, with the situation map at that moment. */
  async reportHtml(ex: Exercise, at?: number): Promise<string> {
    if (!ex.plan) throw new HubError('noPlan', `exercise ${ex.id} has no plan to grade against`, 409);
    const { scenario, row } = ex;
    const sim = await this.simAt(ex, at);
    const atRisk = scenario.villages.reduce((a, v) => a + v.atRisk.people, 0);
    return renderReportHtml({
      report: scoreLog(ex.plan, scenario, sim.state.log, sim.state.t, worldMeasures(sim.scenario, sim.state)), plan: ex.plan, scenario, seed: row.seed,
      series: sim.state.series, log: sim.state.log, maps: [reportMap(sim)],
      kpis: computeKpis(sim.state, scenario.injects.length, atRisk),
    });
  }

  start(): void {
    this.scheduler.start();
    this.idleTimer ??= setInterval(() => { void this.releaseIdle(); }, IDLE_CHECK_MS);
    this.idleTimer.unref();
  }

  stop(): void {
    this.scheduler.stop();
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
  }

  private idleTimer: ReturnType<typeof setInterval> | null = null;
  /** Since when (wall ms) each exercise has been idle: paused or over, nobody connected. */
  private readonly idleSince = new Map<string, number>();

  private idle(ex: Exercise): boolean {
    return ex.sockets.size === 0 && (ex.row.status !== 'running' || ex.row.speed === 'paused');
  }

  /**
   * Lets go of exercises idle for `idleMs` (a fork nobody opened, a finished or paused exercise
   * nobody watches): written down, snapshotted and dropped from memory; the next use loads them
   * again from the database. Returns the ids released.
   */
  async releaseIdle(idleMs = IDLE_RELEASE_MS): Promise<string[]> {
    const now = nowMs();
    const due: Exercise[] = [];
    for (const ex of this.exercises.values()) {
      if (!this.idle(ex)) { this.idleSince.delete(ex.id); continue; }
      const since = this.idleSince.get(ex.id) ?? now;
      this.idleSince.set(ex.id, since);
      if (now - since >= idleMs) due.push(ex);
    }
    const released: string[] = [];
    for (const ex of due) {
      ex.flush();
      this.saveClocks();
      if (ex.row.status === 'running') await ex.takeSnapshot();
      // Someone may have connected or resumed it meanwhile.
      if (!this.idle(ex) || this.exercises.get(ex.id) !== ex) continue;
      this.exercises.delete(ex.id);
      this.idleSince.delete(ex.id);
      released.push(ex.id);
    }
    if (released.length) this.o.log(`released ${released.length} idle exercise(s): ${released.join(', ')}`);
    return released;
  }
  /** Runs a scheduler turn soon (after a speed change or a new exercise). */
  wake(): void { this.scheduler.wake(); }

  saveClocks(): void {
    const rows = [];
    for (const ex of this.exercises.values()) {
      if (ex.row.status !== 'running') continue;
      if (ex.row.t === ex.t && !ex.clockDirty) continue;
      ex.row.t = ex.t;
      ex.clockDirty = false;
      rows.push({ id: ex.id, t: ex.t, speed: ex.row.speed, resumeSpeed: ex.row.resumeSpeed });
    }
    try { this.o.store.saveClocks(rows); } catch (err) { this.o.log(`saving clocks: ${(err as Error).message}`); }
  }

  /** Stops the clocks, writes what is queued and a snapshot of every running exercise. */
  async shutdown(): Promise<void> {
    this.stop();
    await this.rebuilds.close();
    for (const ex of this.exercises.values()) ex.flush();
    this.saveClocks();
    await Promise.all([...this.exercises.values()].filter((ex) => ex.row.status === 'running').map((ex) => ex.takeSnapshot()));
  }
}

/** The log entry with sequence number `seq` (the log is ordered by seq). */
export function logEntry(log: readonly LogEntry[], seq: number): LogEntry | undefined {
  let lo = 0, hi = log.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = log[mid].seq;
    if (s === seq) return log[mid];
    if (s < seq) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}

export function summary(row: ExerciseRow, t: number): Record<string, unknown> {
  return {
    id: row.id, scenario: row.scenario, seed: row.seed, plan: row.plan, until: row.until, speed: row.speed, status: row.status,
    t, parent: row.parent, forkAt: row.forkAt, created: row.created, ...(row.problem ? { problem: row.problem } : {}),
  };
}
