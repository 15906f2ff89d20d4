// Restarts keep everything (issue 15): an exercise stopped half-way and started again on the
// same database ends with the state hash of one never stopped (the autopilot's pending orders
// included), and the director's switches are still set.
import { afterAll, describe, expect, it } from 'vitest';
import { join as pathJoin } from 'node:path';
import { inProcessServer, removeTempDbs, tempDb, until } from './helpers.ts';
import { Driver } from '../../runtime/driver.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { SCENARIOS_DIR } from '../../server/serve/replay.ts';

afterAll(() => removeTempDbs());

describe('a restarted exercise', () => {
  it('continues with the same hash as one never stopped, with its settings', async () => {
    const db = tempDb();
    const END = 4 * 3600;
    const first = await inProcessServer(db, { snapshotEvery: 900 });
    let id: string;
    const STOP = 3 * 3600;
    try {
      // The scenario's plan, nobody joined: the autopilot plays every role and has orders pending.
      ({ id } = first.hub.create({ scenario: 'demo-district', seed: 3, plan: 'auto', speed: 'paused', until: END }));
      const ex = first.hub.exercises.get(id)!;
      ex.setSpeed('max', 1.5 * 3600);
      first.hub.wake();
      await until('the first stop', () => ex.row.speed === 'paused' && ex.t === 1.5 * 3600);
      expect(ex.sim.state.log.some((e) => e.entry === 'command')).toBe(true);
      ex.setPlanHidden(true);
      // Run at max to a stop and go down on the way: the restart must still stop there.
      ex.setSpeed('max', STOP);
      first.hub.saveClocks();
    } finally {
      await first.close();
    }

    const second = await inProcessServer(db, { snapshotEvery: 900 });
    try {
      expect(second.resumed).toEqual([id]);
      const ex = second.hub.exercises.get(id)!;
      expect(ex.t).toBeLessThan(STOP);
      expect(ex.planHidden).toBe(true);
      expect(ex.clockMessage()).toMatchObject({ planHidden: true, stopAt: STOP });
      await until('the stop kept across the restart', () => ex.row.speed === 'paused');
      expect(ex.t).toBe(STOP);
      ex.setSpeed('max');
      second.hub.wake();
      await until('the end', () => ex.row.status === 'finished');
      expect(ex.t).toBe(END);

      // Never stopped: the same scenario, seed and plan driven straight to the end.
      const scenario = loadScenario(pathJoin(SCENARIOS_DIR, 'demo-district'));
      const plan = loadPlan(pathJoin(SCENARIOS_DIR, 'demo-district', 'plan.json'), scenario);
      const straight = new Driver({ scenario, seed: 3, plan, autopilotPlays: (r) => r !== 'director' });
      straight.advanceTo(END);
      const autopilotOrders = (log: readonly { entry: string }[]) => log.filter((e) => e.entry === 'command').length;
      expect(autopilotOrders(ex.sim.state.log)).toBe(autopilotOrders(straight.sim.state.log));
      expect(autopilotOrders(ex.sim.state.log.filter((e) => (e as { t: number }).t > 1.5 * 3600))).toBeGreaterThan(0);
      expect(ex.sim.hash()).toBe(straight.sim.hash());
      // Snapshots were pruned as they were taken.
      expect(second.hub.store.snapshotTimes(id).length).toBeLessThanOrEqual(3 + Math.ceil(END / 3600) + 1);
    } finally {
      await second.close();
    }
  });
});
