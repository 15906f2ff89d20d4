// A headless run: the driver applies a command log at its times and lets the autopilot play the
// roles nobody plays (when a plan is given), as fast as the machine goes, to the end.
import type { Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { Driver } from '../../runtime/driver.ts';
import type { TimedCommand } from './commandsFile.ts';

export interface Rejected {
  line: number;
  t: number;
  type: unknown;
  reason: string;
  message: string;
}

/** Moments to stop at on the way and look at the sim (report maps). */
export interface Checkpoints {
  times: number[];
  visit: (sim: Sim) => void;
}

export interface HeadlessOptions {
  /** The plan the autopilot follows, and the roles it plays (default: all but the director). */
  plan?: Plan | null;
  autopilotPlays?: (role: string) => boolean;
  checkpoints?: Checkpoints;
}

export function runHeadless(scenario: Scenario, seed: number, until: number, commands: readonly TimedCommand[], options: HeadlessOptions = {}): { sim: Sim; rejected: Rejected[] } {
  const driver = new Driver({ scenario, seed, plan: options.plan, autopilotPlays: options.autopilotPlays });
  driver.scheduleCommands(commands.map((c) => ({ t: c.t, command: c.command, tag: c.line })));
  const cp = options.checkpoints;
  const applied = driver.advanceTo(until, cp ? { times: cp.times, at: cp.visit } : undefined);
  const rejected: Rejected[] = [];
  for (const a of applied) {
    if (a.result.ok) continue;
    rejected.push({ line: a.tag ?? 0, t: a.t, type: (a.command as { type?: unknown }).type, reason: a.result.reason, message: a.result.message });
  }
  return { sim: driver.sim, rejected };
}
