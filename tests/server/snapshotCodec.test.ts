// The server's snapshot blobs are exact: restoring one gives the same state hash, and the
// rest of the log replays from it to the same hash as the straight run.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import { packSnapshot, unpackSnapshot } from '../../server/serve/snapshotCodec.ts';

describe('snapshot blobs', () => {
  it('restore to the same hash, and the run continues identically', async () => {
    const scenario = loadScenario('scenarios/demo-district');
    const straight = createSim(scenario, { seed: 9 });
    straight.advanceTo(5400);
    expect(straight.apply({ type: 'setResponseLevel', role: 'chief', level: 'IV' })).toMatchObject({ ok: true });
    straight.advanceTo(7200);
    const blob = await packSnapshot(straight.snapshot());
    const restored = restoreSim(scenario, unpackSnapshot(blob));
    expect(restored.hash()).toBe(straight.hash());
    for (const sim of [straight, restored]) {
      sim.advanceTo(9000);
      expect(sim.apply({ type: 'issueWarning', role: 'chief', level: 'orange', townships: ['shimen'] })).toMatchObject({ ok: true });
      sim.advanceTo(12_600);
    }
    expect(restored.hash()).toBe(straight.hash());
    expect(restored.state.fields.fireArrival).toBeInstanceOf(Float64Array);
    expect(blob.length).toBeLessThan(2_000_000);
  });
});
