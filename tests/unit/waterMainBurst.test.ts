// The water-main drill's burst in the core (hazards/waterMain/): the burst pours into the street
// through the 2-D flood model on its own street grid (streetFlood.ts) and cuts the zones
// downstream; closing the valves stops the flow and the street water recedes, but restores
// nothing; only the repair brings the water back.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { storedVolume } from '../../sim-core/hazards/flood/floodState.ts';
import { streetGrid } from '../../sim-core/hazards/waterMain/streetGrid.ts';
import { streetMeasures } from '../../sim-core/hazards/waterMain/streetFlood.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const MIN = 60, HOUR = 3600;
const DRY_PLACES = ['yuncheng-shiyu', 'yuncheng-beichenwa', 'yuncheng-hukou'];
let scenario: Scenario;

beforeAll(() => { scenario = loadScenario('scenarios/demo-district-watermain'); });

const grid = (sim: Sim) => { const b = sim.state.entities.waterMain!.bursts.burst; return streetGrid(sim.scenario, b.x, b.y); };
const street = (sim: Sim) => sim.state.fields.streets!.burst.flood;
/** The street flood: the deepest water on a street of the burst's grid, m. */
const burstDepth = (sim: Sim) => streetMeasures(grid(sim), street(sim).depth).deepest;
const volume = (sim: Sim) => storedVolume(grid(sim).params, street(sim));
const dry = (sim: Sim) => DRY_PLACES.filter((p) => sim.state.entities.outages[p]?.includes('water'));
const events = (sim: Sim, kind: string) => sim.state.log.filter((e) => e.entry === 'event' && (e as { kind: string }).kind === kind);

describe('a burst water main', () => {
  it('floods the street and cuts the zones downstream, and nothing else, while nobody acts', () => {
    const sim = createSim(scenario, { seed: 1 });
    sim.advanceTo(14 * MIN);
    expect(sim.state.entities.waterMain).toBeUndefined();
    sim.advanceTo(15 * MIN);
    const b = sim.state.entities.waterMain!.bursts.burst;
    expect(b.flow).toBeCloseTo(3.608809, 5);
    expect(b.zones).toEqual(['zone-south', 'zone-west']);
    expect(dry(sim)).toEqual(DRY_PLACES);
    // The centre and east zones keep their water.
    for (const p of ['yuncheng', 'yuncheng-wuzhai', 'shelter-yuncheng-1', 'shelter-yuncheng-2']) expect(sim.state.entities.outages[p]).toBeUndefined();
    sim.advanceTo(HOUR);
    const in1 = street(sim).totals.inflow, d1 = burstDepth(sim);
    expect(d1).toBeGreaterThan(0.3);
    sim.advanceTo(2 * HOUR);
    // Nobody closed a valve: the burst keeps pouring 3.6 m³/s (about 13 000 m³ an hour) into the
    // street, which stays flooded; what the street cannot hold runs off the grid's open edges.
    expect(street(sim).totals.inflow - in1).toBeCloseTo(b.flow * HOUR, 3);
    expect(burstDepth(sim)).toBeGreaterThan(0.3);
    expect(volume(sim) + street(sim).totals.outflow).toBeCloseTo(street(sim).totals.inflow, 3);
    // The district's grid gets none of it.
    expect(storedVolume(floodRuntime(sim.scenario).params, sim.state.fields.flood)).toBe(0);
    expect(dry(sim)).toEqual(DRY_PLACES);
  });

  it('closing the valves stops the flow and the street water recedes, but restores nothing until the repair is done', () => {
    const sim = createSim(scenario, { seed: 1 });
    sim.advanceTo(16 * MIN);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1021 }, task: 'closeValve' }).ok).toBe(true);
    let isolatedAt = 0;
    for (let t = 20 * MIN; t <= 4 * HOUR && !isolatedAt; t += MIN) {
      sim.advanceTo(t);
      isolatedAt = sim.state.entities.waterMain!.bursts.burst.isolatedAt ?? 0;
    }
    expect(isolatedAt).toBeGreaterThan(0);
    // Both valves closed, each after its own closing time on scene.
    expect(events(sim, 'valveClosed').map((e: any) => e.valve)).toEqual(['valve-west-1', 'valve-west-2']);
    const b = sim.state.entities.waterMain!.bursts.burst;
    expect(b.released).toBeCloseTo(b.flow * (isolatedAt - 15 * MIN), -3);
    const depthAtClose = burstDepth(sim), volumeAtClose = volume(sim);
    sim.advanceTo(isolatedAt + 2 * HOUR);
    expect(depthAtClose).toBeGreaterThan(0.02);
    expect(burstDepth(sim)).toBeLessThan(depthAtClose);
    // No water added since (3.6 m³/s would have added 26 000 m³); what is there spreads and drains.
    expect(volume(sim)).toBeLessThan(volumeAtClose + 1);
    sim.advanceTo(isolatedAt + 8 * HOUR);
    expect(burstDepth(sim)).toBeLessThan(0.5 * depthAtClose);
    // The flow stopped, the water did not come back.
    expect(dry(sim)).toEqual(DRY_PLACES);
    expect(events(sim, 'serviceRestored')).toEqual([]);
    // Now the repair, where the crew stands (6 h of crew time on scene).
    const repairFrom = sim.state.t;
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1021 }, task: 'repairMain' }).ok).toBe(true);
    // Dry every minute of the repair (the crew is past its 12 h shift by now, so it works at half pace).
    for (let t = repairFrom + 10 * MIN; t <= repairFrom + 13 * HOUR && sim.state.entities.waterMain!.bursts.burst.repairedAt === null; t += 10 * MIN) {
      expect(dry(sim)).toEqual(DRY_PLACES);
      sim.advanceTo(t);
    }
    const burst = sim.state.entities.waterMain!.bursts.burst;
    expect(burst.repairedAt).not.toBeNull();
    expect(burst.repairWork).toBeGreaterThanOrEqual(6 * HOUR);
    expect(burst.repairedAt! - repairFrom).toBeGreaterThanOrEqual(6 * HOUR);
    expect(dry(sim)).toEqual([]);
    expect(events(sim, 'serviceRestored').map((e: any) => e.place).sort()).toEqual([...DRY_PLACES].sort());
    expect(sim.state.entities.waterMain!.dry).toEqual({});
  });

  it('a repair crew sent before the valves are shut makes no progress', () => {
    const sim = createSim(scenario, { seed: 1 });
    sim.advanceTo(16 * MIN);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1021 }, task: 'repairMain' }).ok).toBe(true);
    sim.advanceTo(10 * HOUR);
    const b = sim.state.entities.waterMain!.bursts.burst;
    expect(b.repairWork).toBe(0);
    expect(b.isolatedAt).toBeNull();
    expect(dry(sim)).toEqual(DRY_PLACES);
  });

  it('12345 calls grow with the outage and the conditional inject fires after two hours dry', () => {
    const sim = createSim(scenario, { seed: 1 });
    sim.advanceTo(5 * HOUR);
    const calls = events(sim, 'citizenCalls').filter((e: any) => e.zone === 'zone-west') as any[];
    // 15 000 residents × 3 per 1 000 an hour: 22 or 23 a half hour, then 45 once dry for 2 h.
    expect(calls[0].calls).toBe(22);
    expect(calls.at(-1).calls).toBe(45);
    const fired = sim.state.entities.injectsFired['calls-double'];
    const dryFrom = sim.state.entities.waterMain!.dry['zone-west'];
    expect(fired - dryFrom).toBeGreaterThanOrEqual(2 * HOUR);
    expect(fired - dryFrom).toBeLessThan(2 * HOUR + MIN);
  });

  it('water brought to a dry zone halves its 12345 calls from the count after it is on hand', () => {
    const run = (deliver: boolean) => {
      const sim = createSim(scenario, { seed: 1 });
      sim.advanceTo(20 * MIN);
      if (deliver) expect(sim.apply({ type: 'allocateSupplies', role: 'chief', depot: 'depot-district', to: 'yuncheng-beichenwa', items: { water: 3000 } }).ok).toBe(true);
      sim.advanceTo(6 * HOUR);
      const calls = events(sim, 'citizenCalls').filter((e: any) => e.zone === 'zone-west') as any[];
      return { sim, total: calls.at(-1).total as number, calls };
    };
    const without = run(false), with_ = run(true);
    expect(without.sim.state.entities.waterMain!.served?.['zone-west']).toBeUndefined();
    const servedAt = with_.sim.state.entities.waterMain!.served!['zone-west'];
    const arrived = events(with_.sim, 'suppliesArrived').find((e: any) => e.to === 'yuncheng-beichenwa') as any;
    expect(servedAt).toBeGreaterThanOrEqual(arrived.t);
    expect(servedAt - arrived.t).toBeLessThanOrEqual(30 * MIN); // noticed at the next half-hourly count
    // The same calls until then, fewer after; the other zones are untouched.
    const before = (r: typeof without) => r.calls.filter((e: any) => e.t <= servedAt).reduce((a: number, e: any) => a + e.calls, 0);
    expect(before(with_)).toBe(before(without));
    expect(with_.total).toBeLessThan(without.total);
    const later = (r: typeof without) => r.calls.filter((e: any) => e.t > servedAt + 3 * HOUR).map((e: any) => e.calls);
    for (const [k, n] of later(with_).entries()) expect(n).toBeLessThanOrEqual(Math.ceil(later(without)[k] * 0.5) + 1);
    const south = (r: typeof without) => events(r.sim, 'citizenCalls').filter((e: any) => e.zone === 'zone-south').map((e: any) => e.calls);
    expect(south(with_)).toEqual(south(without));
  });
});
