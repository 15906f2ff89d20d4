import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

function exercise() {
  const json = miniScenarioJson();
  json.injects = [
    { id: 'call', t: '10m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '上游村有人被困' } }, expected: { zh: '镇上核实后报区指挥部' } },
    { id: 'bulletin', t: '5m', kind: 'message', visibleTo: ['all'], payload: { from: { zh: '区气象台' }, text: { zh: '暴雨橙色预警' } } },
  ];
  const sim = createSim(miniScenario(json), { seed: 9 });
  sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
  sim.advanceTo(3600);
  return sim;
}

describe('viewFor: each role sees what it may know', () => {
  it('director and evaluator see the truth, the MSEL and every event', () => {
    const sim = exercise();
    for (const role of ['director', 'evaluator']) {
      const v = sim.viewFor(role)!;
      expect(v.truth).toBe(true);
      expect(v.units.map((u) => u.id)).toEqual(['fs1', 'tt2']);
      expect(v.injects!.map((i) => [i.id, i.fired])).toEqual([['bulletin', 300], ['call', 600]]);
      expect(v.events.some((e) => e.kind === 'injectFired')).toBe(true);
    }
  });

  it('the chief sees every force but not the script or messages meant for a township', () => {
    const v = exercise().viewFor('chief')!;
    expect(v.truth).toBe(false);
    expect(v.injects).toBeUndefined();
    expect(v.units.map((u) => u.id)).toEqual(['fs1', 'tt2']);
    const texts = v.events.filter((e) => e.kind === 'message').map((e: any) => e.text.zh);
    expect(texts).toEqual(['暴雨橙色预警']);
    expect(v.events.some((e) => e.kind === 'injectFired')).toBe(false);
  });

  it('a township sees its own teams and those sent into its area, and its messages', () => {
    const sim = exercise();
    const t1 = sim.viewFor('township:town1')!;
    expect(t1.units.map((u) => u.id)).toEqual(['fs1']); // fs1 was sent to v1, in town1
    expect(t1.events.filter((e) => e.kind === 'message').map((e: any) => e.text.zh)).toEqual(['暴雨橙色预警', '上游村有人被困']);
    const t2 = sim.viewFor('township:town2')!;
    expect(t2.units.map((u) => u.id)).toEqual(['tt2']);
    expect(t2.events.filter((e) => e.kind === 'message')).toHaveLength(1);
  });

  it('a team sees itself only; an observer sees no forces', () => {
    const sim = exercise();
    const team = sim.viewFor('team:fs1')!;
    expect(team.units.map((u) => u.id)).toEqual(['fs1']);
    expect(team.units[0].status).toBe('onScene');
    expect(team.events.some((e) => e.kind === 'unitArrived')).toBe(true);
    expect(sim.viewFor('team:tt2')!.events.some((e) => e.kind === 'unitArrived')).toBe(false);
    const obs = sim.viewFor('observer')!;
    expect(obs.units).toEqual([]);
    expect(obs.events.every((e) => e.visibleTo.includes('all'))).toBe(true);
  });

  it('places a moving unit along its road, and refuses unknown roles', () => {
    const sim = createSim(miniScenario(), { seed: 9 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    const departAt = sim.viewFor('chief')!.units[0].eta!;
    sim.advanceTo(departAt + 24); // halfway along the first 600 m edge
    const u = sim.viewFor('chief')!.units[0];
    expect(u.status).toBe('enRoute');
    expect(u.x).toBeCloseTo(450, 6);
    expect(u.y).toBe(1050);
    expect(u.eta).toBe(departAt + 192);
    expect(sim.viewFor('mayor')).toBeNull();
    expect(sim.viewFor('team:ghost')).toBeNull();
  });

  it('a road cut by an inject is known to the roles it names; an ordered closure to all', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'slide', t: 60, kind: 'closeRoad', target: { edges: [2] }, visibleTo: ['township:town1'], payload: { reason: { zh: '塌方' } } }];
    const sim = createSim(miniScenario(json), { seed: 2 });
    sim.advanceTo(120);
    expect(sim.viewFor('township:town1')!.closures).toEqual([{ edge: 2, reason: '塌方' }]);
    expect(sim.viewFor('chief')!.closures).toEqual([]);
    expect(sim.viewFor('director')!.closures).toEqual([{ edge: 2, reason: '塌方' }]);
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [0] });
    expect(sim.viewFor('observer')!.closures.map((c) => c.edge)).toEqual([0]);
  });

  it('never exposes PRNG state', () => {
    const json = JSON.stringify(exercise().viewFor('director'));
    expect(json).not.toMatch(/"s0"|"s1"|"s2"|rng/);
  });
});

describe('viewFor: monitoring data and hazards', () => {
  it('reservoirs and gauges for the chief and the truth; flooded places for the chief and their own township', () => {
    const json = miniScenarioJson();
    json.reservoirs = [{ id: 'r1', name: { zh: '小水库' }, x: 2050, y: 2150, class: 'small', normalLevel: 99.5, floodLimitLevel: 99, damCrest: 100.5, storage: 1e5 }];
    json.gauges = [{ id: 'g1', name: { zh: '水位站' }, x: 1350, y: 1050, on: 'river', warningLevel: 100.5, dangerLevel: 101 }];
    json.injects = [{ id: 'cut', t: 60, kind: 'outage', target: { place: 'v1' }, payload: { services: ['comms'] } }];
    const sim = createSim(miniScenario(json), { seed: 1 });
    sim.advanceTo(120);
    for (const role of ['chief', 'director']) {
      expect(sim.viewFor(role)!.reservoirs.map((r) => r.id)).toEqual(['r1']);
      expect(sim.viewFor(role)!.gauges).toEqual([{ id: 'g1', level: 100, state: 'normal' }]);
    }
    for (const role of ['township:town1', 'team:fs1', 'observer']) {
      expect(sim.viewFor(role)!.reservoirs).toEqual([]);
      expect(sim.viewFor(role)!.gauges).toEqual([]);
    }
    expect(sim.viewFor('township:town1')!.outages).toEqual([{ place: 'v1', services: ['comms'] }]);
    expect(sim.viewFor('township:town2')!.outages).toEqual([]);
    expect(sim.viewFor('observer')!.outages).toEqual([]);
  });
});
