// The driver: the one way to drive a sim. A host (a headless run, validation, replay, the
// exercise server, the browser's worker) only says "advance to t" by its own clock; the driver
// stops on the way wherever a scheduled command or the autopilot must act, applies them, keeps
// checkpoints, and hands back every log entry it appended so the host can persist it.
import { createSim, restoreSim, type Sim } from '../sim-core/sim.ts';
import type { Scenario } from '../sim-core/world/scenario.ts';
import type { Plan } from '../sim-core/plan/plan.ts';
import type { Snapshot } from '../sim-core/snapshot.ts';
import type { ApplyResult } from '../sim-core/commands/command.ts';
import type { LogEntry } from '../sim-core/log.ts';
import { Autopilot } from '../sim-core/plan/autopilot.ts';
import { Checkpoints } from './checkpoints.ts';
import { Schedule, type ScheduledCommand } from './schedule.ts';
import { playedFlag } from '../sim-core/drill/playedState.ts';

export type { ScheduledCommand } from './schedule.ts';

/** A command the driver applied: what the core answered and the log entries it appended. */
export interface Applied {
  by: 'schedule' | 'autopilot' | 'host';
  command: unknown;
  /** The sim time it was applied at. */
  t: number;
  result: ApplyResult;
  /** The command's log entry and the events it caused (empty when rejected). */
  entries: LogEntry[];
  /** The host's tag of a scheduled command (a line number, a stored seq). */
  tag?: number;
}

export interface DriverOptions {
  scenario: Scenario;
  seed: number;
  plan?: Plan | null;
  /**
   * The roles the autopilot plays (when a plan is given) until the log says otherwise: a logged
   * `setPlayed` (a player joined, the director's switch) overrides it. By default every role but the director.
   */
  autopilotPlays?: (role: string) => boolean;
  /** Keep a checkpoint (snapshot) every this many sim seconds; 0 or absent: none. */
  checkpointEvery?: number;
  /** Start from this snapshot instead of t = 0 (same scenario and seed). */
  from?: Snapshot;
  /** Or drive this sim as it is (an exercise rebuilt by its host). */
  sim?: Sim;
}

export class Driver {
  sim: Sim;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly plan: Plan | null;
  private autopilot: Autopilot | null = null;
  private readonly basePlays: (role: string) => boolean;
  private readonly schedule = new Schedule();
  private readonly checkpoints: Checkpoints | null;

  constructor(options: DriverOptions) {
    this.scenario = options.scenario;
    this.seed = options.seed;
    this.plan = options.plan ?? null;
    this.basePlays = options.autopilotPlays ?? ((role) => role !== 'director');
    this.sim = options.sim ?? (options.from ? restoreSim(options.scenario, options.from) : createSim(options.scenario, { seed: options.seed }));
    this.checkpoints = options.checkpointEvery ? new Checkpoints(options.checkpointEvery) : null;
    this.resetAutopilot();
    this.checkpoints?.keep(this.sim, this.schedule.cursor);
  }

  get t(): number { return this.sim.state.t; }

  /**
   * Whether the autopilot plays `role` now: read from the state (the logged `setPlayed`
   * commands), so a replay of the log plays the same roles; the host's default otherwise.
   */
  autopilotPlays(role: string): boolean {
    if (role === 'director') return false;
    const played = playedFlag(this.sim.state.entities, role);
    return played === undefined ? this.basePlays(role) : !played;
  }

  /** Commands to apply at their times (they must not lie before the sim's time). */
  scheduleCommands(commands: readonly ScheduledCommand[]): void {
    this.schedule.add(commands, this.sim.state.t);
  }

  /** The time of the last scheduled command (or -Infinity). */
  get lastScheduledT(): number { return this.schedule.lastT; }

  /** Applies a command now, from the host (a player's order); never throws on bad input. */
  accept(command: unknown): Applied {
    return this.applyOne('host', command);
  }

  /**
   * Runs the sim to `target`, stopping wherever a scheduled command or the autopilot is due
   * and applying them (scheduled commands first, then the autopilot, at each moment). Returns
   * what it applied. `stops` are extra moments the host wants to visit (`visit` is called there).
   */
  advanceTo(target: number, visit?: { times: readonly number[]; at: (sim: Sim) => void }): Applied[] {
    const out: Applied[] = [];
    target = Math.floor(target);
    const stops = visit ? [...visit.times].sort((a, b) => a - b) : [];
    let s = 0;
    while (s < stops.length && stops[s] < this.sim.state.t) s++;
    for (;;) {
      this.act(out);
      while (s < stops.length && stops[s] <= this.sim.state.t) { visit!.at(this.sim); s++; }
      this.checkpoints?.keepIfDue(this.sim, this.schedule.cursor);
      if (this.sim.state.t >= target) break;
      let next = Math.min(target, this.schedule.nextT(), s < stops.length ? stops[s] : Infinity);
      if (this.autopilot) next = Math.min(next, this.autopilot.nextStop(this.sim.state.t));
      if (this.checkpoints) next = Math.min(next, this.checkpoints.nextDue(this.sim.state.t));
      this.sim.advanceTo(Math.max(next, this.sim.state.t + 1));
    }
    return out;
  }

  /** When the driver next needs to act on its own (a scheduled command, the autopilot), or Infinity. */
  nextStop(): number {
    const t = this.sim.state.t;
    return Math.min(this.schedule.nextT(), this.autopilot ? this.autopilot.nextStop(t) : Infinity);
  }

  /**
   * Goes back to the nearest checkpoint at or before t (then forward to t). Scheduled commands
   * after the checkpoint apply again; the autopilot rereads the restored log.
   */
  seek(t: number): Applied[] {
    if (t < this.sim.state.t) {
      const cp = this.checkpoints?.nearest(t) ?? null;
      // Later checkpoints may not hold any more (the host may now give other orders).
      this.checkpoints?.dropAfter(cp ? cp.t : -1);
      if (cp) { this.sim = restoreSim(this.scenario, cp.snap); this.schedule.cursor = cp.cursor; }
      else { this.sim = createSim(this.scenario, { seed: this.seed }); this.schedule.cursor = 0; }
      this.resetAutopilot();
    }
    return this.advanceTo(t);
  }

  private resetAutopilot(): void {
    this.autopilot = this.plan ? new Autopilot(this.plan, this.scenario, this.seed, (role) => this.autopilotPlays(role)) : null;
  }

  /** What is due now: scheduled commands, then the autopilot's orders for roles it still plays. */
  private act(out: Applied[]): void {
    for (const c of this.schedule.takeDue(this.sim.state.t)) out.push(this.applyOne('schedule', c.command, c.tag));
    const ap = this.autopilot;
    if (!ap) return;
    ap.observe(this.sim.state.log, this.sim.state.t);
    for (const cmd of ap.takeDue(this.sim.state.t)) {
      // A role someone took over since the order was scheduled is left alone.
      if (this.autopilotPlays(cmd.role)) out.push(this.applyOne('autopilot', cmd));
    }
  }

  private applyOne(by: Applied['by'], command: unknown, tag?: number): Applied {
    const log = this.sim.state.log;
    const at = log.length;
    const t = this.sim.state.t;
    const result = this.sim.apply(command);
    return { by, command, t, result, entries: result.ok ? log.slice(at) : [], ...(tag !== undefined ? { tag } : {}) };
  }
}
