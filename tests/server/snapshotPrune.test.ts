// Old snapshots are pruned as new ones are stored: the latest few stay, and of the older ones
// the first of each sim hour (enough for a historical rebuild to start near any time).
import { afterAll, describe, expect, it } from 'vitest';
import { SNAPSHOTS_KEPT, Store } from '../../server/serve/store.ts';
import { removeTempDbs, tempDb } from './helpers.ts';

afterAll(() => removeTempDbs());

describe('snapshot pruning', () => {
  it('keeps the last few and one per sim hour, per exercise', () => {
    const store = new Store(tempDb());
    try {
      const blob = Buffer.from('x');
      // Every 20 sim minutes for 5 hours, in two exercises.
      for (let t = 0; t <= 5 * 3600; t += 1200) {
        store.insertSnapshot('a', t, t, blob);
        store.insertSnapshot('b', t + 600, t, blob);
      }
      const a = store.snapshotTimes('a');
      expect(SNAPSHOTS_KEPT).toBe(3);
      // The last three (4:20, 4:40, 5:00) and the first of each earlier hour (0:00, 1:00, 2:00, 3:00, 4:00).
      expect(a).toEqual([0, 3600, 7200, 10800, 14400, 15600, 16800, 18000]);
      const b = store.snapshotTimes('b');
      expect(b).toEqual([600, 4200, 7800, 11400, 15000, 16200, 17400, 18600]);
      // The latest snapshot at a time is still found.
      expect(store.latestSnapshot('a', 9000)!.t).toBe(7200);
    } finally {
      store.close();
    }
  });
});
