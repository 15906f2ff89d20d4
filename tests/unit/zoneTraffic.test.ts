// 警戒区交通管制: the chief closes the roads in the threat zone it was told of — not before a team
// measured it, exactly the edges inside the outline, as ordered closures (交通管制) with the
// zone as their reason, shown on the map and lifted by 开放道路.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';
import { edgesInPolygon, insidePolygon, ZONE_TRAFFIC_REASON } from '../../sim-core/hazards/chemical/zoneTraffic.ts';
import { orderText } from '../../presentation/text/orderText.ts';
import { rejectionDetailText } from '../../presentation/text/rejectionText.ts';
import { knownClosed } from '../../sim-core/forces/knownRoads.ts';

function chemSim() {
  const json = miniScenarioJson();
  // The wind blows west, along the road through v1 (y = 1050), so the zone lies over roads.
  json.weather = { wind: { speed: 2, dir: 270 } };
  json.chemical = { stability: 'D', sigma: 'briggsRural', sites: [{ id: 'tank', name: { zh: '储罐' }, place: 'v1', substance: 'chlorine', inventory: 50_000, height: 1 }] };
  json.injects = [{ id: 'leak', t: '1m', kind: 'chemicalRelease', target: { site: 'tank' }, payload: { rate: 5 }, visibleTo: ['chief'] }];
  return createSim(miniScenario(json), { seed: 1 });
}

describe('point in polygon', () => {
  it('tells inside from outside of a concave outline', () => {
    const u: [number, number][] = [[0, 0], [30, 0], [30, 30], [20, 30], [20, 10], [10, 10], [10, 30], [0, 30]];
    expect(insidePolygon(u, 5, 5)).toBe(true);
    expect(insidePolygon(u, 15, 20)).toBe(false); // the notch of the U
    expect(insidePolygon(u, 25, 25)).toBe(true);
    expect(insidePolygon(u, 35, 5)).toBe(false);
  });
  it('an edge crossing a zone with both ends outside is in it', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    // A thin box across the road y = 1050 between nodes at x = 750 and 1350.
    const box: [number, number][] = [[1000, 900], [1100, 900], [1100, 1200], [1000, 1200]];
    const r = sim.scenario.roads;
    const got = edgesInPolygon({ scenario: sim.scenario } as any, box);
    expect(got.length).toBe(1);
    const e = got[0];
    expect([r.nodeX[r.edgeFrom[e]], r.nodeX[r.edgeTo[e]]].sort((a, b) => a - b)).toEqual([750, 1350]);
  });
});

describe('traffic control over the measured zone', () => {
  it('is refused before a zone is known, then closes exactly the roads in the zone, once', () => {
    const sim = chemSim();
    sim.advanceTo(120);
    const early = sim.apply({ type: 'trafficControl', role: 'chief' });
    expect(early).toMatchObject({ ok: false, detail: { code: 'noZoneKnown' } });
    expect(rejectionDetailText(sim.scenario, (early as any).detail, 'zh')).toMatch(/侦检/);
    expect(sim.apply({ type: 'trafficControl', role: 'township:town1' })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'monitor' }).ok).toBe(true);
    sim.advanceTo(3600);
    const zone = sim.viewFor('chief')!.chemical!.zone!;
    expect(zone.measured).toBe(true);
    const outer = zone.tiers.find((x) => x.tier === 'AEGL-2')!;
    const want = edgesInPolygon({ scenario: sim.scenario } as any, outer.polygon);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(sim.scenario.roads.edgeCount);
    expect(sim.apply({ type: 'trafficControl', role: 'chief', tier: 'AEGL-9' })).toMatchObject({ ok: false, detail: { code: 'noSuchTier' } });
    const r = sim.apply({ type: 'trafficControl', role: 'chief' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    sim.advanceTo(3660);
    const closed = [...sim.state.fields.edgeClosed].flatMap((v, e) => (v !== 0 ? [e] : []));
    expect(closed).toEqual(want);
    // Every closure has the order's cause and the zone as its reason; the chief's map shows them.
    for (const e of want) expect(sim.state.entities.closures[e].cordon!.reason).toBe(ZONE_TRAFFIC_REASON.zh);
    const ev = sim.state.log.find((x: any) => x.kind === 'roadClosed' && x.cause === 'cordon') as any;
    expect(ev.edges).toEqual(want);
    expect(sim.viewFor('chief')!.closures.filter((c) => c.reason === ZONE_TRAFFIC_REASON.zh).map((c) => c.edge)).toEqual(want);
    // Again: nothing new to close.
    expect(sim.apply({ type: 'trafficControl', role: 'chief' })).toMatchObject({ ok: false, detail: { code: 'zoneRoadsClosed' } });
    // The log line in Chinese names the zone, not an id.
    const entry = sim.state.log.find((x: any) => x.entry === 'command' && x.type === 'trafficControl') as any;
    expect(orderText(sim.scenario, entry, 'zh')).toBe('对严重伤害区实施交通管制，封闭区内道路');
    // The cordon is closed to the public, not to the response: a team sent across it drives through.
    const sent = sim.apply({ type: 'dispatch', role: 'chief', unit: 'tt2', to: { place: 'v1' }, task: 'monitor' });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    let t = 3660;
    while (!sim.state.entities.units.tt2.trip && t < 3660 + 3600) sim.advanceTo((t += 60));
    expect(sim.state.entities.units.tt2.trip!.edges.some((e) => want.includes(e))).toBe(true);
    const ctx = { scenario: sim.scenario, state: sim.state } as any;
    expect(want.every((e) => knownClosed(ctx, sim.state.entities.closures, 'tt2', ['chief'], 'public')[e] === 1)).toBe(true);
    expect(want.every((e) => knownClosed(ctx, sim.state.entities.closures, 'tt2', ['chief'])[e] === 0)).toBe(true);
    sim.advanceTo(3660 + 3 * 3600);
    expect(sim.state.entities.units.tt2.status).toBe('onScene');
    expect(sim.state.log.some((x: any) => x.kind === 'roadFoundClosed' && x.unit === 'tt2')).toBe(false);
    // 开放道路 lifts it.
    expect(sim.apply({ type: 'openRoad', role: 'chief', edges: want }).ok).toBe(true);
    sim.advanceTo(3 * 3600 + 3720);
    expect([...sim.state.fields.edgeClosed].every((v) => v === 0)).toBe(true);
  });

  it('is refused in a scenario without chemical sites', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    expect(sim.apply({ type: 'trafficControl', role: 'chief' })).toMatchObject({ ok: false, detail: { code: 'noChemicalSite' } });
  });
});
