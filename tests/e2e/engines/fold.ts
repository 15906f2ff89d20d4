// The replay both sides run: create the sim, apply each command of a JSON-lines log at its time
// (advanceTo, then apply), advance to the end, hash. Shared by the browser worker and the Node
// side of tests/e2e/engines.test.ts, so only the engine differs.
// (To be pointed at the runtime driver's fold once it exists.)
import { createSim } from '../../../sim-core/sim.ts';
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import type { Command } from '../../../sim-core/commands/command.ts';
import { parseDuration } from '../../../sim-core/time/duration.ts';

export interface FoldResult {
  hash: string;
  t: number;
  applied: number;
  rejected: number;
}

/** Commands of a sample-commands.jsonl text: blank and // lines skipped, t as seconds. */
export function parseCommands(text: string): { t: number; command: Command }[] {
  const out: { t: number; command: Command }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    const obj = JSON.parse(line) as Record<string, unknown>;
    const t = parseDuration(obj.t);
    if (t === null) throw new Error(`commands line ${i + 1}: t: not a sim time`);
    out.push({ t, command: { ...obj, t } as unknown as Command });
  });
  return out;
}

export function fold(scenario: Scenario, seed: number, commandsText: string, until: number): FoldResult {
  const sim = createSim(scenario, { seed });
  let applied = 0, rejected = 0;
  for (const { t, command } of parseCommands(commandsText)) {
    if (t > until) break;
    sim.advanceTo(t);
    if (sim.apply(command).ok) applied++; else rejected++;
  }
  sim.advanceTo(until);
  return { hash: sim.hash(), t: sim.state.t, applied, rejected };
}
