// An order is refused for "no route" only by what the role giving it knows (issue 15): a road
// cut that only the chief was told of refuses the chief's order, not a township's — the
// township's team finds the cut on the way.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

function cutToldOnlyToChief() {
  const json = miniScenarioJson();
  // Both ways to v1 (edge 3 on the county road, 6 on the track) cut at 1 min; only the chief is told.
  json.injects = [{ id: 'cut', t: '1m', kind: 'closeRoad', target: { edges: [3, 6] }, payload: { reason: { zh: '塌方' } }, visibleTo: ['chief'] }];
  const sim = createSim(miniScenario(json), { seed: 5 });
  sim.advanceTo(120);
  return sim;
}

describe('no route, as the ordering role knows the roads', () => {
  it('refuses the chief, who was told of the cut', () => {
    const sim = cutToldOnlyToChief();
    expect(sim.apply({ type: 'dispatch', role: 'chief', unit: 'tt2', to: { place: 'v1' }, task: 'standby' })).toMatchObject({ ok: false, reason: 'noRoute' });
  });

  it('accepts the same order from the township that owns the team, which was not told', () => {
    const sim = cutToldOnlyToChief();
    expect(sim.apply({ type: 'dispatch', role: 'township:town2', unit: 'tt2', to: { place: 'v1' }, task: 'standby' })).toMatchObject({ ok: true });
  });
});
