// The hazards inside the simulation, on the hand-built mini district: rain fills a hollow and
// floods the village and its road; a reservoir releases on order; a fire spreads, is seen by a
// camera, is fought, and all of it survives snapshot and restore exactly.
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const W = 30;
const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

/** 100 m everywhere, with a 3 m deep hollow of radius 5 cells around the village v1 (cell 25,10). */
function hollow(): Float32Array {
  const z = new Float32Array(W * W).fill(100);
  for (let j = 0; j < W; j++) for (let i = 0; i < W; i++) {
    const r = Math.sqrt((i - 25) ** 2 + (j - 10) ** 2);
    if (r < 5) z[j * W + i] = 97 + (3 * r) / 5;
  }
  return z;
}

function stormJson() {
  const json = miniScenarioJson();
  json.weather = {
    rainZones: [{ id: 'all', name: { zh: '全区' }, polygon: [[0, 0], [3000, 0], [3000, 3000], [0, 3000]] }],
    rain: [{ zone: 'all', series: [[0, 80], ['3h', 0]] }],
  };
  json.gauges = [{ id: 'g1', name: { zh: '上游村水位站' }, x: 2550, y: 1050, on: 'river', warningLevel: 97.5, dangerLevel: 98.5 }];
  return json;
}

describe('flood in the sim', () => {
  it('rain fills the hollow: the village floods, its road closes, the gauge alarms, and a unit is cut off', () => {
    const sim = createSim(miniScenario(stormJson(), { elevation: hollow() }), { seed: 1 });
    sim.advanceTo(3 * 3600);
    const flooded = events(sim, 'placeFlooded');
    expect(flooded.map((e) => e.place)).toContain('v1');
    const closed = events(sim, 'roadClosed').filter((e) => e.cause === 'flood').flatMap((e) => e.edges);
    expect(closed).toContain(3); // n3–n4, into the hollow
    expect(events(sim, 'gaugeThreshold').map((e) => e.state)).toEqual(expect.arrayContaining(['warning']));
    expect(sim.state.entities.hazards.rainTotal.all).toBeCloseTo(240, 6); // 80 mm/h for 3 h
    const r = sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    expect(r).toMatchObject({ ok: false, reason: 'noRoute' }); // e3 flooded, e6 too (the track ends in the hollow)
  });

  it('flood state survives snapshot and restore exactly', () => {
    const scenario = miniScenario(stormJson(), { elevation: hollow() });
    const a = createSim(scenario, { seed: 1 });
    a.advanceTo(3600);
    const b = restoreSim(scenario, decodeSnapshot(encodeSnapshot(a.snapshot())));
    a.advanceTo(4 * 3600);
    b.advanceTo(4 * 3600);
    expect(b.hash()).toBe(a.hash());
    expect(Array.from(b.state.fields.flood.depth)).toEqual(Array.from(a.state.fields.flood.depth));
  });

  it('a reservoir releases when the chief orders it, and only up to its gates', () => {
    const json = miniScenarioJson();
    json.reservoirs = [{
      id: 'r1', name: { zh: '小水库' }, x: 2050, y: 2150, class: 'small', normalLevel: 99.5, floodLimitLevel: 99, damCrest: 100.5,
      storage: 100000, area: [[1500, 2200], [3000, 2200], [3000, 3000], [1500, 3000]], gateCapacity: 20,
    }];
    // The pool (bed 96 m) north of a ridge at row 21 (the dam, 101 m); below it the valley falls
    // away south, so released water leaves and does not run back into the pool.
    const z = new Float32Array(W * W);
    for (let j = 0; j < W; j++) for (let i = 0; i < W; i++) z[j * W + i] = j >= 22 && i >= 15 ? 96 : j >= 21 ? 101 : 90 - (20 - j) * 0.2;
    const sim = createSim(miniScenario(json, { elevation: z }), { seed: 1 });
    const before = sim.state.entities.hazards.reservoirs.r1;
    expect(before.level).toBeCloseTo(99, 6);
    expect(sim.apply({ type: 'releaseReservoir', role: 'township:town1', reservoir: 'r1', rate: 10 })).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(sim.apply({ type: 'releaseReservoir', role: 'chief', reservoir: 'r1', rate: 50 })).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(sim.apply({ type: 'releaseReservoir', role: 'chief', reservoir: 'nope', rate: 5 })).toMatchObject({ ok: false, reason: 'unknownReservoir' });
    expect(sim.apply({ type: 'releaseReservoir', role: 'chief', reservoir: 'r1', rate: 10 }).ok).toBe(true);
    sim.advanceTo(3600);
    const after = sim.state.entities.hazards.reservoirs.r1;
    // 10 m³/s for an hour is 36,000 m³ out of a 120-cell pool of 1.2 km²: the level falls 3 cm.
    expect(before.storage - after.storage).toBeCloseTo(36_000, -2);
    expect(before.level - after.level).toBeCloseTo(0.03, 3);
    expect(events(sim, 'reservoirRelease')).toHaveLength(1);
  });
});

describe('fire in the sim', () => {
  function forestJson() {
    const json = miniScenarioJson();
    json.weather = { wind: { speed: 4, dir: 90 }, moisture: { d1: 5, d10: 6, d100: 8, liveHerb: 60, liveWoody: 80 } };
    json.cameras = [{ id: 'cam1', name: { zh: '1号监控' }, x: 1500, y: 2500, range: 1500 }];
    json.injects = [{ id: 'spark', t: '10m', kind: 'ignite', target: { x: 850, y: 2050 } }];
    return json;
  }
  const forest = () => new Uint8Array(W * W).fill(LAND_COVER.forest);

  it('spreads, stays hidden until a camera sees it, then is reported to the chief', () => {
    const sim = createSim(miniScenario(forestJson(), { landCover: forest() }), { seed: 2 });
    sim.advanceTo(600 + 60);
    expect(events(sim, 'fireIgnited')).toHaveLength(1);
    expect(sim.viewFor('chief')!.fires).toEqual([]);
    expect(sim.viewFor('director')!.fires).toHaveLength(1);
    sim.advanceTo(3 * 3600);
    const det = events(sim, 'fireDetected');
    expect(det).toHaveLength(1);
    const fire = sim.state.entities.fire.fires['fire-1'];
    expect(fire.detected! - fire.seenAt!).toBeGreaterThanOrEqual(180);
    expect(fire.detected! - fire.seenAt!).toBeLessThanOrEqual(900);
    expect(det[0].visibleTo).toContain('chief');
    expect(sim.viewFor('chief')!.fires.map((f) => f.id)).toEqual(['fire-1']);
    // Wind toward the east: the fire has run further east of the ignition than west.
    const arrival = sim.state.fields.fireArrival;
    const row = Math.floor(2050 / 100);
    let east = 0, west = 0;
    for (let i = 8; i < W; i++) if (arrival[row * W + i] <= sim.state.t) east = i - 8;
    for (let i = 8; i >= 0; i--) if (arrival[row * W + i] <= sim.state.t) west = 8 - i;
    expect(east).toBeGreaterThan(west);
  });

  it('a crew on scene builds line that holds part of the forest, and all of it restores exactly', () => {
    const json = forestJson();
    const scenario = miniScenario(json, { landCover: forest() });
    const free = createSim(scenario, { seed: 2 });
    const fought = createSim(scenario, { seed: 2 });
    fought.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { node: 1 }, task: 'suppress', label: '扑救 suppress' });
    fought.advanceTo(1800);
    const snap = encodeSnapshot(fought.snapshot());
    free.advanceTo(4 * 3600);
    fought.advanceTo(4 * 3600);
    const burned = (s: typeof free) => Array.from(s.state.fields.fireArrival).filter((a) => a <= s.state.t).length;
    expect(fought.state.entities.fire.line.fs1).toBeDefined();
    expect(Array.from(fought.state.fields.fireBlocked).filter((b) => b).length).toBeGreaterThan(3);
    expect(burned(fought)).toBeLessThan(burned(free));
    const again = restoreSim(scenario, decodeSnapshot(snap));
    again.advanceTo(4 * 3600);
    expect(again.hash()).toBe(fought.hash());
  });
});

describe('secondary events', () => {
  /** A steep slope (tan 0.5 across x): every road node is a slide site; 120 mm/h for 6 h. */
  function steepStorm() {
    const json = stormJson();
    json.weather.rain = [{ zone: 'all', series: [[0, 120], ['6h', 0]] }];
    const z = new Float32Array(W * W);
    for (let j = 0; j < W; j++) for (let i = 0; i < W; i++) z[j * W + i] = 100 + 50 * i;
    return miniScenario(json, { elevation: z });
  }

  it('heavy rain on steep roads brings slides that close roads until a team clears them', () => {
    const scenario = steepStorm();
    let found: { sim: ReturnType<typeof createSim>; slide: any } | null = null;
    for (let seed = 1; seed <= 40 && !found; seed++) {
      const sim = createSim(scenario, { seed });
      sim.advanceTo(6 * 3600);
      const slide = events(sim, 'slide')[0];
      if (slide) found = { sim, slide };
    }
    expect(found).not.toBeNull();
    const { sim, slide } = found!;
    expect(slide.t).toBeGreaterThanOrEqual(600);
    for (const e of slide.edges) expect(sim.state.fields.edgeClosed[e] & 16).toBe(16);
    expect(slide.visibleTo[0]).toMatch(/^township:/);
    // A team sent to the end of a road into the slide, with a clearing task, digs it out
    // (25 people: 40 person-hours → 1 h 36 min).
    const g = sim.scenario.roads;
    const ends = slide.edges.map((e: number) => (g.edgeFrom[e] === slide.node ? g.edgeTo[e] : g.edgeFrom[e]));
    const sent = ends.some((n: number) => ['tt2', 'fs1'].some((unit) => sim.apply({ type: 'dispatch', role: 'chief', unit, to: { node: n }, task: 'clearRoad', label: '抢通 clear' }).ok));
    expect(sent).toBe(true);
    sim.advanceTo(sim.state.t + 8 * 3600);
    const cleared = events(sim, 'slideCleared').find((e) => e.node === slide.node);
    expect(cleared).toBeDefined();
    const reopened = events(sim, 'roadOpened').filter((e) => e.cause === 'slide' && e.t === cleared.t).flatMap((e) => e.edges);
    expect(reopened.length).toBeGreaterThan(0);
    for (const e of reopened) expect(slide.edges).toContain(e);
  });

  it('an outage inject cuts services at a place and a later one restores them', () => {
    const json = miniScenarioJson();
    json.injects = [
      { id: 'cut', t: '1h', kind: 'outage', target: { place: 'v1' }, payload: { services: ['power', 'comms'] } },
      { id: 'fix', t: '5h', kind: 'outage', target: { place: 'v1' }, payload: { services: ['power'], restore: true } },
    ];
    const sim = createSim(miniScenario(json), { seed: 1 });
    sim.advanceTo(2 * 3600);
    expect(events(sim, 'outage')).toMatchObject([{ place: 'v1', services: ['power', 'comms'], cause: 'inject:cut' }]);
    expect(sim.viewFor('township:town1')!.outages).toEqual([{ place: 'v1', services: ['power', 'comms'] }]);
    expect(sim.viewFor('township:town2')!.outages).toEqual([]);
    sim.advanceTo(6 * 3600);
    expect(events(sim, 'serviceRestored')).toMatchObject([{ place: 'v1', services: ['power'] }]);
    expect(sim.state.entities.outages.v1).toEqual(['comms']);
  });
});

describe('spotting', () => {
  function windyForest(spotting: boolean) {
    const json = miniScenarioJson();
    json.weather = { wind: { speed: 12, dir: 90 }, moisture: { d1: 4, d10: 5, d100: 6, liveHerb: 50, liveWoody: 70 }, spotting };
    json.injects = [{ id: 'spark', t: '1m', kind: 'ignite', target: { x: 250, y: 1550 } }];
    return miniScenario(json, { landCover: new Uint8Array(W * W).fill(LAND_COVER.forest) });
  }

  it('in strong wind throws seeded spot fires ahead of the front, and only when the scenario asks', () => {
    const run = (spotting: boolean, seed: number) => {
      const sim = createSim(windyForest(spotting), { seed });
      sim.advanceTo(90 * 60);
      return sim;
    };
    const reached = (s: ReturnType<typeof createSim>) => Array.from(s.state.fields.fireArrival).filter((t) => t <= s.state.t).length;
    const off = reached(run(false, 1));
    let seed = 1;
    while (seed < 30 && reached(run(true, seed)) <= off) seed++;
    expect(seed).toBeLessThan(30); // some seed throws a spot that takes hold ahead
    expect(run(true, seed).hash()).toBe(run(true, seed).hash()); // seeded, so repeatable
    expect(reached(run(false, seed))).toBe(off); // without spotting the seed changes nothing here
  });
});
