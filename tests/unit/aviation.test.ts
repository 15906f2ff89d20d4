// Aviation (航空救援): a helicopter flies straight to its destination whatever the roads, and on a
// fire with a suppression task it holds line at the rate its bucket cycle allows.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { FLIGHT_SPEED, TURNOUT_SECONDS } from '../../sim-core/forces/teamTypes.ts';
import { BUCKET_LITRES, LINE_PER_DROP, lineRate } from '../../sim-core/hazards/fireSuppression.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && e.kind === kind) as any[];

function withHelicopter(reservoir = true) {
  const json = miniScenarioJson();
  json.teamBases.push({ id: 'heli', name: { zh: '直升机起降点' }, x: 150, y: 2250 });
  json.teams.push({ id: 'h1', name: { zh: '救援直升机' }, type: 'aviation', size: 5, base: 'heli', owner: 'district' });
  if (reservoir) {
    json.reservoirs = [{
      id: 'r1', name: { zh: '小水库' }, x: 2550, y: 2850, class: 'small', storage: 100000, normalLevel: 110, floodLimitLevel: 109, damCrest: 112,
    }];
  }
  return miniScenario(json);
}

describe('aviation', () => {
  it('flies straight to a village across closed roads, in distance / cruise speed', () => {
    const sim = createSim(withHelicopter(), { seed: 5 });
    // Cut every road into v1 (n4): a ground team could not go, the aircraft can.
    expect(sim.apply({ type: 'closeRoad', role: 'chief', edges: [3, 6] }).ok).toBe(true);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' })).toMatchObject({ ok: false, reason: 'noRoute' });
    const r = sim.apply({ type: 'dispatch', role: 'chief', unit: 'h1', to: { place: 'v1' }, task: 'recon', label: '侦察' });
    expect(r.ok).toBe(true);
    const departAt = events(sim, 'unitTurningOut')[0].departAt as number;
    expect(departAt).toBeGreaterThanOrEqual(TURNOUT_SECONDS.aviation[0]);
    expect(departAt).toBeLessThanOrEqual(TURNOUT_SECONDS.aviation[1]);
    // Base node n5 (150, 2250) → v1's node n4 (2550, 1050).
    const dist = Math.hypot(2400, 1200);
    sim.advanceTo(departAt + Math.ceil(dist / FLIGHT_SPEED) + 1);
    const dep = events(sim, 'unitDeparted')[0];
    expect(dep.distance).toBe(Math.round(dist));
    const arr = events(sim, 'unitArrived')[0];
    expect(arr.t).toBe(Math.ceil(departAt + dist / FLIGHT_SPEED));
    expect(sim.state.entities.units.h1).toMatchObject({ status: 'onScene', node: 4 });
  });

  it('turns in flight for a new destination without re-routing on roads', () => {
    const sim = createSim(withHelicopter(), { seed: 5 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'h1', to: { place: 'v1' }, task: 'standby' });
    const departAt = events(sim, 'unitTurningOut')[0].departAt as number;
    sim.advanceTo(departAt + 10);
    expect(sim.apply({ type: 'closeRoad', role: 'chief', edges: [0, 1, 2, 3, 4, 5, 6] }).ok).toBe(true);
    expect(events(sim, 'unitRerouted')).toHaveLength(0);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'h1', to: { node: 2 }, task: 'standby' }).ok).toBe(true);
    const leg1 = Math.hypot(2400, 1200) / FLIGHT_SPEED, leg2 = 1200 / FLIGHT_SPEED;
    expect(events(sim, 'unitRerouted')[0].eta).toBe(Math.ceil(departAt + leg1 + leg2));
  });

  it('water drops: line per drop from the bucket and coverage level, cycle from the nearest reservoir', () => {
    expect(LINE_PER_DROP).toBeCloseTo(BUCKET_LITRES / (1.63 * 20), 9);
    expect(LINE_PER_DROP).toBeGreaterThan(90);
    const sim = createSim(withHelicopter(), { seed: 5 });
    const ctx = { scenario: sim.scenario, state: sim.state } as any;
    // At n4 (2550, 1050) the reservoir (2550, 2850) is 1800 m away: cycle 2·1800/v + 180 s.
    const cycle = (2 * 1800) / FLIGHT_SPEED + 180;
    expect(lineRate(ctx, 'aviation', 5, 4)).toBeCloseTo((60 * LINE_PER_DROP) / cycle, 9);
    // Further from water, fewer drops an hour.
    expect(lineRate(ctx, 'aviation', 5, 0)).toBeLessThan(lineRate(ctx, 'aviation', 5, 4));
    // No water source: no drops. A ground crew's rate does not depend on water.
    const dry = createSim(withHelicopter(false), { seed: 5 });
    expect(lineRate({ scenario: dry.scenario, state: dry.state } as any, 'aviation', 5, 4)).toBe(0);
    expect(lineRate(ctx, 'forestFireBrigade', 20, 4)).toBeCloseTo(0.3 * 20, 12);
  });
});
