// 桥梁震害: the HAZUS-MH MR4 Table 7.9 bridge fragility against its published medians (Sa(1.0), g)
// and dispersion β = 0.6, the PGA → Sa(1.0) conversion by the Chinese design spectrum's shape, and
// the quake scenario's bridges closed by the shaking and reopened only by a repair.
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_BETA, BRIDGE_MEDIANS, bridgeClosureChance, bridgeExceedance, SA1_PER_PGA, sa1FromPga,
} from '../../sim-core/hazards/quake/bridgeFragility.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';
import { CLOSURE_BIT } from '../../sim-core/world/closureCause.ts';
import { bridgeFailures } from '../../sim-core/hazards/quake/bridgeStep.ts';
import { RngStreams } from '../../sim-core/rng/streams.ts';
import { viewFor } from '../../sim-core/views.ts';
import { learnClosure } from '../../sim-core/forces/knownRoads.ts';

describe('bridge fragility (HAZUS-MH MR4 Table 7.9)', () => {
  it('carries the table\'s medians and dispersion', () => {
    expect(BRIDGE_MEDIANS.HWB1).toEqual([0.4, 0.5, 0.7, 0.9]);
    expect(BRIDGE_MEDIANS.HWB5).toEqual([0.25, 0.35, 0.45, 0.7]);
    expect(BRIDGE_MEDIANS.HWB10).toEqual([0.6, 0.9, 1.1, 1.5]);
    expect(BRIDGE_MEDIANS.HWB15).toEqual([0.75, 0.75, 0.75, 1.1]);
    expect(BRIDGE_MEDIANS.HWB28).toEqual([0.8, 1, 1.2, 1.7]);
    expect(BRIDGE_BETA).toBe(0.6);
  });

  it('is 50 % at the median and Φ(±1) one dispersion either side', () => {
    for (const cls of ['HWB1', 'HWB5', 'HWB10'] as const) {
      for (const st of [0, 1, 2, 3] as const) {
        const m = BRIDGE_MEDIANS[cls][st];
        expect(bridgeExceedance(cls, m, st)).toBeCloseTo(0.5, 6);
        expect(bridgeExceedance(cls, m * Math.exp(BRIDGE_BETA), st)).toBeCloseTo(0.841345, 5);
        expect(bridgeExceedance(cls, m * Math.exp(-BRIDGE_BETA), st)).toBeCloseTo(0.158655, 5);
      }
    }
    expect(bridgeExceedance('HWB5', 0, 2)).toBe(0);
  });

  it('takes Sa(1.0) = 2.5 · 0.35^0.9 · PGA and closes from extensive damage on', () => {
    expect(SA1_PER_PGA).toBeCloseTo(2.5 * Math.pow(0.35, 0.9), 12);
    expect(SA1_PER_PGA).toBeCloseTo(0.9716, 3);
    expect(sa1FromPga(9.80665)).toBeCloseTo(SA1_PER_PGA, 12);
    // The PGA at which Sa(1.0) is HWB5's extensive median closes half such bridges.
    const pga = (0.45 / SA1_PER_PGA) * 9.80665;
    expect(bridgeClosureChance('HWB5', pga)).toBeCloseTo(0.5, 6);
    expect(bridgeClosureChance('HWB5', 2 * pga)).toBeGreaterThan(bridgeClosureChance('HWB1', 2 * pga));
  });
});

describe('the seeded draw', () => {
  it('closes bridges at the fragility\'s rate: 2000 HWB5 bridges at one PGA, within sampling error', () => {
    const n = 2000;
    const pga = 3.5; // m/s², VIII-ish
    const p = bridgeClosureChance('HWB5', pga);
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.6);
    const bridges = Array.from({ length: n }, (_, k) => ({ id: `b${String(k).padStart(4, '0')}`, name: { zh: '桥' }, edges: [k], hazusClass: 'HWB5' as const, x: 0, y: 0 }));
    const entities: any = { quake: { t: 0, epicentral: 8, villages: {} }, closures: {} };
    const state: any = { t: 0, entities, fields: { edgeClosed: new Uint8Array(n), version: 0 }, roadsChanged: 0, rng: RngStreams.fromSeed(3) };
    const ctx: any = { scenario: { bridges }, state, update: (f: (d: any) => void) => f(entities), emit: () => {} };
    const src: any = { at: () => ({ intensity: 8, pga }) };
    const failed = bridgeFailures(ctx, src);
    const sd = Math.sqrt((p * (1 - p)) / n);
    expect(Math.abs(failed.length / n - p)).toBeLessThan(4 * sd);
    expect(Object.keys(entities.quake.bridges)).toHaveLength(failed.length);
    for (const id of failed) expect(state.fields.edgeClosed[Number(id.slice(1))]).toBe(CLOSURE_BIT.bridge);
    // An aftershock weaker at the bridges adds nothing; a stronger one closes the survivors at the conditional rate.
    expect(bridgeFailures(ctx, { at: () => ({ intensity: 7, pga: 2 }) } as any, [src])).toEqual([]);
    const pb = bridgeClosureChance('HWB5', 2 * pga);
    const more = bridgeFailures(ctx, { at: () => ({ intensity: 9, pga: 2 * pga }) } as any, [src]);
    const total = (failed.length + more.length) / n;
    expect(Math.abs(total - pb)).toBeLessThan(4 * Math.sqrt((pb * (1 - pb)) / n) + 4 * sd);
  });
});

describe('bridges in the quake exercise', () => {
  const base = loadScenario('scenarios/demo-district-quake');

  it('marks the bridges, closes some in the main shock by the seeded draw; a closed bridge stays shut without a repair and reopens with one', () => {
    expect(base.bridges!.map((b) => b.id)).toContain('br-yunling');
    // Over seeds, the near-field bridge closes about as often as its fragility says; the far highway bridges rarely.
    let downs = 0;
    const seeds = 12;
    let shut: { seed: number; edges: number[] } | null = null;
    for (let seed = 1; seed <= seeds; seed++) {
      const sim = createSim(base, { seed });
      sim.advanceTo(base.earthquake!.t);
      const down = sim.state.entities.quake!.bridges ?? {};
      if (down['br-yunling']) {
        downs++;
        const edges = base.bridges!.find((b) => b.id === 'br-yunling')!.edges;
        for (const e of edges) expect(sim.state.fields.edgeClosed[e] & CLOSURE_BIT.bridge).toBe(CLOSURE_BIT.bridge);
        if (!shut) shut = { seed, edges };
      }
    }
    expect(downs).toBeGreaterThan(0);
    expect(downs).toBeLessThan(seeds);
    // Nobody repairs it: a day later it is still closed.
    const sim = createSim(base, { seed: shut!.seed });
    sim.advanceTo(base.earthquake!.t + 86_400);
    for (const e of shut!.edges) expect(sim.state.fields.edgeClosed[e] & CLOSURE_BIT.bridge).toBe(CLOSURE_BIT.bridge);
    expect(sim.state.entities.quake!.bridges!['br-yunling']).toMatchObject({ work: 0 });
    // Teams sent to its ends with a clearing task right after the shock build the emergency
    // bridge: the bridge's closure lifts (the director's own bridge-collapse closure on the same
    // edges is his to lift). The teams go to the far (north-east) end: on this seed rockfalls cut
    // the roads to the near one.
    const g = base.roads;
    const ends = [...new Set(shut!.edges.flatMap((e) => [g.edgeFrom[e], g.edgeTo[e]]))].sort((a, b) => b - a);
    const fix = createSim(base, { seed: shut!.seed });
    fix.advanceTo(base.earthquake!.t + 600);
    const sent = ['special-1', 'songling-team-1', 'beiling-team-1', 'hupan-team-1']
      .filter((unit) => ends.some((n) => fix.apply({ type: 'dispatch', role: 'chief', unit, to: { node: n }, task: 'clearRoad', label: '架设应急便桥' }).ok));
    expect(sent.length).toBeGreaterThan(0);
    fix.advanceTo(base.earthquake!.t + 3 * 86_400);
    const done = fix.state.log.filter((e) => e.entry === 'event' && e.kind === 'bridgeRepaired') as any[];
    expect(done.map((e) => e.bridge)).toEqual(['br-yunling']);
    for (const e of shut!.edges) expect(fix.state.fields.edgeClosed[e] & CLOSURE_BIT.bridge).toBe(0);
    expect(fix.state.entities.quake!.bridges!['br-yunling']).toBeUndefined();
    // 720 person-hours: not before the teams could have done them.
    const size = sent.reduce((a, u) => a + base.teams.find((t) => t.id === u)!.size, 0);
    expect(done[0].t - base.earthquake!.t).toBeGreaterThan((720 / size) * 3600);
  }, 300_000);

  it('is on the director\'s map at once and on the chief\'s only once its side has seen the closure', () => {
    let seed = 1;
    let sim = createSim(base, { seed });
    for (; seed <= 12; seed++) {
      sim = createSim(base, { seed });
      sim.advanceTo(base.earthquake!.t + 60);
      if (sim.state.entities.quake!.bridges?.['br-yunling']) break;
    }
    expect(sim.state.entities.quake!.bridges?.['br-yunling']).toBeDefined();
    expect(viewFor(sim, 'director')!.bridgesDown).toContain('br-yunling');
    expect(viewFor(sim, 'chief')!.bridgesDown ?? []).not.toContain('br-yunling');
    // A team of the district's (the chief's side) drives up to it.
    const edge = base.bridges!.find((b) => b.id === 'br-yunling')!.edges[0];
    sim.update((draft) => learnClosure(sim, draft, 'special-1', edge));
    expect(viewFor(sim, 'chief')!.bridgesDown).toContain('br-yunling');
  }, 300_000);
});

