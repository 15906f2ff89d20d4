// The web client follows the plan live from the events a console sees (client/plan/liveFacts.ts):
// on a storm morning played by the autopilot, the orders and injects read back from the events
// alone give the same requirement facts as the tracker reading the whole log.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { runHeadless } from '../../server/run/headless.ts';
import { Autopilot } from '../../sim-core/plan/autopilot.ts';
import { trackLog } from '../../sim-core/plan/tracker.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { liveFacts } from '../../client/plan/liveFacts.ts';
import { PlaceStatus } from '../../client/map/placeStatus.ts';

describe('client: live plan facts and village status from events', () => {
  const scenario = loadScenario('scenarios/demo-district');
  const plan = loadPlan('scenarios/demo-district/plan.json', scenario);
  const { sim } = runHeadless(scenario, 1, 6 * 3600, [], new Autopilot(plan, scenario, 1, (r) => r !== 'director'));
  const events = sim.state.log.filter((e): e is EventEntry => e.entry === 'event');

  it('infers the orders from their events: the same facts as the whole log', () => {
    const exact = trackLog(plan, scenario, sim.state.log, sim.state.t);
    const inferred = liveFacts(plan, scenario, events, [], sim.state.t);
    expect(inferred.map((f) => [f.id, f.triggerAt, f.doneAt])).toEqual(exact.map((f) => [f.id, f.triggerAt, f.doneAt]));
    expect(exact.some((f) => f.doneAt !== null)).toBe(true);
  });

  it('colours the villages the autopilot evacuated, and the others only warned', () => {
    const status = new PlaceStatus(scenario);
    status.update(events);
    const ordered = new Set(events.flatMap((e) => (e.kind === 'evacuationOrdered' ? e.villages : [])));
    expect(ordered.size).toBeGreaterThan(0);
    for (const id of ordered) expect(['evacuating', 'evacuated', 'inDanger']).toContain(status.villageStatus(id, null));
    // The chief's warnings reach every village by then: the others are warned, not moving.
    const others = scenario.villages.filter((v) => !ordered.has(v.id) && !events.some((e) => 'village' in e && e.village === v.id && e.kind !== 'warningReachedVillage' && e.kind !== 'warningReachedHouseholds') && !events.some((e) => 'place' in e && e.place === v.id));
    expect(others.length).toBeGreaterThan(0);
    for (const v of others) expect(['none', 'warned']).toContain(status.villageStatus(v.id, null));
    expect(others.some((v) => status.villageStatus(v.id, null) === 'warned')).toBe(true);
  });
});
