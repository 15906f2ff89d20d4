// A crack injected into a dam (damCrack) lowers its safe level and, with the pool left above it,
// brings a piping breach at a seeded time: the same seed gives the same breach and hash twice;
// a worse crack brings it sooner; drawing the pool down below the safe level prevents it.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';

const base = loadScenario('scenarios/demo-district');
const RES = 'res-yunling';

/** The storm day without its rain and script, the Yunling pool started near the crest, one crack at 10 min. */
function crackDay(damage: 'major' | 'severe', startLevel: number): Scenario {
  const crack: Inject = { id: 'crack', t: 600, jitter: 0, visibleTo: ['chief'], kind: 'damCrack', target: { place: RES }, payload: { damage } };
  return {
    ...base, injects: [crack], rain: [],
    reservoirs: base.reservoirs.map((r) => (r.id === RES ? { ...r, startLevel } : r)),
  };
}

function run(s: Scenario, seed: number, until: number) {
  const sim = createSim(s, { seed });
  sim.advanceTo(until);
  const breach = sim.state.log.find((e) => e.entry === 'event' && e.kind === 'damBreach');
  const damaged = sim.state.log.find((e) => e.entry === 'event' && e.kind === 'damDamaged');
  return { hash: sim.hash(), breachAt: breach?.t ?? null, damaged, dam: sim.state.entities.dams?.[RES] };
}

describe('dam crack inject', () => {
  const crest = base.reservoirs.find((r) => r.id === RES)!.damCrest;
  const major = crackDay('major', crest - 1);

  it('damages the dam, lowers its safe level and is deterministic (hash twice)', () => {
    const a = run(major, 7, 60 * 3600), b = run(major, 7, 60 * 3600);
    expect(a.hash).toBe(b.hash);
    expect(a.breachAt).toBe(b.breachAt);
    expect(a.damaged).toMatchObject({ t: 600, kind: 'damDamaged', reservoir: RES, damage: 'major' });
    expect(a.dam!.safeLevel).toBeLessThan(crest - 6);
    expect(a.breachAt).not.toBeNull();
  });

  it('a worse crack breaches sooner on the same seed; a scenario without a crack has no dam state', () => {
    const major = run(crackDay('major', crest - 1), 7, 60 * 3600);
    const severe = run(crackDay('severe', crest - 1), 7, 60 * 3600);
    // Same endurance draw, four times the hazard rate (BREACH_RATE 0.2 vs 0.05 /h), the pool above
    // both safe levels all along: a quarter of the time after the crack (to the 60 s check).
    expect(Math.abs((severe.breachAt! - 600) * 4 - (major.breachAt! - 600))).toBeLessThanOrEqual(4 * 60);
    const sim = createSim({ ...base, injects: [], rain: [] }, { seed: 7 });
    sim.advanceTo(3600);
    expect(sim.state.entities.dams).toBeUndefined();
  });

  it('with the pool below the safe level the cracked dam holds', () => {
    const low = run(crackDay('major', crest - 9), 7, 72 * 3600);
    expect(low.dam!.aboveSafe).toBe(false);
    expect(low.breachAt).toBeNull();
  });
});

describe('the earthquake at the dams (demo-district-quake)', () => {
  it('damages every dam by the shaking there, seen by director and evaluator; the found crack tells the chief', () => {
    const quake = loadScenario('scenarios/demo-district-quake');
    const sim = createSim(quake, { seed: 7 });
    sim.start();
    sim.advanceTo(3600);
    const q = quake.earthquake!;
    const yunling = sim.state.entities.dams![RES];
    // 0.43 g at the dam, Ms 6.5 → 0.19 % of 48 m (Swaisgood 2003): minor, cracks 10–30 mm (Pells & Fell 2003).
    expect(yunling).toMatchObject({ damage: 'minor', crackWidth: 20, since: q.t, cause: 'quake', knownTo: ['chief'] });
    const events = sim.state.log.flatMap((e) => (e.entry === 'event' && e.kind === 'damDamaged' && e.reservoir === RES ? [e] : []));
    expect(events.map((e) => [e.t, e.visibleTo])).toEqual([[q.t, []], [quake.injects.find((i) => i.id === 'dam-crack-found')!.t, ['chief']]]);
    expect(Object.keys(sim.state.entities.dams!).length).toBe(quake.reservoirs.length);
  });
});

