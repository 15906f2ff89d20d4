// Conditional injects on the mini district: the roof call fires at the first tick the water at
// 上游村 reaches its depth (not before, not on a quiet tick), a deadline inject fires at its
// deadline only if the order was not given, and a "not answered" inject reads the answers.
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import { checkCondition } from '../../sim-core/injects/conditionRules.ts';
import { conditionalInjects } from '../../sim-core/injects/conditionalInjects.ts';
import { conditionWorld } from '../../sim-core/injects/scriptEdit.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const W = 30;
const fired = (sim: ReturnType<typeof createSim>) =>
  sim.state.log.filter((e) => e.entry === 'event' && e.kind === 'injectFired') as any[];

/** 100 m everywhere, with a 3 m deep hollow of radius 5 cells around the village v1 (cell 25,10). */
function hollow(): Float32Array {
  const z = new Float32Array(W * W).fill(100);
  for (let j = 0; j < W; j++) for (let i = 0; i < W; i++) {
    const r = Math.sqrt((i - 25) ** 2 + (j - 10) ** 2);
    if (r < 5) z[j * W + i] = 97 + (3 * r) / 5;
  }
  return z;
}

function stormJson(injects: unknown[]) {
  const json = miniScenarioJson();
  json.weather = {
    rainZones: [{ id: 'all', name: { zh: '全区' }, polygon: [[0, 0], [3000, 0], [3000, 3000], [0, 3000]] }],
    rain: [{ zone: 'all', series: [[0, 80], ['3h', 0]] }],
  };
  json.gauges = [{ id: 'g1', name: { zh: '上游村水位站' }, x: 2550, y: 1050, on: 'river', warningLevel: 97.5, dangerLevel: 98.5 }];
  json.injects = injects;
  return json;
}

const roof = { id: 'roof', t: 0, kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '上游村村民' }, text: { zh: '水进屋了，我们在屋顶' } }, when: { kind: 'waterAtPlace', place: 'v1', above: 0.5 } };

describe('an inject that fires on the situation', () => {
  it('fires at the first visited tick the water at the village reaches the depth, logged with the depth it read', () => {
    const sim = createSim(miniScenario(stormJson([roof]), { elevation: hollow() }), { seed: 1 });
    let before = -1;
    // Step tick by tick: the inject has not fired while the depth is below 0.5 m.
    for (let t = 60; t <= 3 * 3600; t += 60) {
      sim.advanceTo(t);
      if (fired(sim).length) break;
      before = t;
    }
    const f = fired(sim);
    expect(f).toHaveLength(1);
    expect(f[0].because.condition).toBe('waterAtPlace');
    expect(f[0].because.value).toBeGreaterThanOrEqual(0.5);
    expect(f[0].t).toBeGreaterThan(before);
    // The message went to the township only, at the same tick.
    const msg = sim.state.log.find((e) => e.entry === 'event' && e.kind === 'message') as any;
    expect(msg.t).toBe(f[0].t);
    expect(msg.visibleTo).toEqual(['township:town1']);
  });

  it('the same run in one go, in small steps and from a snapshot fires it at the same tick with the same hash', () => {
    const scenario = miniScenario(stormJson([roof]), { elevation: hollow() });
    const one = createSim(scenario, { seed: 1 });
    one.advanceTo(4 * 3600);
    const steps = createSim(scenario, { seed: 1 });
    for (let t = 7; t <= 4 * 3600; t += 97) steps.advanceTo(t);
    steps.advanceTo(4 * 3600);
    const half = createSim(scenario, { seed: 1 });
    half.advanceTo(1000);
    const restored = restoreSim(scenario, half.snapshot());
    restored.advanceTo(4 * 3600);
    expect(fired(one)).toHaveLength(1);
    expect(fired(steps)[0].t).toBe(fired(one)[0].t);
    expect(steps.hash()).toBe(one.hash());
    expect(restored.hash()).toBe(one.hash());
  });

  it('stays unarmed before its time: with t after the flood it fires at its time, not when the water came', () => {
    const sim = createSim(miniScenario(stormJson([{ ...roof, t: '5h' }]), { elevation: hollow() }), { seed: 1 });
    sim.advanceTo(6 * 3600);
    const f = fired(sim);
    expect(f).toHaveLength(1);
    // Armed at 5 h: the first tick the sim visits from then on (the flood still steps).
    expect(f[0].t).toBeGreaterThanOrEqual(5 * 3600);
    expect(f[0].t).toBeLessThan(5 * 3600 + 600);
  });

  it('does not fire when the condition never holds (a dry day)', () => {
    const json = stormJson([roof]);
    json.weather.rain = [];
    const sim = createSim(miniScenario(json, { elevation: hollow() }), { seed: 1 });
    sim.advanceTo(6 * 3600);
    expect(fired(sim)).toHaveLength(0);
  });

  it('notDone fires at its deadline when nobody ordered the evacuation, and not when someone did', () => {
    const nag = { id: 'nag', t: 0, kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '区指挥部' }, text: { zh: '为何还未转移？' } }, when: { kind: 'notDone', command: 'orderEvacuation', place: 'v1', by: '1h' } };
    const idle = createSim(miniScenario(stormJson([nag])), { seed: 1 });
    idle.advanceTo(2 * 3600);
    expect(fired(idle).map((e) => [e.inject, e.t, e.because.condition])).toEqual([['nag', 3600, 'notDone']]);
    const busy = createSim(miniScenario(stormJson([nag])), { seed: 1 });
    busy.advanceTo(1200);
    expect(busy.apply({ type: 'orderEvacuation', role: 'township:town1', villages: ['v1'] }).ok).toBe(true);
    busy.advanceTo(2 * 3600);
    expect(fired(busy)).toHaveLength(0);
  });

  it('a deadline that passed without firing is read no more: it never makes the clock visit every later second', () => {
    const nag = { id: 'nag', t: 0, kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '区指挥部' }, text: { zh: '为何还未转移？' } }, when: { kind: 'notDone', command: 'orderEvacuation', place: 'v1', by: '1h' } };
    const busy = createSim(miniScenario(stormJson([nag])), { seed: 1 });
    busy.advanceTo(1200);
    expect(busy.apply({ type: 'orderEvacuation', role: 'township:town1', villages: ['v1'] }).ok).toBe(true);
    // Before the deadline it is due at the deadline; at the deadline, the tick after (one more
    // look); after that, never.
    expect(conditionalInjects.nextDue(busy, 1200)).toBe(3600);
    expect(conditionalInjects.nextDue(busy, 3600)).toBe(3601);
    busy.advanceTo(2 * 3600);
    expect(fired(busy)).toHaveLength(0);
    expect(conditionalInjects.nextDue(busy, busy.state.t)).toBe(Infinity);
    expect(conditionalInjects.isDue(busy, busy.state.t + 60)).toBe(false);
  });

  it('notAnswered fires when the township that got the call stays silent, and not when it reports', () => {
    const call = { id: 'call', t: '10m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '桥被冲了' } } };
    const chase = { id: 'chase', t: 0, kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '区指挥部' }, text: { zh: '请速核实报告' } }, when: { kind: 'notAnswered', inject: 'call', within: '30m' } };
    const silent = createSim(miniScenario(stormJson([call, chase])), { seed: 1 });
    silent.advanceTo(2 * 3600);
    expect(fired(silent).map((e) => [e.inject, e.t])).toEqual([['call', 600], ['chase', 600 + 1800]]);
    const answers = createSim(miniScenario(stormJson([call, chase])), { seed: 1 });
    answers.advanceTo(900);
    expect(answers.apply({ type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '桥断了' } }).ok).toBe(true);
    answers.advanceTo(2 * 3600);
    expect(fired(answers).map((e) => e.inject)).toEqual(['call']);
  });

  it('warningNotAcknowledged fires at its deadline only if the township has not acknowledged (叫应) by then', () => {
    const chase = (within: number) => ({ id: 'ack', t: 0, kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '区指挥部' }, text: { zh: '请立即叫应' } }, when: { kind: 'warningNotAcknowledged', township: 'town1', within } });
    const run = (within: number) => {
      const sim = createSim(miniScenario(stormJson([chase(within)])), { seed: 1 });
      sim.advanceTo(60);
      expect(sim.apply({ type: 'issueWarning', role: 'chief', level: 'orange', townships: ['town1'] }).ok).toBe(true);
      sim.advanceTo(4 * 3600);
      return sim;
    };
    const slow = run(4 * 3600 - 120);
    const w = slow.state.entities.warnings.townships.town1;
    expect(w.ackAt).not.toBeNull();
    expect(fired(slow)).toHaveLength(0);
    const lag = w.ackAt! - w.deliveredAt;
    expect(lag).toBeGreaterThan(1);
    // A deadline shorter than the township took: it fires exactly at the deadline.
    const fast = run(lag - 1);
    expect(fired(fast).map((e) => [e.t, e.because.condition])).toEqual([[w.deliveredAt + lag - 1, 'warningNotAcknowledged']]);
  });

  it('reservoir and gauge levels: the gauge condition fires when its stage reaches the level', () => {
    const gauge = { ...roof, id: 'stage', when: { kind: 'gaugeLevel', gauge: 'g1', above: 97.5 } };
    const sim = createSim(miniScenario(stormJson([gauge]), { elevation: hollow() }), { seed: 1 });
    sim.advanceTo(4 * 3600);
    const f = fired(sim);
    expect(f).toHaveLength(1);
    expect(f[0].because.value).toBeGreaterThanOrEqual(97.5);
  });
});

describe('checking a condition', () => {
  const s = miniScenario(stormJson([]));
  const world = conditionWorld(s, ['call']);
  it('names the field and a code for each mistake', () => {
    expect(checkCondition({ kind: 'waterAtPlace', place: 'nowhere', above: 1 }, world)).toMatchObject({ field: 'when.place', code: 'noPlace' });
    expect(checkCondition({ kind: 'waterAtPlace', place: 'v1', above: -1 }, world)).toMatchObject({ field: 'when.above', code: 'badLevel' });
    expect(checkCondition({ kind: 'gaugeLevel', gauge: 'g2', above: 1 }, world)).toMatchObject({ field: 'when.gauge', code: 'noGauge' });
    expect(checkCondition({ kind: 'notDone', command: 'fly', by: 60 }, world)).toMatchObject({ field: 'when.command', code: 'noCommand' });
    expect(checkCondition({ kind: 'notDone', command: 'orderEvacuation', by: -5 }, world)).toMatchObject({ field: 'when.by', code: 'badTime' });
    expect(checkCondition({ kind: 'notAnswered', inject: 'nope', within: 60 }, world)).toMatchObject({ field: 'when.inject', code: 'noInject' });
    expect(checkCondition({ kind: 'peopleInDanger', village: 'v1', atLeast: 0 }, world)).toMatchObject({ field: 'when.atLeast', code: 'badCount' });
    expect(checkCondition({ kind: 'fireInArea', x: 99999, y: 0, radius: 10 }, world)).toMatchObject({ code: 'offGrid' });
    expect(checkCondition('soon', world)).toMatchObject({ field: 'when.kind', code: 'badCondition' });
  });
  it('keeps only the fields of the condition it accepts', () => {
    expect(checkCondition({ kind: 'waterAtPlace', place: 'v1', above: 0.5, extra: 1 }, world)).toEqual({ kind: 'waterAtPlace', place: 'v1', above: 0.5 });
  });
  it('a scenario file with a bad condition is refused with its path', () => {
    expect(() => miniScenario(stormJson([{ ...roof, when: { kind: 'waterAtPlace', place: 'v9', above: 0.5 } }]))).toThrow(/injects\[0\]\.when\.place/);
  });
});
