// The view diff: patches in immer's format that turn one JSON value into another exactly,
// including the sliding window of recent events.
import { describe, expect, it } from 'vitest';
import { applyPatches, enablePatches, type Patch } from 'immer';
import seedrandom from 'seedrandom';
import { diffJson, type Json } from '../../runtime/viewDiff.ts';

enablePatches();

function randomJson(rng: () => number, depth: number): Json {
  const r = rng();
  if (depth <= 0 || r < 0.3) {
    const k = Math.floor(rng() * 4);
    return k === 0 ? null : k === 1 ? rng() < 0.5 : k === 2 ? Math.round(rng() * 100) / 4 : ['a', 'b', 'c', '水', ''][Math.floor(rng() * 5)];
  }
  if (r < 0.65) return Array.from({ length: Math.floor(rng() * 6) }, () => randomJson(rng, depth - 1));
  const o: Record<string, Json> = {};
  for (let i = Math.floor(rng() * 5); i > 0; i--) o[['x', 'y', 'units', 'events', 't'][Math.floor(rng() * 5)]] = randomJson(rng, depth - 1);
  return o;
}

/** A changed copy: some values replaced, keys dropped or added, array items shifted, added, removed. */
function mutate(rng: () => number, v: Json, depth: number): Json {
  if (rng() < 0.15) return randomJson(rng, depth);
  if (Array.isArray(v)) {
    let a = v.map((x) => (rng() < 0.3 ? mutate(rng, x, depth - 1) : x));
    if (rng() < 0.3) a = a.slice(Math.floor(rng() * 3));
    if (rng() < 0.3) a.push(randomJson(rng, depth - 1));
    return a;
  }
  if (v && typeof v === 'object') {
    const o: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) if (rng() > 0.15) o[k] = rng() < 0.4 ? mutate(rng, x, depth - 1) : x;
    if (rng() < 0.3) o['new' + Math.floor(rng() * 3)] = randomJson(rng, depth - 1);
    return o;
  }
  return v;
}

describe('view diff', () => {
  it('gives patches that immer applies to exactly the new value (2,000 random pairs)', () => {
    const rng = seedrandom('view-diff');
    for (let i = 0; i < 2000; i++) {
      const a = randomJson(rng, 4);
      const b = mutate(rng, a, 4);
      const patches = diffJson(a, b);
      expect(applyPatches(a as object, patches as Patch[])).toEqual(b);
      if (JSON.stringify(a) === JSON.stringify(b)) expect(patches).toEqual([]);
    }
  });

  it('sends a sliding event window as removals at the front and additions at the back', () => {
    const events = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ seq: from + i, kind: 'message' }));
    const a = { t: 10, events: events(0, 300) };
    const b = { t: 11, events: events(3, 303) };
    const patches = diffJson(a, b);
    expect(patches.filter((p) => p.op === 'remove')).toHaveLength(3);
    expect(patches.filter((p) => p.op === 'add')).toHaveLength(3);
    expect(patches).toHaveLength(7);
    expect(applyPatches(a, patches)).toEqual(b);
  });
});
