// The plan's deaths target counts the deaths the response could still prevent: those an
// earthquake causes in the shock itself are the disaster's (sim-core/score/targets.ts).
import { describe, expect, it } from 'vitest';
import { measureTargets } from '../../sim-core/score/targets.ts';
import type { EventEntry, LogEntry } from '../../sim-core/log.ts';
import type { SimEvent } from '../../sim-core/events.ts';

let seq = 0;
const ev = (t: number, e: SimEvent): EventEntry => ({ entry: 'event', t, seq: ++seq, visibleTo: [], ...e });
const shock = (t: number) => ev(t, { kind: 'earthquake', magnitude: 6.5, x: 0, y: 0, depth: 10000, intensity: 8.5 });
const died = (t: number, dead: number, cause: 'flood' | 'fire' | 'quake') => ev(t, { kind: 'casualties', village: 'v1', injured: 1, dead, cause });

const measure = (log: LogEntry[], end = 86_400) => measureTargets([{ id: 'dead', max: 0 }, { id: 'injuredUntreated', max: 0 }], log, end, null);

describe('the deaths target', () => {
  it('leaves out the shock’s own deaths and counts the buried who die later', () => {
    const m = measure([shock(600), died(600, 148, 'quake'), died(4200, 3, 'quake'), died(9000, 2, 'quake')]);
    expect(m.get('dead')).toBe(5);
    // The injured of the shock still need treatment: they all count.
    expect(m.get('injuredUntreated')).toBe(3);
  });

  it('counts every death where nothing shook, and those of a flood at the shock’s time', () => {
    expect(measure([died(600, 4, 'quake'), died(700, 1, 'flood')]).get('dead')).toBe(5);
    expect(measure([shock(600), died(600, 7, 'flood'), died(600, 2, 'quake')]).get('dead')).toBe(7);
  });

  it('counts only what happened by the time graded', () => {
    expect(measure([shock(600), died(600, 148, 'quake'), died(4200, 3, 'quake'), died(9000, 2, 'quake')], 5000).get('dead')).toBe(3);
  });
});
