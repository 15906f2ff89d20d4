// Evacuees' ETA told to the township and the chief is computed on the roads the township knows
// (issue 15): with the county road from 上游村 cut and nobody told, the people walk the long track
// round and arrive later than the time they were given; told of the cut, the time is the real one.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

function run(cutToldTo: string[]) {
  const json = miniScenarioJson();
  json.injects = [{ id: 'cut', t: '1m', kind: 'closeRoad', target: { edges: [3] }, payload: { reason: { zh: '塌方' } }, visibleTo: cutToldTo }];
  const sim = createSim(miniScenario(json), { seed: 5 });
  sim.advanceTo(120);
  expect(sim.apply({ type: 'orderEvacuation', role: 'township:town1', villages: ['v1'] }).ok).toBe(true);
  sim.advanceTo(12 * 3600);
  const events = sim.state.log.filter((e) => e.entry === 'event');
  const departed = events.filter((e) => e.kind === 'evacueesDeparted') as unknown as { group: string; eta: number }[];
  const arrived = events.filter((e) => e.kind === 'evacueesArrived') as unknown as { group: string; t: number }[];
  expect(departed.length).toBeGreaterThan(0);
  return departed.map((d) => ({ told: d.eta, real: arrived.find((a) => a.group === d.group)?.t }));
}

describe('evacuee ETAs as the township knows the roads', () => {
  it('a cut told to nobody does not lengthen the ETA given', () => {
    for (const g of run([])) expect(g.real! - g.told).toBeGreaterThan(600);
  });

  it('a cut the township was told of does', () => {
    for (const g of run(['township:town1'])) expect(Math.abs(g.real! - g.told)).toBeLessThanOrEqual(600);
  });
});
