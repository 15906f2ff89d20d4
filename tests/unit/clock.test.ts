import { describe, expect, it } from 'vitest';
import { eventDriven, periodic, phaseOrder, PHASES } from '../../sim-core/clock.ts';
import { createSim } from '../../sim-core/sim.ts';
import { SAMPLE_PERIOD } from '../../sim-core/metricsSampler.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

describe('the tick clock', () => {
  it('orders subsystems by phase, stably within a phase', () => {
    const noop = () => {};
    const list = [
      periodic('m', 'metrics', 60, noop), periodic('h1', 'hazards', 1, noop),
      periodic('i', 'injects', 5, noop), periodic('h2', 'hazards', 1, noop), periodic('mv', 'movement', 1, noop),
    ];
    expect(phaseOrder(list).map((s) => s.name)).toEqual(['i', 'mv', 'h1', 'h2', 'm']);
    expect(PHASES).toEqual(['injects', 'decisions', 'movement', 'hazards', 'consequences', 'metrics', 'events']);
  });

  it('periodic subsystems are due at multiples of their period; event-driven ones when pending', () => {
    const p = periodic('p', 'hazards', 30, () => {});
    const ctx = {} as never;
    expect(p.nextDue(ctx, 0)).toBe(30);
    expect(p.nextDue(ctx, 30)).toBe(60);
    expect(p.nextDue(ctx, 59)).toBe(60);
    expect(p.isDue(ctx, 90)).toBe(true);
    expect(p.isDue(ctx, 91)).toBe(false);
    let at = 100.2;
    const e = eventDriven('e', 'movement', () => at, () => {});
    expect(e.nextDue(ctx, 0)).toBe(101); // fractional times fall due on the next whole tick
    expect(e.isDue(ctx, 100)).toBe(false);
    at = 5;
    expect(e.nextDue(ctx, 10)).toBe(11); // overdue: the next tick, never the past
    at = Infinity;
    expect(e.nextDue(ctx, 10)).toBe(Infinity);
  });

  it('runs the sampler exactly at its period and jumps quiet stretches', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    sim.advanceTo(3 * 3600 + 10);
    expect(sim.state.t).toBe(3 * 3600 + 10);
    expect(sim.state.series.map((s) => s.t)).toEqual(Array.from({ length: 12 }, (_, k) => (k + 1) * SAMPLE_PERIOD));
  });

  it('advancing in many small steps equals one big step', () => {
    const json = miniScenarioJson();
    json.injects = [{ id: 'cut', t: 700, kind: 'closeRoad', target: { edges: [2] } }, { id: 'open', t: 2500, kind: 'openRoad', target: { edges: [2] } }];
    const scenario = miniScenario(json);
    const a = createSim(scenario, { seed: 4 }), b = createSim(scenario, { seed: 4 });
    for (const s of [a, b]) s.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    a.advanceTo(7200);
    for (let t = 0; t <= 7200; t += 37) b.advanceTo(t);
    b.advanceTo(7200);
    expect(b.hash()).toBe(a.hash());
    expect(a.state.log.length).toBeGreaterThan(5);
  });

  it('ignores a time in the past', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    sim.advanceTo(100);
    const h = sim.hash();
    sim.advanceTo(50);
    expect(sim.state.t).toBe(100);
    expect(sim.hash()).toBe(h);
  });
});
