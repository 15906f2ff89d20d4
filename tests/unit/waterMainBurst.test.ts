// The water-main drill's burst in the core (hazards/waterMain/): the burst pours into the street
// through the 2-D flood model and cuts the zones downstream; closing the valves stops the flow
// and the street water recedes, but restores nothing; only the repair brings the water back.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { depthAt, floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { storedVolume } from '../../sim-core/hazards/flood/floodState.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const MIN = 60, HOUR = 3600;
const DRY_PLACES = ['yuncheng-shiyu', 'yuncheng-beichenwa', 'yuncheng-hukou'];
let scenario: Scenario;

beforeAll(() => { scenario = loadScenario('scenarios/demo-district-watermain'); });

/**
 * The street flood: the deepest water at a district cell within 1.5 km of the burst (the burst's
 * own 400 m block drains at once; the water gathers in the low streets below it).
 */
function burstDepth(sim: Sim): number {
  const s = sim.scenario, rt = floodRuntime(s), g = s.grid;
  const b = sim.state.entities.waterMain!.bursts.burst;
  const r = 1500 / g.cellSize, bi = Math.floor(b.x / g.cellSize), bj = Math.floor(b.y / g.cellSize);
  let deepest = 0;
  for (let j = bj - r; j <= bj + r; j++) for (let i = bi - r; i <= bi + r; i++) {
    if ((i - bi) ** 2 + (j - bj) ** 2 <= r * r) deepest = Math.max(deepest, depthAt(s, rt, sim.state.fields.flood, j * g.width + i));
  }
  return deepest;
}
const volume = (sim: Sim) => storedVolume(floodRuntime(sim.scenario).params, sim.state.fields.flood);
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
    const v1 = volume(sim), d1 = burstDepth(sim);
    expect(d1).toBeGreaterThan(0);
    sim.advanceTo(2 * HOUR);
    // Nobody closed a valve: the street keeps filling (3.6 m³/s, about 13 000 m³ an hour).
    expect(volume(sim) - v1).toBeGreaterThan(0.5 * 3.6 * HOUR);
    expect(burstDepth(sim)).toBeGreaterThan(d1);
    expect(dry(sim)).toEqual(DRY_PLACES);
  });

  it('closing the valves stops the flow and the street water recedes, but restores nothing until the repair is done', () => {
    const sim = createSim(scenario, { seed: 1 });
    sim.advanceTo(16 * MIN);
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1027 }, task: 'closeValve' }).ok).toBe(true);
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
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1027 }, task: 'repairMain' }).ok).toBe(true);
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
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'watersupply-1', to: { node: 1027 }, task: 'repairMain' }).ok).toBe(true);
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
});
