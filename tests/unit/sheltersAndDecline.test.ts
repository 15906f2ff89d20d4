// Opening shelters (启用避难场所) and a team declining its task.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && e.kind === kind) as any[];

/** The mini district with a second shelter, s2 at n1 (farther from v1 than s1 at n2). */
function twoShelters() {
  const json = miniScenarioJson();
  json.shelters.push({ id: 's2', name: { zh: '东河镇文化站' }, x: 750, y: 1000, township: 'town1', usableArea: 600 });
  return miniScenario(json);
}

describe('shelters', () => {
  it('the chief or the owning township opens a shelter; others are refused with the reason', () => {
    const sim = createSim(twoShelters(), { seed: 1 });
    expect(sim.apply({ type: 'openShelter', role: 'township:town2', shelters: ['s2'] })).toMatchObject({ ok: false, reason: 'notPermitted', message: expect.stringContaining('not in township town2') });
    expect(sim.apply({ type: 'openShelter', role: 'team:fs1', shelters: ['s2'] })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'openShelter', role: 'chief', shelters: ['s9'] })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    expect(sim.apply({ type: 'openShelter', role: 'township:town1', shelters: ['s2'] }).ok).toBe(true);
    expect(sim.apply({ type: 'openShelter', role: 'chief', shelters: ['s2'] })).toMatchObject({ ok: false, reason: 'noChange' });
    expect(events(sim, 'shelterOpened')).toMatchObject([{ shelter: 's2', by: 'township:town1', capacity: 400 }]);
  });

  it('evacuees go to the nearest open shelter; with none open, to the nearest, opened on arrival', () => {
    const opened = createSim(twoShelters(), { seed: 3 });
    opened.apply({ type: 'openShelter', role: 'chief', shelters: ['s2'] });
    opened.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    opened.advanceTo(3 * 3600);
    const dep = events(opened, 'evacueesDeparted');
    expect(dep.length).toBeGreaterThan(0);
    for (const d of dep) expect(d.shelter).toBe('s2');

    const none = createSim(twoShelters(), { seed: 3 });
    none.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    none.advanceTo(3 * 3600);
    for (const d of events(none, 'evacueesDeparted')) expect(d.shelter).toBe('s1');
    const first = events(none, 'evacueesArrived')[0];
    expect(events(none, 'shelterOpened')).toMatchObject([{ shelter: 's1', by: 'onArrival', t: first.t }]);
  });
});

describe('declining a task', () => {
  it('the team itself may decline; it stands down and the orderer hears why', () => {
    const sim = createSim(miniScenario(), { seed: 3 });
    expect(sim.apply({ type: 'declineTask', role: 'team:fs1', unit: 'fs1', reason: { zh: '无任务' } })).toMatchObject({ ok: false, reason: 'noChange' });
    const order = sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue', label: '水上救援' });
    expect(order.ok).toBe(true);
    expect(sim.apply({ type: 'declineTask', role: 'chief', unit: 'fs1', reason: { zh: '…' } })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'declineTask', role: 'team:tt2', unit: 'fs1', reason: { zh: '…' } })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'declineTask', role: 'team:fs1', unit: 'fs1', reason: { zh: '无舟艇装备，无法执行水上救援' } }).ok).toBe(true);
    const d = events(sim, 'taskDeclined');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ unit: 'fs1', task: 'rescue', order: (order as any).seq, reason: { zh: '无舟艇装备，无法执行水上救援' } });
    expect(d[0].visibleTo).toContain('chief');
    expect(sim.state.entities.units.fs1).toMatchObject({ status: 'atBase', task: null });
  });

  it('a team cut off from its base declines where it is', () => {
    const sim = createSim(miniScenario(), { seed: 3 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue', label: '营救' });
    sim.advanceTo(1200);
    expect(sim.state.entities.units.fs1.status).toBe('onScene');
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [3, 6] });
    expect(sim.apply({ type: 'declineTask', role: 'team:fs1', unit: 'fs1', reason: { zh: '道路中断，无法撤回' } }).ok).toBe(true);
    expect(sim.state.entities.units.fs1).toMatchObject({ status: 'onScene', task: null, node: 4 });
    expect(events(sim, 'taskDeclined')).toHaveLength(1);
  });

  it('a team already on its way turns back to base', () => {
    const sim = createSim(miniScenario(), { seed: 3 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    sim.advanceTo(200);
    expect(sim.state.entities.units.fs1.status).toBe('enRoute');
    expect(sim.apply({ type: 'declineTask', role: 'team:fs1', unit: 'fs1', reason: { zh: '车辆故障' } }).ok).toBe(true);
    sim.advanceTo(2000);
    expect(sim.state.entities.units.fs1.status).toBe('atBase');
  });
});
