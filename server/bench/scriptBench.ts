// What the director's script costs the storm day headless (issue 13: script edits and condition
// checks ≤ 5 %). The cost is the checking, not what a fired inject then sets going (a message the
// autopilot answers changes the day itself), so the conditions are ones that never hold: the
// scenario's own conditional injects with thresholds out of reach, plus five added during play by
// director commands and rescheduled — ten script edits — against the same day with no conditional
// inject. Each is timed three times, alternating, and the fastest kept, so a busy moment on the
// machine weighs less.
import { existsSync } from 'node:fs';
import { loadScenario } from '../scenarioFiles.ts';
import { readCommandsFile, type TimedCommand } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const SCENARIO = 'scenarios/demo-district';
const SAMPLE_COMMANDS = 'scenarios/demo-district/sample-commands.jsonl';

/** Five injects added hour by hour with a condition that keeps being checked, each rescheduled ten minutes later. */
function scriptEdits(): TimedCommand[] {
  const out: TimedCommand[] = [];
  for (let k = 1; k <= 5; k++) {
    const id = `bench-${k}`;
    const inject = {
      t: k * 3600, kind: 'message', visibleTo: ['chief'], when: { kind: 'peopleInDanger', village: 'hupan-xiachang', atLeast: 100_000 },
      payload: { from: { zh: '导调组' }, text: { zh: `测试注入 ${k}` } },
    };
    out.push({ line: 0, t: k * 3600 - 300, command: { type: 'addInject', role: 'director', id, inject } });
    out.push({ line: 0, t: k * 3600 - 240, command: { type: 'editInject', role: 'director', id, inject: { ...inject, t: k * 3600 + 600 } } });
  }
  return out;
}

type When = NonNullable<Scenario['injects'][number]['when']>;

/** The same kind of condition, checked as often, but with a threshold the storm day never reaches (fire conditions: the storm has no fire). */
function outOfReach(w: When): When {
  const x = { ...w } as Record<string, unknown>;
  if ('above' in x) x.above = 1e6;
  if ('atLeast' in x) x.atLeast = 1e9;
  // Deadlines beyond the day: read once, at a time never reached.
  if ('within' in x) x.within = 1e9;
  if ('by' in x) x.by = 1e9;
  return x as When;
}

export interface ScriptBench { withScript: number; without: number; overheadPct: number; conditions: number; edits: number; rejected: number }

export function benchScript(): ScriptBench {
  const scenario = loadScenario(SCENARIO);
  const sample = existsSync(SAMPLE_COMMANDS) ? readCommandsFile(SAMPLE_COMMANDS) : [];
  const plain = { ...scenario, injects: scenario.injects.filter((i) => !i.when) };
  const unreachable = scenario.injects.filter((i) => i.when).map((i, k) => ({ ...i, id: `never-${k}`, when: outOfReach(i.when!) }));
  const checking = { ...plain, injects: [...plain.injects, ...unreachable] };
  const edits = scriptEdits();
  const withCommands = [...sample, ...edits].sort((a, b) => a.t - b.t);
  const time = (run: () => void) => { const s = performance.now(); run(); return (performance.now() - s) / 1000; };
  let rejected = 0;
  // Alternating, three of each, the fastest of each kept: the first runs also warm the JIT up.
  let withScript = Infinity, without = Infinity;
  for (let k = 0; k < 3; k++) {
    without = Math.min(without, time(() => { runHeadless(plain, 1, 86_400, sample); }));
    withScript = Math.min(withScript, time(() => { rejected = runHeadless(checking, 1, 86_400, withCommands).rejected.length; }));
  }
  return {
    withScript, without, overheadPct: ((withScript - without) / without) * 100,
    conditions: unreachable.length + 5, edits: edits.length, rejected,
  };
}
