// Regressions found in review of the foundation: each test failed before its fix.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { parseDuration } from '../../sim-core/time/duration.ts';
import { validateScenarioText } from '../../scenarios/resolve.ts';
import { DETOUR_SECONDS, EDGE_SECONDS, miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

function dispatched(seed = 3) {
  const sim = createSim(miniScenario(), { seed });
  sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
  return { sim, departAt: events(sim, 'unitTurningOut')[0].departAt as number };
}

describe('review fixes', () => {
  it('a unit turning back off a closed road never drives through it again', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 60);
    sim.apply({ type: 'closeRoad', role: 'director', edges: [1] });
    sim.advanceTo(departAt + 65);
    sim.apply({ type: 'closeRoad', role: 'director', edges: [5] }); // an unrelated road change
    const trip = sim.state.entities.units.fs1.trip!;
    expect(trip.edges[0]).toBe(1);
    expect(trip.turnBack).toBe(true);
    expect(trip.edges.slice(1)).not.toContain(1);
    expect(trip.nodes.slice(0, 2)).toEqual([2, 1]); // still heading back to n1
    sim.advanceTo(departAt + 200);
    expect(sim.state.entities.units.fs1.status).toBe('stranded'); // both ways to v1 are cut
    expect(sim.state.entities.units.fs1.node).toBe(1);
  });

  it('reports the travel time from departure even after a re-route', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 60);
    sim.apply({ type: 'closeRoad', role: 'director', edges: [2] });
    sim.advanceTo(departAt + 4 * EDGE_SECONDS + DETOUR_SECONDS);
    const arrived = events(sim, 'unitArrived')[0];
    expect(arrived.travelTime).toBe(arrived.t - departAt);
    expect(arrived.travelTime).toBe(4 * EDGE_SECONDS + DETOUR_SECONDS);
  });

  it('a road reopening shortens a detour', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 60);
    sim.apply({ type: 'closeRoad', role: 'director', edges: [2] });
    sim.advanceTo(departAt + 70);
    sim.apply({ type: 'openRoad', role: 'director', edges: [2] });
    const rr = events(sim, 'unitRerouted');
    expect(rr).toHaveLength(2);
    expect(rr[1].eta).toBe(departAt + 4 * EDGE_SECONDS);
  });

  it('a unit turning out can be recalled; a stranded one can be told to stay', () => {
    const { sim, departAt } = dispatched();
    const r = sim.apply({ type: 'recall', role: 'chief', unit: 'fs1' });
    expect(r.ok).toBe(true);
    expect(events(sim, 'unitStoodDown')).toHaveLength(1);
    sim.advanceTo(departAt + 300);
    expect(events(sim, 'unitDeparted')).toHaveLength(0);
    expect(sim.state.entities.units.fs1.status).toBe('atBase');
  });

  it('keeps closures per cause: a secret cut is not shown through a public order', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'secret', t: 10, kind: 'closeRoad', target: { edges: [2] }, visibleTo: ['chief'], payload: { reason: { zh: '秘密塌方' } } }];
    const sim = createSim(miniScenario(json), { seed: 1 });
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2], reason: { zh: '交通管制' } });
    sim.advanceTo(20);
    expect(sim.viewFor('observer')!.closures).toEqual([{ edge: 2, reason: '交通管制' }]);
    expect(sim.viewFor('chief')!.closures).toEqual([{ edge: 2, reason: '秘密塌方' }]);
    sim.apply({ type: 'openRoad', role: 'chief', edges: [2] });
    expect(sim.viewFor('observer')!.closures).toEqual([]);
    expect(sim.viewFor('chief')!.closures).toEqual([{ edge: 2, reason: '秘密塌方' }]);
  });

  it('an inject timed at 0 fires at 0', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'start', t: 0, kind: 'message', visibleTo: ['all'], payload: { from: { zh: '导调' }, text: { zh: '演练开始' } } }];
    const sim = createSim(miniScenario(json), { seed: 1 });
    expect(events(sim, 'message').map((e) => e.t)).toEqual([0]);
  });

  it('keeps nothing of the caller’s objects in the log, and refuses odd shapes', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    const edges = [0];
    sim.apply({ type: 'closeRoad', role: 'chief', edges, reason: { zh: '管制' } });
    edges.push(3);
    expect((sim.state.log[0] as any).edges).toEqual([0]);
    const r1 = sim.apply({ type: 'sendReport', role: 'chief', to: 'township:town1', kind: 'instruction', text: { zh: '注意', extra: 1 } });
    expect(r1).toMatchObject({ ok: false, reason: 'malformed', message: 'text.extra: unknown field' });
    const inherited = Object.create({ place: 'v1' });
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: inherited, task: 'standby' })).toMatchObject({ ok: false, reason: 'malformed' });
    let deep: any = {};
    for (let i = 0; i < 50_000; i++) deep = { d: deep };
    expect(sim.apply({ type: 'recall', role: 'chief', unit: 'fs1', junk: deep })).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('bounds durations and sim time', () => {
    expect(parseDuration('9'.repeat(400))).toBeNull();
    expect(parseDuration('400d')).toBeNull();
    expect(parseDuration('366d')).toBe(366 * 86_400);
    expect(parseDuration(null)).toBeNull();
    expect(parseDuration({})).toBeNull();
    const sim = createSim(miniScenario(), { seed: 1 });
    expect(() => sim.advanceTo(Infinity)).toThrow(RangeError);
    expect(() => sim.advanceTo(NaN)).toThrow(RangeError);
  });

  it('refuses reserved ids, impossible start times and absurd cell sizes in a scenario', () => {
    const check = (mutate: (j: any) => void) => {
      const j = miniScenarioJson();
      mutate(j);
      const r = validateScenarioText(JSON.stringify(j), 's.json');
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(check((j) => { j.teams[0].id = 'constructor'; })).toContain('teams[0].id: this id is reserved (a JavaScript object member name)');
    expect(check((j) => { j.start = '2026-13-45T99:99+08:00'; })).toContain('start: not a real date and time');
    expect(check((j) => { j.grid.cellSize = 1e308; })[0]).toMatch(/^grid\.cellSize: /);
  });
});
