// Levees (堤防) and levee breaches (溃堤): a levee face holds water below its crest exactly,
// passes water over it, and a breach lets the flood through; mass is conserved throughout.
import { describe, expect, it } from 'vitest';
import { createFloodState, storedVolume, type FloodParams } from '../../sim-core/hazards/flood/floodState.ts';
import { advanceFlood } from '../../sim-core/hazards/flood/localInertial.ts';
import { leveeFaces } from '../../sim-core/hazards/levees.ts';
import { floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { createSim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

const W = 20, H = 6, DX = 10;

/** A flat channel with water 1 m deep west of a levee across it at x = 100 m (face column 10). */
function channel(crest: number) {
  const p: FloodParams = { grid: { width: W, height: H, cellSize: DX }, elevation: new Float64Array(W * H), manning: 0.03 };
  const s = createFloodState(p.grid);
  for (let j = 0; j < H; j++) for (let i = 0; i < 10; i++) s.depth[j * W + i] = 1;
  const crestX = new Float64Array((W + 1) * H).fill(-Infinity);
  for (let j = 0; j < H; j++) crestX[j * (W + 1) + 10] = crest;
  const crestY = new Float64Array(W * (H + 1)).fill(-Infinity);
  return { p, s, sources: { rainRate: 0, inflows: [], crestX, crestY } };
}

const east = (s: { depth: Float64Array }) => { let v = 0; for (let j = 0; j < H; j++) for (let i = 10; i < W; i++) v += s.depth[j * W + i]; return v * DX * DX; };

describe('levees in the local-inertial solver', () => {
  it('a crest above the water holds it exactly: not a drop crosses', () => {
    const { p, s, sources } = channel(1.5);
    const v0 = storedVolume(p, s);
    advanceFlood(p, s, sources, 1800);
    expect(east(s)).toBe(0);
    expect(Math.abs(storedVolume(p, s) - v0) / v0).toBeLessThan(1e-13);
  });

  it('water above the crest flows over until the pond is down to the crest, no lower', () => {
    const { p, s, sources } = channel(0.8);
    const v0 = storedVolume(p, s);
    advanceFlood(p, s, sources, 3600);
    expect(east(s)).toBeGreaterThan(0);
    // The water below the crest stays; above it, it has (nearly all) gone over.
    let west = 0;
    for (let j = 0; j < H; j++) for (let i = 0; i < 10; i++) west += s.depth[j * W + i];
    const westLevel = west / (10 * H);
    expect(westLevel).toBeGreaterThanOrEqual(0.8 - 1e-9);
    expect(westLevel).toBeLessThan(0.85);
    expect(Math.abs(storedVolume(p, s) - v0) / v0).toBeLessThan(1e-13);
  });

  it('the faces a levee line crosses are found, with crest = higher bed + height', () => {
    const bed = new Float64Array(W * H).map((_, c) => c % W);
    const f = leveeFaces({ width: W, height: H, cellSize: DX }, bed, { id: 'L', name: { zh: '堤' }, line: [[100, 0], [100, 60]], height: 2 });
    expect([...f.codes]).toEqual([0, 1, 2, 3, 4, 5].map((j) => j * (W + 1) + 10));
    expect([...f.crest]).toEqual(new Array(H).fill(10 + 2));
    expect([...f.floor]).toEqual(new Array(H).fill(10));
    // A diagonal line becomes a staircase of x- and y-faces with no gap: from (0,0) to (60,60)
    // it needs 6 steps each way, less the ones on the domain edge (x = 0 or y = 0).
    const d = leveeFaces({ width: W, height: H, cellSize: DX }, bed, { id: 'D', name: { zh: '堤' }, line: [[0, 0], [60, 60]], height: 1 });
    const xs = [...d.codes].filter((c) => c < (W + 1) * H), ys = [...d.codes].filter((c) => c >= (W + 1) * H);
    expect(xs.length + ys.length).toBeGreaterThanOrEqual(10);
    for (const c of xs) expect(c % (W + 1)).toBeGreaterThan(0);
    // It separates the two sides: water on the upper-left cannot reach the lower-right.
    const p: FloodParams = { grid: { width: W, height: H, cellSize: DX }, elevation: new Float64Array(W * H), manning: 0.03 };
    const s = createFloodState(p.grid);
    s.depth[5 * W + 0] = 2;
    const crestX = new Float64Array((W + 1) * H).fill(-Infinity), crestY = new Float64Array(W * (H + 1)).fill(-Infinity);
    for (const c of xs) crestX[c] = 5;
    for (const c of ys) crestY[c - (W + 1) * H] = 5;
    advanceFlood(p, s, { rainRate: 0, inflows: [], crestX, crestY }, 600);
    expect(s.depth[0 * W + 5]).toBe(0);
    expect(s.depth[0 * W + 19]).toBe(0);
    expect(s.depth[4 * W + 0]).toBeGreaterThan(0);
  });
});

describe('a levee breach in the simulation', () => {
  // Mini district (30×30 cells of 100 m): the west half slopes down to a levee at x = 1500 m; the
  // east half lies lower. 150 mm/h falls on the west half for an hour; the levee breaks at 2 h.
  function scenario(breach: boolean, height = 4) {
    const json = miniScenarioJson();
    json.levees = [{ id: 'dike', name: { zh: '西河堤' }, line: [[1500, 0], [1500, 3000]], height }];
    json.weather = {
      rainZones: [{ id: 'west', name: { zh: '西片' }, polygon: [[0, 0], [1450, 0], [1450, 3000], [0, 3000]] }],
      rain: [{ zone: 'west', series: [['0', 150], ['1h', 0]] }],
    };
    json.injects = breach ? [{ id: 'breach', t: '2h', kind: 'leveeBreach', target: { levee: 'dike', x: 1500, y: 1500 }, payload: { formation: '30m' }, visibleTo: ['all'] }] : [];
    const elevation = new Float32Array(900);
    for (let j = 0; j < 30; j++) for (let i = 0; i < 30; i++) elevation[j * 30 + i] = i < 15 ? 100 + (14 - i) * 0.3 + Math.abs(j - 15) * 0.05 : 99;
    return miniScenario(json, { elevation });
  }
  const eastWater = (sim: ReturnType<typeof createSim>) => {
    let v = 0;
    const d = sim.state.fields.flood.depth;
    for (let j = 0; j < 30; j++) for (let i = 15; i < 30; i++) v += d[j * 30 + i];
    return v * 100 * 100;
  };

  it('keeps the east dry until the breach, then floods it; events say so', () => {
    const held = createSim(scenario(false), { seed: 1 });
    held.advanceTo(4 * 3600);
    expect(eastWater(held)).toBe(0);

    const sim = createSim(scenario(true), { seed: 1 });
    sim.advanceTo(2 * 3600 - 60);
    expect(eastWater(sim)).toBe(0);
    sim.advanceTo(4 * 3600);
    const events = sim.state.log.filter((e): e is EventEntry => e.entry === 'event');
    const breach = events.find((e) => e.kind === 'leveeBreach') as any;
    // The nearest face to (1500, 1500): the two faces meeting there tie; the lower code wins.
    expect(breach).toMatchObject({ levee: 'dike', x: 1500, y: 1450, formation: 1800 });
    expect(breach.t).toBe(2 * 3600);
    expect(eastWater(sim)).toBeGreaterThan(1000);
    expect(sim.state.entities.hazards.levees.dike.breaches).toHaveLength(1);
    // The face next to the breach point carries the water: the cell east of it is wetter than any other east cell.
    const d = sim.state.fields.flood.depth;
    expect(d[14 * 30 + 15]).toBeGreaterThan(0.01);
    expect(floodRuntime(sim.scenario).levees!.levees[0].codes.length).toBe(30);
  });

  it('a low levee is overtopped: an event, and water crosses without a breach', () => {
    const sim = createSim(scenario(false, 0.05), { seed: 1 });
    sim.advanceTo(3 * 3600);
    const over = sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && e.kind === 'leveeOvertopping');
    expect(over).toHaveLength(1);
    expect(eastWater(sim)).toBeGreaterThan(0);
  });

  it('a breach at a levee that is not in the scenario is an error in the file', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'b', t: '1h', kind: 'leveeBreach', target: { levee: 'nope', x: 100, y: 100 }, visibleTo: [] }];
    expect(() => miniScenario(json)).toThrow(/injects\[0\]\.target\.levee: no levee "nope"/);
  });
});
