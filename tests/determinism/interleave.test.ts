// Two exercises of one scenario share the scenario object (its rasters, road graph and what the
// hazards derive from them once), but no memory that changes: each sim has its own flood, fire
// and routing work buffers. So two sims stepped in turn — as the server steps its exercises —
// reach, step for step, the same hashes as each run alone.
import { describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { readCommandsFile, type TimedCommand } from '../../server/run/commandsFile.ts';

const STEP = 1800, UNTIL = 12 * 3600;

interface Runner { sim: Sim; cmds: readonly TimedCommand[]; next: number }

function runner(scenario: Scenario, seed: number, cmds: readonly TimedCommand[]): Runner {
  return { sim: createSim(scenario, { seed }), cmds, next: 0 };
}

/** Advances to t, applying the commands due on the way at their times; returns the hash at t. */
function stepTo(r: Runner, t: number): string {
  while (r.next < r.cmds.length && r.cmds[r.next].t <= t) {
    r.sim.advanceTo(r.cmds[r.next].t);
    r.sim.apply(r.cmds[r.next].command);
    r.next++;
  }
  r.sim.advanceTo(t);
  return r.sim.hash();
}

function alone(make: () => Runner): string[] {
  const r = make();
  const out: string[] = [];
  for (let t = STEP; t <= UNTIL; t += STEP) out.push(stepTo(r, t));
  return out;
}

function inTurn(makeA: () => Runner, makeB: () => Runner): { a: string[]; b: string[]; sims: [Sim, Sim] } {
  const ra = makeA(), rb = makeB();
  const a: string[] = [], b: string[] = [];
  for (let t = STEP; t <= UNTIL; t += STEP) {
    a.push(stepTo(ra, t));
    b.push(stepTo(rb, t));
  }
  return { a, b, sims: [ra.sim, rb.sim] };
}

const kinds = (sim: Sim) => new Set(sim.state.log.filter((e) => e.entry === 'event').map((e) => (e as { kind: string }).kind));

describe('two sims of one scenario stepped in turn', () => {
  it('the storm day, different seeds and command logs: the same hashes as each alone', () => {
    const scenario = loadScenario('scenarios/demo-district');
    const commands = readCommandsFile('scenarios/demo-district/sample-commands.jsonl');
    const makeA = () => runner(scenario, 3, commands);
    const makeB = () => runner(scenario, 11, commands.filter((_c, i) => i % 2 === 0));
    const both = inTurn(makeA, makeB);
    // Both storms flood and close roads (the flood's work buffers and the routing are used by both).
    for (const sim of both.sims) for (const k of ['placeFlooded', 'roadClosed', 'unitDeparted']) expect(kinds(sim), k).toContain(k);
    const [fa, fb] = both.sims.map((sim) => sim.scratch.flood!);
    expect(fa.solver).not.toBe(fb.solver);
    expect(fa.rainRate).not.toBe(fb.rainRate);
    expect(both.sims[0].scratch.routing!.tree).not.toBe(both.sims[1].scratch.routing!.tree);
    expect(both.a[both.a.length - 1]).not.toBe(both.b[both.b.length - 1]);
    expect(both.a).toEqual(alone(makeA));
    expect(both.b).toEqual(alone(makeB));
  }, 600_000);

  it('the fire day, different seeds: the same hashes as each alone', () => {
    const scenario = loadScenario('scenarios/demo-district-fire');
    const commands = readCommandsFile('scenarios/demo-district-fire/sample-commands.jsonl');
    const makeA = () => runner(scenario, 1, commands);
    const makeB = () => runner(scenario, 6, []);
    const both = inTurn(makeA, makeB);
    for (const sim of both.sims) expect(kinds(sim)).toContain('fireIgnited');
    const [wa, wb] = both.sims.map((sim) => sim.scratch.fire!);
    expect(wa.cells).not.toBe(wb.cells);
    expect(wa.arrival).not.toBe(wb.arrival);
    expect(both.a[both.a.length - 1]).not.toBe(both.b[both.b.length - 1]);
    expect(both.a).toEqual(alone(makeA));
    expect(both.b).toEqual(alone(makeB));
  }, 600_000);
});
