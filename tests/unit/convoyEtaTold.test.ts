// A convoy's ETA shown to the players is computed on the roads they know (issue 15): with the
// county road to 上游村 cut and nobody told, the convoy really takes the long track round, but
// the chief and the township are told the county-road time; the director sees the real one.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';

function run(cutToldTo: string[]) {
  const json = miniScenarioJson();
  json.injects = [{ id: 'cut', t: '1m', kind: 'closeRoad', target: { edges: [3] }, payload: { reason: { zh: '塌方' } }, visibleTo: cutToldTo }];
  const sim = createSim(miniScenario(json), { seed: 5 });
  sim.advanceTo(120);
  expect(sim.apply({ type: 'allocateSupplies', role: 'chief', depot: 'd1', to: 'v1', items: { quilts: 40 } })).toMatchObject({ ok: true });
  sim.advanceTo(3600);
  const eta = (role: string) => sim.viewFor(role)!.supplies.convoys[0]?.eta;
  const told = sim.viewFor('chief')!.events.find((e) => e.kind === 'suppliesDispatched') as { eta: number } | undefined;
  return { truth: eta('director'), chief: eta('chief'), township: eta('township:town1'), event: told?.eta };
}

describe('convoy ETAs as the players know the roads', () => {
  it('a cut told to nobody does not lengthen the ETA the players see', () => {
    const r = run([]);
    expect(r.truth).toBeGreaterThan(r.chief!);
    expect(r.chief).toBe(r.township);
    expect(r.event).toBe(r.chief);
  });

  it('a cut the chief was told of does', () => {
    const r = run(['chief']);
    expect(r.chief).toBe(r.truth);
    expect(r.event).toBe(r.truth);
  });
});
