import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { decodeSnapshot, encodeSnapshot } from '../../server/serve/snapshotCodec.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

describe('snapshot codec', () => {
  it('a snapshot survives the stored form and restores, into a sim of another seed, to the same hash', () => {
    const sim = createSim(miniScenario(), { seed: 3 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    sim.advanceTo(100);
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2, 5] });
    const snap = decodeSnapshot(encodeSnapshot(sim.snapshot()));
    expect([...snap.fields.edgeClosed]).toEqual([...sim.state.fields.edgeClosed]);
    expect(snap.fields.version).toBe(sim.state.fields.version);
    expect(snap.fields.version).toBeGreaterThan(0);
    const other = createSim(miniScenario(), { seed: 99 });
    other.restore(snap);
    expect(other.hash()).toBe(sim.hash());
    expect(other.seed).toBe(3);
  });
});
