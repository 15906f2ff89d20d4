// The bench's all-wet references (server/bench/allWetCase.ts, floodPlainPort.ts) compute the same
// scheme as the project's kernel: after a minute of model time on a small all-wet grid, depths and
// fluxes agree to round-off (the port takes h^{7/3} by Math.pow, the kernel as h²·∛h), and mass
// balance holds in both (stored = initial + rain, closed edges).
import { describe, expect, it } from 'vitest';
import { ALL_WET_RAIN, allWetCase } from '../../server/bench/allWetCase.ts';
import { plainPortAdvance } from '../../server/bench/floodPlainPort.ts';
import { advanceFlood, createFloodScratch } from '../../sim-core/hazards/flood/localInertial.ts';
import { storedVolume } from '../../sim-core/hazards/flood/floodState.ts';

describe('all-wet bench references', () => {
  it('the plain port and the kernel agree on a 48 × 48 all-wet grid after 60 s', () => {
    const side = 48, seconds = 60;
    const ours = allWetCase(side), plain = allWetCase(side);
    const initial = storedVolume(ours.params, ours.state);
    const scratch = createFloodScratch(ours.params.grid);
    advanceFlood(ours.params, ours.state, ours.sources, seconds, scratch);
    const updates = plainPortAdvance(plain.params, plain.state, plain.sources, seconds);
    // Every cell is computed in every sub-step by both.
    expect(scratch.cellUpdates).toBe(updates);
    expect(updates % (side * side)).toBe(0);
    let maxDh = 0, maxDq = 0, maxQ = 0;
    for (let c = 0; c < side * side; c++) maxDh = Math.max(maxDh, Math.abs(ours.state.depth[c] - plain.state.depth[c]));
    for (let f = 0; f < ours.state.qx.length; f++) {
      maxDq = Math.max(maxDq, Math.abs(ours.state.qx[f] - plain.state.qx[f]), Math.abs(ours.state.qy[f] - plain.state.qy[f]));
      maxQ = Math.max(maxQ, Math.abs(ours.state.qx[f]));
    }
    expect(maxQ).toBeGreaterThan(0.01); // water moves: the comparison is not between two still lakes
    expect(maxDh).toBeLessThan(1e-9);
    expect(maxDq).toBeLessThan(1e-9);
    const rain = ALL_WET_RAIN * seconds * side * side * 100;
    for (const s of [ours, plain]) expect(Math.abs(storedVolume(s.params, s.state) - initial - rain) / (initial + rain)).toBeLessThan(1e-12);
  });
});
