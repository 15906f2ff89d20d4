// Determinism over whole runs of the default scenario: same seed and commands ⇒ same hash every
// simulated hour; snapshot + restore + the rest equals the straight run; replaying the log
// equals the run; another seed differs.
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import { snapshotFromJson, snapshotToJson } from '../../sim-core/snapshot.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile, type TimedCommand } from '../../server/run/commandsFile.ts';

const scenario = loadScenario('scenarios/demo-district');
const commands = readCommandsFile('scenarios/demo-district/sample-commands.jsonl');
const HOUR = 3600;

/** Runs to `until`, applying commands at their times; returns the hash at every whole hour. */
function run(sim: Sim, cmds: readonly TimedCommand[], until: number, from = 0): string[] {
  const hashes: string[] = [];
  let next = 0;
  for (let h = Math.floor(from / HOUR) + 1; h * HOUR <= until; h++) {
    while (next < cmds.length && cmds[next].t <= h * HOUR) {
      if (cmds[next].t >= sim.state.t) { sim.advanceTo(cmds[next].t); sim.apply(cmds[next].command); }
      next++;
    }
    sim.advanceTo(h * HOUR);
    hashes.push(sim.hash());
  }
  return hashes;
}

describe('determinism of the default scenario', () => {
  it('the sample commands are all accepted and make things happen', () => {
    const sim = createSim(scenario, { seed: 7 });
    for (const c of commands) {
      sim.advanceTo(c.t);
      const r = sim.apply(c.command);
      expect(r.ok, `line ${c.line}: ${JSON.stringify(r)}`).toBe(true);
    }
    sim.advanceTo(24 * HOUR);
    const kinds = new Set(sim.state.log.filter((e) => e.entry === 'event').map((e: any) => e.kind));
    for (const k of ['message', 'roadClosed', 'roadOpened', 'unitDeparted', 'unitArrived', 'unitRerouted']) expect(kinds, k).toContain(k);
  });

  it('two runs give the same hash every simulated hour', () => {
    const a = run(createSim(scenario, { seed: 7 }), commands, 24 * HOUR);
    const b = run(createSim(scenario, { seed: 7 }), commands, 24 * HOUR);
    expect(a).toHaveLength(24);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(5); // the state really changes over the day
  });

  it('snapshot at 3 h, restore, and the rest equals the straight run', () => {
    const straight = run(createSim(scenario, { seed: 7 }), commands, 24 * HOUR);
    const first = createSim(scenario, { seed: 7 });
    const early = run(first, commands, 3 * HOUR);
    const restored = restoreSim(scenario, snapshotFromJson(snapshotToJson(first.snapshot())));
    expect(restored.hash()).toBe(first.hash());
    const rest = run(restored, commands.filter((c) => c.t > 3 * HOUR), 24 * HOUR, 3 * HOUR);
    expect([...early, ...rest]).toEqual(straight);
  });

  it('restore() rewinds a sim in place to an earlier snapshot', () => {
    const sim = createSim(scenario, { seed: 7 });
    run(sim, commands, 3 * HOUR);
    const at3h = sim.snapshot(), hash3h = sim.hash();
    run(sim, commands.filter((c) => c.t > 3 * HOUR), 9 * HOUR, 3 * HOUR);
    expect(sim.hash()).not.toBe(hash3h);
    sim.restore(at3h);
    expect(sim.hash()).toBe(hash3h);
    expect(sim.state.t).toBe(3 * HOUR);
  });

  it('replaying the log of a run reaches the same state', () => {
    const original = createSim(scenario, { seed: 7 });
    run(original, commands, 12 * HOUR);
    const replay = createSim(scenario, { seed: 7 });
    for (const e of original.state.log) {
      if (e.entry !== 'command') continue;
      replay.advanceTo(e.t);
      expect(replay.apply(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, t: e.t, seq: e.seq });
    }
    replay.advanceTo(12 * HOUR);
    expect(replay.hash()).toBe(original.hash());
    expect(replay.state.log).toEqual(original.state.log);
  });

  it('another seed gives another run', () => {
    const a = run(createSim(scenario, { seed: 7 }), commands, 6 * HOUR);
    const b = run(createSim(scenario, { seed: 8 }), commands, 6 * HOUR);
    expect(b.at(-1)).not.toBe(a.at(-1));
  });
});
