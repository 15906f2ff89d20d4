// A headless run: create the sim, apply a command log at its times, let the autopilot play the
// roles nobody plays (when a plan is given), advance to the end.
import { createSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { ApplyResult, Command } from '../../sim-core/commands/command.ts';
import type { Autopilot } from '../../sim-core/plan/autopilot.ts';
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

export function runHeadless(scenario: Scenario, seed: number, until: number, commands: readonly TimedCommand[], autopilot?: Autopilot, checkpoints?: Checkpoints): { sim: Sim; rejected: Rejected[] } {
  const sim = createSim(scenario, { seed });
  const rejected: Rejected[] = [];
  const apply = (cmd: unknown, line: number) => {
    const r: ApplyResult = sim.apply(cmd as Command);
    if (!r.ok) rejected.push({ line, t: sim.state.t, type: (cmd as { type?: unknown }).type, reason: r.reason, message: r.message });
  };
  let k = 0;
  const stops = [...(checkpoints?.times ?? [])].sort((a, b) => a - b);
  let c = 0;
  for (;;) {
    autopilot?.observe(sim.state.log, sim.state.t);
    let next = Math.min(k < commands.length ? commands[k].t : Infinity, c < stops.length ? stops[c] : Infinity, until);
    if (autopilot) next = Math.min(next, autopilot.nextStop(sim.state.t));
    sim.advanceTo(next);
    while (k < commands.length && commands[k].t <= sim.state.t) { apply(commands[k].command, commands[k].line); k++; }
    if (autopilot) {
      autopilot.observe(sim.state.log, sim.state.t);
      for (const cmd of autopilot.takeDue(sim.state.t)) apply(cmd, 0);
    }
    while (c < stops.length && stops[c] <= sim.state.t) { checkpoints!.visit(sim); c++; }
    if (sim.state.t >= until) break;
  }
  return { sim, rejected };
}
