// 转移避险 on the mini district: groups leave after their reaction time, travel to the shelter,
// fill it up to capacity; refusers go on the second order; a cut road strands them.
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { miniScenario, miniScenarioJson, EDGE_SECONDS } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

describe('evacuation', () => {
  it('moves every at-risk person of the village to the shelter, in groups, after their reaction time', () => {
    const sim = createSim(miniScenario(), { seed: 2 });
    expect(sim.apply({ type: 'orderEvacuation', role: 'township:town1', villages: ['v1'] }).ok).toBe(true);
    const groups = Object.values(sim.state.entities.evacuation.groups);
    expect(groups.map((g) => g.households).reduce((a, b) => a + b)).toBe(12); // v1: 12 at-risk households
    expect(groups.map((g) => g.people).reduce((a, b) => a + b)).toBe(40);       // 40 at-risk people
    sim.advanceTo(2 * 3600);
    // Any who refused the first order go on the second.
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    sim.advanceTo(5 * 3600);
    const k = computeKpis(sim.state, 0).evacuation;
    expect(k).toEqual({ ordered: 40, sheltered: 40, moving: 0, waiting: 0, refusing: 0, needsHelp: 0, stranded: 0 });
    for (const d of events(sim, 'evacueesDeparted')) {
      expect(d.shelter).toBe('s1');
      // v1 (n4) → s1 (n2): two county edges at a third of vehicle speed.
      expect(d.eta - d.t).toBe(Math.ceil(2 * EDGE_SECONDS * 3));
      expect(d.t).toBeGreaterThanOrEqual(900);
    }
    expect(sim.state.entities.evacuation.occupancy.s1).toBe(40);
  });

  it('the vulnerable leave with neighbours (half the time) or wait for a team going door to door', () => {
    // v1 has 3 vulnerable people: they form a group of their own.
    const outcomes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((seed) => {
      const sim = createSim(miniScenario(), { seed });
      sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
      return { sim, help: sim.state.entities.evacuation.groups['v1#help'] };
    });
    for (const o of outcomes) expect(o.help).toMatchObject({ people: 3, households: 3 });
    const waiting = outcomes.filter((o) => o.help.status === 'needsHelp');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.length).toBeLessThan(outcomes.length);
    const { sim } = waiting[0];
    sim.advanceTo(3 * 3600);
    // A second order does not move them; a team on an evacuation task does.
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    sim.advanceTo(4 * 3600);
    expect(sim.state.entities.evacuation.groups['v1#help'].status).toBe('needsHelp');
    expect(computeKpis(sim.state, 0).evacuation.needsHelp).toBe(3);
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'evacuate', label: '协助转移' });
    sim.advanceTo(6 * 3600);
    expect(sim.state.entities.evacuation.groups['v1#help'].status).toBe('sheltered');
    expect(computeKpis(sim.state, 0).evacuation).toMatchObject({ sheltered: 40, needsHelp: 0 });
  });

  it('strands groups when no open road leads to a shelter, and refuses what a township may not order', () => {
    const sim = createSim(miniScenario(), { seed: 2 });
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2, 3, 6] });
    expect(sim.apply({ type: 'orderEvacuation', role: 'township:town2', villages: ['v1'] })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v9'] })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    sim.advanceTo(3 * 3600);
    const stranded = events(sim, 'evacueesStranded');
    expect(stranded.length).toBeGreaterThan(0);
    expect(stranded.every((e) => e.reason === 'noRoute')).toBe(true);
    expect(stranded[0].visibleTo).toEqual(['chief', 'township:town1']);
    // The road opens again: the groups cut off set off after all, and reach the shelter.
    const cutOff = stranded.reduce((a, e) => a + e.people, 0);
    expect(sim.apply({ type: 'openRoad', role: 'chief', edges: [2, 3, 6] }).ok).toBe(true);
    sim.advanceTo(5 * 3600);
    const k = computeKpis(sim.state, 0).evacuation;
    expect(k.stranded).toBe(0);
    expect(k.sheltered).toBeGreaterThanOrEqual(cutOff);
  });

  it('fills a shelter only to capacity (1.5 m² a person)', () => {
    const json = miniScenarioJson();
    json.shelters[0].usableArea = 30; // room for 20
    const sim = createSim(miniScenario(json), { seed: 2 });
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    sim.advanceTo(2 * 3600);
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    sim.advanceTo(5 * 3600);
    expect(sim.state.entities.evacuation.occupancy.s1).toBeLessThanOrEqual(20);
    expect(events(sim, 'evacueesStranded').some((e) => e.reason === 'noShelter')).toBe(true);
  });

  it('is deterministic across snapshot and restore', () => {
    const scenario = miniScenario();
    const sim = createSim(scenario, { seed: 5 });
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    sim.advanceTo(1500);
    const copy = restoreSim(scenario, sim.snapshot());
    sim.advanceTo(4 * 3600);
    copy.advanceTo(4 * 3600);
    expect(copy.hash()).toBe(sim.hash());
  });
});

describe('evacuees on the road when it closes', () => {
  it('re-route round the cut, and are stranded when no way is left', () => {
    const sim = createSim(miniScenario(), { seed: 2 });
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    let dep: any;
    for (let t = 60; t < 4 * 3600 && !dep; t += 60) { sim.advanceTo(t); dep = events(sim, 'evacueesDeparted')[0]; }
    expect(dep).toBeDefined();
    sim.advanceTo(dep.t + 30); // on e3 (n4 → n3)
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2] });
    const g = sim.state.entities.evacuation.groups[dep.group];
    expect(g.status).toBe('moving');
    expect(g.trip!.nodes.at(-1)).toBe(2);
    expect(g.trip!.edges.slice(1)).not.toContain(2);
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [5] });
    const s = sim.state.entities.evacuation.groups[dep.group];
    expect(s.status).toBe('stranded');
    expect(events(sim, 'evacueesStranded').map((e) => e.group)).toContain(dep.group);
    expect(sim.state.entities.evacuation.occupancy.s1).toBe(
      Object.values(sim.state.entities.evacuation.groups).filter((x) => x.shelter === 's1' && (x.status === 'moving' || x.status === 'sheltered')).reduce((a, x) => a + x.people, 0));
  });
});

describe('door to door', () => {
  it('a team sent to the village to help the evacuation persuades those who refused', () => {
    // Find a seed where someone refuses the first order.
    let seed = 1, sim = createSim(miniScenario(), { seed });
    for (; seed < 50; seed++) {
      sim = createSim(miniScenario(), { seed });
      sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
      if (Object.values(sim.state.entities.evacuation.groups).some((g) => g.status === 'refusing')) break;
    }
    expect(seed).toBeLessThan(50);
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'evacuate', label: '协助转移 assist evacuation' });
    sim.advanceTo(5 * 3600);
    expect(events(sim, 'evacueesPersuaded').length).toBeGreaterThan(0);
    const k = computeKpis(sim.state, 0).evacuation;
    expect(k.refusing).toBe(0);
    expect(k.sheltered).toBe(40);
    // They were persuaded only after the team got there.
    const arrived = events(sim, 'unitArrived')[0].t;
    for (const e of events(sim, 'evacueesPersuaded')) expect(e.t).toBeGreaterThanOrEqual(arrived);
  });
});
