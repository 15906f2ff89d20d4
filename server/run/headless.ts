// A headless run: create the sim, apply a command log at its times, advance to the end.
import { createSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { ApplyResult } from '../../sim-core/commands/command.ts';
import type { TimedCommand } from './commandsFile.ts';

export interface Rejected {
  line: number;
  t: number;
  type: unknown;
  reason: string;
  message: string;
}

export function runHeadless(scenario: Scenario, seed: number, until: number, commands: readonly TimedCommand[]): { sim: Sim; rejected: Rejected[] } {
  const sim = createSim(scenario, { seed });
  const rejected: Rejected[] = [];
  for (const c of commands) {
    if (c.t > until) break;
    sim.advanceTo(c.t);
    const r: ApplyResult = sim.apply(c.command);
    if (!r.ok) rejected.push({ line: c.line, t: c.t, type: c.command.type, reason: r.reason, message: r.message });
  }
  sim.advanceTo(until);
  return { sim, rejected };
}
