// 应急物资 on the mini district: the depot d1 (at n0) sends convoys that load for 30 min and drive
// at emergency speed; the shelter s1 (at n2) is two county edges away, the village v1 (at n4)
// four. Hand-checked times come from the fixture's EDGE_SECONDS and DETOUR_SECONDS.
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import { LOADING_SECONDS } from '../../sim-core/supplies/allocate.ts';
import { supplySites } from '../../sim-core/supplies/sites.ts';
import { tentsFor } from '../../sim-core/supplies/needs.ts';
import { eventLine, eventSentence } from '../../presentation/text/eventText.ts';
import { DETOUR_SECONDS, EDGE_SECONDS, miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

type AnySim = ReturnType<typeof createSim>;
const events = (sim: AnySim, kind: string) => sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

function scenario() {
  const json = miniScenarioJson();
  json.depots[0].stocks = { tents: 50, quilts: 400, food: 2000, water: 20_000 };
  return miniScenario(json);
}

const send = (sim: AnySim, items: Record<string, number>, to = 's1') =>
  sim.apply({ type: 'allocateSupplies', role: 'chief', depot: 'd1', to, items });

/** Evacuates v1's 40 at-risk people into s1 (a second order moves those who refused the first). */
function shelterEveryone(sim: AnySim): void {
  sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
  sim.advanceTo(2 * 3600);
  sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
  sim.advanceTo(5 * 3600);
  expect(computeKpis(sim.state, 0).evacuation.sheltered).toBe(40);
}

const firstArrival = (sim: AnySim) => Math.min(...Object.values(sim.state.entities.evacuation.groups).map((g) => g.arrivedAt!));

describe('allocateSupplies', () => {
  it('takes the stock from the depot on acceptance and delivers it after loading + the drive', () => {
    const sim = createSim(scenario(), { seed: 1 });
    sim.advanceTo(100);
    expect(send(sim, { quilts: 300, food: 500, water: 6000 }).ok).toBe(true);
    expect(sim.state.entities.supplies.depots.d1).toEqual({ tents: 50, quilts: 100, food: 1500, water: 14_000 });
    const [alloc] = events(sim, 'suppliesAllocated');
    expect(alloc).toMatchObject({ t: 100, depot: 'd1', to: 's1', departAt: 100 + LOADING_SECONDS, visibleTo: ['chief', 'township:town1'] });
    expect(LOADING_SECONDS).toBe(1800);
    // d1 (n0) → s1 (n2): two county edges.
    const arrival = 100 + LOADING_SECONDS + 2 * EDGE_SECONDS;
    sim.advanceTo(arrival - 1);
    expect(events(sim, 'suppliesDispatched')[0]).toMatchObject({ t: 100 + LOADING_SECONDS, eta: arrival });
    expect(sim.state.entities.supplies.sites.s1).toBeUndefined();
    sim.advanceTo(arrival);
    expect(events(sim, 'suppliesArrived')[0]).toMatchObject({ t: arrival, to: 's1', travelTime: 2 * EDGE_SECONDS, items: { quilts: 300, food: 500, water: 6000 } });
    const site = sim.state.entities.supplies.sites.s1;
    expect(site.stocks).toEqual({ quilts: 300, food: 500, water: 6000 }); // nobody there yet eats it
    expect(site.firstSuppliesAt).toBe(arrival);
    expect(site.affectedAt).toBeNull();
    expect(computeKpis(sim.state, 0).supplies.convoys).toEqual({ loading: 0, enRoute: 0, arrived: 1, stranded: 0 });
  });

  it('restocks another depot on arrival', () => {
    const json = miniScenarioJson();
    json.depots.push({ id: 'd2', name: { zh: '东河镇储备点' }, x: 2500, y: 1000, stocks: {} });
    const sim = createSim(miniScenario(json), { seed: 1 });
    sim.apply({ type: 'allocateSupplies', role: 'chief', depot: 'd1', to: 'd2', items: { tents: 20 } });
    sim.advanceTo(LOADING_SECONDS + 4 * EDGE_SECONDS);
    expect(sim.state.entities.supplies.depots).toEqual({ d1: { tents: 30, quilts: 400 }, d2: { tents: 20 } });
    expect(sim.state.entities.supplies.sites).toEqual({});
  });

  it('rejects what cannot be sent, and a rejection changes nothing', () => {
    const sim = createSim(scenario(), { seed: 1 });
    const before = sim.hash();
    const order = (o: Record<string, unknown>) => sim.apply({ type: 'allocateSupplies', role: 'chief', depot: 'd1', to: 's1', items: { quilts: 10 }, ...o });
    expect(order({ depot: 'd9' })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    expect(order({ to: 's9' })).toMatchObject({ ok: false, reason: 'unknownPlace' });
    expect(order({ to: 'b1' })).toMatchObject({ ok: false, reason: 'unknownPlace' }); // a team base
    expect(order({ to: 'd1' })).toMatchObject({ ok: false, reason: 'alreadyThere' });
    for (const n of [0, -5, 2.5]) expect(order({ items: { quilts: n } })).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(order({ items: { quilts: 401 } })).toMatchObject({ ok: false, reason: 'outOfRange', message: 'items.quilts: d1 holds 400, not 401' });
    expect(order({ items: { pumps: 1 } })).toMatchObject({ ok: false, reason: 'outOfRange' }); // d1 has none
    expect(order({ items: { blankets: 1 } })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(order({ items: {} })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(order({ items: { quilts: '10' } })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(order({ role: 'township:town1' })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(order({ role: 'director' })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.hash()).toBe(before);
    // With both roads into n2 closed (a public traffic order) the chief knows of no way.
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [1, 2] });
    expect(order({})).toMatchObject({ ok: false, reason: 'noRoute' });
    expect(sim.state.entities.supplies.depots.d1.quilts).toBe(400);
  });
});

describe('supply convoys on the road', () => {
  it('go round a road that closes ahead of them', () => {
    const sim = createSim(scenario(), { seed: 1 });
    send(sim, { food: 100 }, 'v1'); // d1 (n0) → v1 (n4): four county edges
    sim.advanceTo(LOADING_SECONDS + 30); // half-way along e0 (n0 → n1)
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2] });
    // It finishes e0 to n1 and drives back to n0 and round the track: n0 → n5 → n6 → n4.
    const arrival = LOADING_SECONDS + EDGE_SECONDS + EDGE_SECONDS + DETOUR_SECONDS;
    sim.advanceTo(arrival - 1);
    expect(events(sim, 'suppliesArrived')).toHaveLength(0);
    sim.advanceTo(arrival);
    expect(events(sim, 'suppliesArrived')[0]).toMatchObject({ t: arrival, to: 'v1', travelTime: arrival - LOADING_SECONDS });
  });

  it('are stranded when no way is left, and go on when a road opens', () => {
    const sim = createSim(scenario(), { seed: 1 });
    send(sim, { food: 100 }, 'v1');
    sim.advanceTo(LOADING_SECONDS + 30);
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2, 6] });
    const [stranded] = events(sim, 'suppliesStranded');
    expect(stranded).toMatchObject({ t: LOADING_SECONDS + 30, to: 'v1', node: 1, visibleTo: ['chief', 'township:town1'] });
    expect(Object.values(sim.state.entities.supplies.convoys)[0].status).toBe('stranded');
    sim.advanceTo(3 * 3600);
    sim.apply({ type: 'openRoad', role: 'chief', edges: [6] });
    // From n1: back to n0, then the track round to n4.
    const arrival = 3 * 3600 + EDGE_SECONDS + DETOUR_SECONDS;
    sim.advanceTo(arrival);
    expect(events(sim, 'suppliesArrived')[0]).toMatchObject({ t: arrival, travelTime: arrival - LOADING_SECONDS });
    expect(sim.state.entities.supplies.sites.v1.stocks.food).toBe(100);
  });

  it('wait at the depot when every road is cut by the time they are loaded', () => {
    const sim = createSim(scenario(), { seed: 1 });
    send(sim, { quilts: 10 });
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [0, 4] });
    sim.advanceTo(LOADING_SECONDS);
    expect(events(sim, 'suppliesStranded')[0]).toMatchObject({ t: LOADING_SECONDS, node: 0 });
  });
});

describe('sites: needs, consumption and the 4 h / 10 h targets', () => {
  it('is secured exactly when everyone has a quilt and a day of food and water, not before', () => {
    const sim = createSim(scenario(), { seed: 2 });
    shelterEveryone(sim);
    const affected = firstArrival(sim);
    const s1 = () => sim.state.entities.supplies.sites.s1;
    expect(s1()).toMatchObject({ affectedAt: affected, people: 40, households: 12, firstSuppliesAt: null, securedAt: null });
    // Enough quilts and water, a ration short of a day's food for 40.
    send(sim, { quilts: 40, food: 39, water: 40 * 15 + 100 });
    const first = sim.state.t + LOADING_SECONDS + 2 * EDGE_SECONDS;
    sim.advanceTo(first + 600);
    expect(s1().firstSuppliesAt).toBe(first);
    expect(s1().securedAt).toBeNull();
    send(sim, { food: 10 });
    const second = sim.state.t + LOADING_SECONDS + 2 * EDGE_SECONDS;
    sim.advanceTo(second - 1);
    expect(s1().securedAt).toBeNull();
    sim.advanceTo(second);
    expect(s1().securedAt).toBe(second);
    const [secured] = events(sim, 'siteSecured');
    expect(secured).toMatchObject({ t: second, place: 's1', people: 40, after: second - affected, visibleTo: ['chief', 'township:town1'] });
    // Food eaten up to the second arrival came out of the first load, not the second.
    const eaten = (40 * (second - first)) / 86_400;
    expect(s1().stocks.food).toBeCloseTo(39 - eaten + 10, 9);
    const m = computeKpis(sim.state, 0).supplies;
    expect(m.sites).toEqual([{
      place: 's1', people: 40, affectedAt: affected, firstSuppliesAt: first, securedAt: second,
      suppliedWithin4h: first - affected <= 4 * 3600, securedWithin10h: second - affected <= 10 * 3600,
    }]);
    expect(m).toMatchObject({ sitesAffected: 1, unsupplied: 0, unsecured: 0, worstSupplyDelay: first - affected, worstSecuredDelay: second - affected });
  });

  it('eats a ration and drinks 15 L a person a day', () => {
    const sim = createSim(scenario(), { seed: 2 });
    shelterEveryone(sim);
    send(sim, { quilts: 40, food: 100, water: 1000 });
    const arrival = sim.state.t + LOADING_SECONDS + 2 * EDGE_SECONDS;
    // Stocks are brought up to date at each check (every 5 min while people are there).
    const t1 = Math.ceil(arrival / 300) * 300;
    sim.advanceTo(t1);
    const sup = () => sim.state.entities.supplies;
    expect(sup().consumedTo).toBe(t1);
    const food = sup().sites.s1.stocks.food!, water = sup().sites.s1.stocks.water!;
    expect(food).toBeCloseTo(100 - (40 * (t1 - arrival)) / 86_400, 9);
    sim.advanceTo(t1 + 86_400);
    expect(sup().sites.s1.stocks.food).toBeCloseTo(food - 40, 6);
    expect(sup().sites.s1.stocks.water).toBeCloseTo(water - 40 * 15, 6);
    expect(sup().sites.s1.stocks.quilts).toBe(40);
    sim.advanceTo(arrival + 3 * 86_400);
    expect(sim.state.entities.supplies.sites.s1.stocks.water).toBe(0); // never below zero
  });

  it('counts supplies placed before the people came as there at once, and judges the targets', () => {
    const sim = createSim(scenario(), { seed: 2 });
    send(sim, { quilts: 50, food: 200, water: 2000 });
    shelterEveryone(sim);
    const affected = firstArrival(sim);
    const site = sim.state.entities.supplies.sites.s1;
    expect(site.firstSuppliesAt).toBeLessThan(affected);
    // Secured as soon as the first group was in (they all fit and had enough).
    expect(site.securedAt).toBe(affected);
    const m = computeKpis(sim.state, 0).supplies;
    expect(m).toMatchObject({ sitesAffected: 1, suppliedWithin4h: 1, securedWithin10h: 1, worstSupplyDelay: 0, worstSecuredDelay: 0 });
  });

  it('flags a site not supplied in 4 h or secured in 10 h; undecided before that', () => {
    const sim = createSim(scenario(), { seed: 2 });
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    while (events(sim, 'evacueesArrived').length === 0) sim.advanceTo(sim.state.t + 60);
    const affected = events(sim, 'evacueesArrived')[0].t;
    expect(sim.state.entities.supplies.sites.s1.affectedAt).toBe(affected);
    const site = () => computeKpis(sim.state, 0).supplies.sites[0];
    sim.advanceTo(affected + 4 * 3600);
    expect(site()).toMatchObject({ suppliedWithin4h: null, securedWithin10h: null });
    sim.advanceTo(affected + 4 * 3600 + 1);
    expect(site()).toMatchObject({ suppliedWithin4h: false, securedWithin10h: null });
    sim.advanceTo(affected + 10 * 3600 + 1);
    expect(site()).toMatchObject({ suppliedWithin4h: false, securedWithin10h: false });
    expect(computeKpis(sim.state, 0).supplies).toMatchObject({ unsupplied: 1, unsecured: 1, worstSupplyDelay: 10 * 3600 + 1 });
  });

  it('a flooded village with people at home needs tents too (3.5 m² a person, 12 m² a tent)', () => {
    const sim = createSim(scenario(), { seed: 2 });
    expect(tentsFor(40)).toBe(12);
    sim.advanceTo(600);
    // Water half a metre deep in the homes (the flood model is not run on the flat mini district).
    sim.update((d) => { d.hazards.flooded.v1 = { depth: 0.6, since: 600 }; });
    supplySites.run(sim);
    expect(sim.state.entities.supplies.sites.v1).toMatchObject({ affectedAt: 600, people: 40, households: 12 });
    send(sim, { tents: 11, quilts: 40, food: 40, water: 600 }, 'v1');
    sim.advanceTo(4 * 3600);
    expect(sim.state.entities.supplies.sites.v1.securedAt).toBeNull();
    send(sim, { tents: 1, food: 40, water: 600 }, 'v1');
    const arrival = 4 * 3600 + LOADING_SECONDS + 4 * EDGE_SECONDS;
    sim.advanceTo(arrival);
    expect(sim.state.entities.supplies.sites.v1.securedAt).toBe(arrival);
  });
});

describe('supplies in views, the run summary and replays', () => {
  it('shows the chief everything, a township its own sites, others nothing', () => {
    const sim = createSim(scenario(), { seed: 2 });
    send(sim, { quilts: 40 });
    sim.advanceTo(600);
    const chief = sim.viewFor('chief')!.supplies;
    expect(chief.depots).toEqual([{ id: 'd1', stocks: { tents: 50, quilts: 360, food: 2000, water: 20_000 } }]);
    expect(chief.convoys.map((c) => [c.to, c.status, c.eta])).toEqual([['s1', 'loading', LOADING_SECONDS]]);
    expect(sim.viewFor('township:town1')!.supplies.convoys).toHaveLength(1);
    expect(sim.viewFor('township:town1')!.supplies.depots).toEqual([]);
    expect(sim.viewFor('township:town2')!.supplies.convoys).toEqual([]);
    expect(sim.viewFor('observer')!.supplies).toEqual({ depots: [], convoys: [], sites: [] });
  });

  it('describes its events in one Chinese line', () => {
    const sim = createSim(scenario(), { seed: 2 });
    send(sim, { quilts: 40, water: 600 });
    sim.advanceTo(3600);
    const lines = sim.state.log.filter((e) => e.entry === 'event').map((e) => { const l = eventLine(sim.scenario, e as any, 'zh'); return l && eventSentence(l); });
    // The scenario starts 07-16 06:00; loading takes 30 min.
    expect(lines).toContain('[物资] 区指挥部（指挥长） 调拨 区物资储备库 → 东河镇中心小学：棉被 40 床、饮用水 600 升，07-16 06:30 装车完毕出发');
    expect(lines).toContain('[物资送达] 东河镇中心小学：棉被 40 床、饮用水 600 升，途中 1 分 36 秒');
  });

  it('is deterministic across snapshot and restore', () => {
    const scn = scenario();
    const sim = createSim(scn, { seed: 5 });
    sim.apply({ type: 'orderEvacuation', role: 'chief', villages: ['v1'] });
    send(sim, { quilts: 20, food: 30, water: 300 });
    sim.advanceTo(LOADING_SECONDS + 50); // the convoy on the road, groups on their way
    send(sim, { quilts: 20, food: 30, water: 300 });
    const copy = restoreSim(scn, decodeSnapshot(encodeSnapshot(sim.snapshot())));
    for (const s of [sim, copy]) {
      s.advanceTo(3 * 3600);
      s.apply({ type: 'closeRoad', role: 'chief', edges: [1] });
      s.advanceTo(26 * 3600);
    }
    expect(copy.hash()).toBe(sim.hash());
    expect(copy.state.entities.supplies).toEqual(sim.state.entities.supplies);
  });
});
