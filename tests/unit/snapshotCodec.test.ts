import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../sim-core/base64.ts';
import { createSim } from '../../sim-core/sim.ts';
import { snapshotFromJson, snapshotToJson } from '../../sim-core/snapshot.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

describe('snapshot codec', () => {
  it('base64 matches the standard encoding and round-trips every length', () => {
    expect(toBase64(new TextEncoder().encode('tuiyan 推演'))).toBe(Buffer.from('tuiyan 推演').toString('base64'));
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    }
    expect(() => fromBase64('ab$d')).toThrow(/bad base64/);
  });

  it('a snapshot survives JSON and restores to the same hash', () => {
    const sim = createSim(miniScenario(), { seed: 3 });
    sim.apply({ type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'standby' });
    sim.advanceTo(100);
    sim.apply({ type: 'closeRoad', role: 'chief', edges: [2, 5] });
    const text = snapshotToJson(sim.snapshot());
    const snap = snapshotFromJson(text);
    expect([...snap.fields.edgeClosed]).toEqual([...sim.state.fields.edgeClosed]);
    expect(snap.fields.version).toBe(sim.state.fields.version);
    expect(snap.fields.version).toBeGreaterThan(0);
    const other = createSim(miniScenario(), { seed: 99 });
    other.restore(snap);
    expect(other.hash()).toBe(sim.hash());
    expect(other.seed).toBe(3);
    expect(() => snapshotFromJson('{"format":"nope"}')).toThrow(/not a tuiyan snapshot/);
  });
});
