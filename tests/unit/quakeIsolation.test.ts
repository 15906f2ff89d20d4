// The earthquake in the exercise: the main shock buries, hurts and cuts; the township hears from
// each village by phone or, with its phones down, by messenger later; a village cut off on all four
// lifelines (断水、断电、断路、断通信) is reported as such and its stocks fall day by day; the
// buried die by the survival curve unless dug out.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const base = loadScenario('scenarios/demo-district-quake');
const events = (sim: ReturnType<typeof createSim>, kind: string) => sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

describe('the earthquake in the exercise', () => {
  it('a village cut off on all four is reported as such and its stocks fall by a day each day', () => {
    const v = base.villages.find((x) => x.id === 'songling-shiping')!;
    const g = base.roads;
    const edges: number[] = [];
    for (let a = g.adjStart[v.node]; a < g.adjStart[v.node + 1]; a++) edges.push(g.adjEdge[a]);
    const extra: Inject[] = [
      { id: 'cut-services', t: 900, jitter: 0, kind: 'outage', target: { place: v.id }, payload: { services: ['power', 'comms', 'water'], restore: false }, visibleTo: [] },
      { id: 'cut-road', t: 900, jitter: 0, kind: 'closeRoad', target: { edges }, payload: {}, visibleTo: [] },
    ];
    const scenario: Scenario = { ...base, injects: [...base.injects, ...extra] };
    const sim = createSim(scenario, { seed: 3 });
    sim.advanceTo(4 * 86_400);
    const isolated = events(sim, 'villageIsolated').filter((e) => e.village === v.id);
    expect(isolated).toHaveLength(1);
    expect(isolated[0].visibleTo).toEqual([`township:${v.township}`]);
    expect(isolated[0].stockDays).toBe(3);
    const days = events(sim, 'villageStocks').filter((e) => e.village === v.id);
    expect(days.map((e) => e.stockDays)).toEqual([2, 1, 0]);
    expect(days.map((e) => e.t - isolated[0].t)).toEqual([86_400, 2 * 86_400, 3 * 86_400]);
  }, 120_000);

  it('the shock buries people and cuts services; the township hears later when the phones are down; the buried die unless dug out', () => {
    const sim = createSim(base, { seed: 5 });
    sim.advanceTo(base.earthquake!.t);
    const q = sim.state.entities.quake!;
    expect(q).toBeDefined();
    const buried = events(sim, 'peopleTrapped').filter((e) => e.cause === 'collapse');
    expect(buried.length).toBeGreaterThan(0);
    expect(buried.every((e) => e.visibleTo.length === 0)).toBe(true); // the truth; townships hear by report
    // Intensity falls away from the epicentre.
    const shiping = q.villages['songling-shiping'].intensity, far = q.villages['yuncheng-hukou'].intensity;
    expect(shiping).toBeGreaterThan(far);
    sim.advanceTo(3 * 86_400);
    const reports = events(sim, 'quakeVillageReport');
    const byPhone = reports.filter((e) => e.by === 'phone'), byFoot = reports.filter((e) => e.by === 'messenger');
    expect(byPhone.length).toBeGreaterThan(0);
    expect(byFoot.length).toBeGreaterThan(0);
    for (const e of byPhone) expect(e.t - q.t).toBeLessThanOrEqual(15 * 60 + 600);
    for (const e of byFoot) expect(e.t - q.t).toBeGreaterThanOrEqual(30 * 60);
    // Nobody dug anyone out (no commands): after 72 h most of the buried have died under the rubble.
    const total = buried.reduce((a, e) => a + e.people, 0);
    const left = Object.values(sim.state.entities.quake!.villages).reduce((a, x) => a + x.buried, 0);
    // S(72 h) = 0.14: a binomial draw around that, well inside (0, 0.35).
    expect(left).toBeLessThan(total * 0.35);
    expect(left).toBeGreaterThan(0);
    const died = events(sim, 'casualties').filter((e) => e.cause === 'quake' && e.t > q.t).reduce((a, e) => a + e.dead, 0);
    expect(died).toBe(total - left);
  }, 120_000);
});
