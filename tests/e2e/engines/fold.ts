// The replay both sides run: the runtime driver (the one every host uses: headless runs, the
// server, the offline worker) schedules each command of a JSON-lines log at its time, advances to
// the end, and the sim is hashed. Shared by the browser worker and the Node side of
// tests/e2e/engines.test.ts, so only the engine differs.
import { Driver } from '../../../runtime/driver.ts';
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import type { Command } from '../../../sim-core/commands/command.ts';
import { parseDuration } from '../../../sim-core/time/duration.ts';
import { createFloodScratch } from '../../../sim-core/hazards/flood/localInertial.ts';

export interface FoldResult {
  hash: string;
  t: number;
  applied: number;
  rejected: number;
  /** The flood kernel ran its WebAssembly face rows (not the JavaScript fallback) in this engine. */
  floodWasm: boolean;
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
  const driver = new Driver({ scenario, seed });
  driver.scheduleCommands(parseCommands(commandsText).filter((c) => c.t <= until));
  let applied = 0, rejected = 0;
  for (const a of driver.advanceTo(until)) if (a.result.ok) applied++; else rejected++;
  const floodWasm = createFloodScratch({ width: 2, height: 2, cellSize: 1 }).wasm !== null;
  return { hash: driver.sim.hash(), t: driver.t, applied, rejected, floodWasm };
}
