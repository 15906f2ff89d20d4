import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { DETOUR_SECONDS, EDGE_SECONDS, miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && e.kind === kind) as any[];

function dispatched(seed = 3) {
  const sim = createSim(miniScenario(), { seed });
  const r = sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
  expect(r.ok).toBe(true);
  const departAt = events(sim, 'unitTurningOut')[0].departAt as number;
  return { sim, departAt };
}

describe('unit movement on the road graph', () => {
  it('turns out within the fire-station range, then drives the fastest route', () => {
    const { sim, departAt } = dispatched();
    expect(departAt).toBeGreaterThanOrEqual(45);
    expect(departAt).toBeLessThanOrEqual(120);
    sim.advanceTo(departAt + 4 * EDGE_SECONDS + 10);
    const dep = events(sim, 'unitDeparted')[0];
    expect(dep.t).toBe(departAt);
    expect(dep.eta).toBe(departAt + 4 * EDGE_SECONDS);
    expect(dep.distance).toBe(2400);
    const arr = events(sim, 'unitArrived')[0];
    expect(arr.t).toBe(departAt + 4 * EDGE_SECONDS);
    expect(arr.travelTime).toBe(4 * EDGE_SECONDS);
    expect(sim.state.entities.units.fs1.status).toBe('onScene');
    expect(sim.state.entities.units.fs1.node).toBe(4);
  });

  it('re-routes a unit under way when a road ahead closes: it finishes its edge, then detours', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 60); // on e1 (n1→n2), a quarter of the way
    expect(sim.apply({ type: 'closeRoad', role: 'director', edges: [2], reason: { zh: '塌方' } }).ok).toBe(true);
    const rr = events(sim, 'unitRerouted')[0];
    // Reaches n2 at departAt+96, back n2→n1→n0 (96 s) and round the detour.
    expect(rr.eta).toBe(departAt + 2 * EDGE_SECONDS + 2 * EDGE_SECONDS + DETOUR_SECONDS);
    expect(rr.previousEta).toBe(departAt + 4 * EDGE_SECONDS);
    sim.advanceTo(rr.eta);
    expect(events(sim, 'unitArrived')[0].t).toBe(rr.eta);
  });

  it('reacts in the roads-changed step right after the closing order, and leaves nothing pending', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 60);
    expect(sim.apply({ type: 'closeRoad', role: 'director', edges: [2] }).ok).toBe(true);
    const closed = events(sim, 'roadClosed')[0], rr = events(sim, 'unitRerouted')[0];
    expect([closed.t, rr.t]).toEqual([departAt + 60, departAt + 60]);
    expect(rr.seq).toBe(closed.seq + 1);
    expect(sim.state.roadsChanged).toBe(0);
  });

  it('turns back when the edge it is on closes', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 60);
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [1] });
    const rr = events(sim, 'unitRerouted')[0];
    // 12 s back to n1, 48 s to n0, then the detour.
    expect(rr.eta).toBe(departAt + 60 + 12 + EDGE_SECONDS + DETOUR_SECONDS);
  });

  it('strands a unit with no open way, and resumes it when a road reopens', () => {
    const { sim, departAt } = dispatched();
    sim.advanceTo(departAt + 10);
    sim.apply({ type: 'closeRoad', role: 'director', edges: [3, 6] });
    sim.advanceTo(departAt + 3 * EDGE_SECONDS + 5);
    const stranded = events(sim, 'unitStranded');
    expect(stranded).toHaveLength(1);
    expect(stranded[0].node).toBe(1); // halts at the end of the edge it was on, and waits
    expect(sim.state.entities.units.fs1.status).toBe('stranded');
    const t = sim.state.t;
    sim.apply({ type: 'openRoad', role: 'director', edges: [3] });
    expect(events(sim, 'unitDeparted')).toHaveLength(2);
    sim.advanceTo(t + 3 * EDGE_SECONDS);
    expect(events(sim, 'unitArrived')[0].t).toBe(t + 3 * EDGE_SECONDS);
  });

  it('an order closure and an inject closure on one edge are lifted separately', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [0] });
    sim.apply({ type: 'closeRoad', role: 'director', edges: [0] });
    sim.apply({ type: 'openRoad', role: 'chief', edges: [0] });
    expect(sim.state.fields.edgeClosed[0]).not.toBe(0);
    sim.apply({ type: 'openRoad', role: 'director', edges: [0] });
    expect(sim.state.fields.edgeClosed[0]).toBe(0);
  });

  it('a closure inject and a departure in the same tick: injects run first (phase order)', () => {
    const { departAt } = dispatched(11);
    const json = miniScenarioJson();
    json.injects = [{ id: 'slide', t: departAt, kind: 'closeRoad', target: { edges: [2] }, visibleTo: ['all'] }];
    const sim = createSim(miniScenario(json), { seed: 11 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    sim.advanceTo(departAt);
    const closed = events(sim, 'roadClosed')[0];
    const dep = events(sim, 'unitDeparted')[0];
    expect(closed.t).toBe(departAt);
    expect(dep.t).toBe(departAt);
    expect(closed.seq).toBeLessThan(dep.seq);
    expect(dep.eta).toBe(departAt + DETOUR_SECONDS); // routed round the cut from the start
  });

  it('a closure nobody told the unit of is found on the spot: it drives up to it, its side learns, it turns round', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'hidden', t: 10, kind: 'closeRoad', target: { edges: [2] } }]; // seen by director and evaluator only
    const sim = createSim(miniScenario(json), { seed: 11 });
    sim.advanceTo(20);
    expect(sim.viewFor('chief')!.closures).toEqual([]);
    // The chief's order is not refused: the chief's side knows of no closure.
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' }).ok).toBe(true);
    const departAt = events(sim, 'unitTurningOut')[0].departAt as number;
    sim.advanceTo(departAt);
    expect(events(sim, 'unitDeparted')[0].eta).toBe(departAt + 2 * EDGE_SECONDS); // to the cut, unknowing
    sim.advanceTo(departAt + 2 * EDGE_SECONDS);
    const found = events(sim, 'roadFoundClosed');
    expect(found).toMatchObject([{ unit: 'fs1', edge: 2, node: 2 }]);
    expect(found[0].visibleTo).toContain('chief');
    expect(sim.viewFor('chief')!.closures.map((c) => c.edge)).toEqual([2]);
    expect(sim.viewFor('observer')!.closures).toEqual([]);
    // Back n2→n1→n0 and round the detour.
    const eta = departAt + 4 * EDGE_SECONDS + DETOUR_SECONDS;
    sim.advanceTo(eta);
    expect(events(sim, 'unitArrived')).toMatchObject([{ t: eta, travelTime: eta - departAt }]);
  });
});
