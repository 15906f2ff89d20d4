// A crowded site emptied inside an exercise (issue 18): a school on the demo district, its alarm
// an inject, the crowd model stepped by the siteEgress subsystem. Deterministic (two runs, same
// hash), snapshot-exact (a snapshot mid-evacuation, restored, reaches the straight run's hash),
// and with an exit blocked the school takes longer to empty.
import { describe, expect, it } from 'vitest';
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { CrowdedSite } from '../../sim-core/people/sites/siteTypes.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { schoolPlan } from '../../scenarios/generate/schoolPlan.ts';

const base = loadScenario('scenarios/demo-district');
const ALARM = 600;

function school(people: number): CrowdedSite {
  return {
    id: 'school1', name: { zh: '云城小学', en: 'Yuncheng Primary School' }, kind: 'school', x: 19700, y: 8700, township: 'yuncheng',
    plan: schoolPlan(3), occupancy: [{ from: 0, to: 86_399, people }], receiver: true, speed: 1.34, reaction: [5, 30], maxDuration: 1800,
  };
}

function scenarioWith(injects: Inject[], people = 180): Scenario {
  const siteInjects = [...base.injects, ...injects].sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...base, sites: [school(people)], injects: siteInjects };
}

const alarm: Inject = { id: 'school-alarm', t: ALARM, jitter: 0, visibleTo: [], kind: 'siteAlarm', target: { site: 'school1' }, payload: {} };
const blockWest: Inject = { id: 'school-exit', t: ALARM, jitter: 0, visibleTo: [], kind: 'siteExitBlocked', target: { site: 'school1', exit: 0 }, payload: {} };

function clearedAfter(sim: Sim): number | null {
  const e = sim.state.log.find((x) => x.entry === 'event' && x.kind === 'siteCleared');
  return e && e.entry === 'event' && e.kind === 'siteCleared' ? e.after : null;
}

describe('a school emptied inside an exercise', () => {
  const scenario = scenarioWith([alarm]);

  it('empties, and two runs of one seed reach the same hash', () => {
    const a = createSim(scenario, { seed: 7 });
    const b = createSim(scenario, { seed: 7 });
    a.advanceTo(ALARM + 900);
    b.advanceTo(ALARM + 900);
    const site = a.state.entities.sites?.school1;
    expect(site?.status).toBe('cleared');
    expect(site?.out).toBe(180);
    expect(a.state.crowds && Object.keys(a.state.crowds)).toEqual([]);
    const after = clearedAfter(a)!;
    // 180 pupils, 6 classrooms, two 3 m exits: well under the 3-minute mark a drilled Chinese
    // school aims for, and more than the slowest reaction (30 s) plus the walk out.
    expect(after).toBeGreaterThan(30);
    expect(after).toBeLessThan(180);
    expect(a.hash()).toBe(b.hash());
  });

  it('restored from a snapshot mid-evacuation, it reaches the straight run\'s hash', () => {
    const straight = createSim(scenario, { seed: 11 });
    straight.advanceTo(ALARM + 40);
    expect(straight.state.entities.sites?.school1.status).toBe('evacuating');
    const snap = straight.snapshot();
    expect(snap.crowds?.school1).toBeDefined();
    const hashAtSnap = straight.hash();
    const restored = restoreSim(scenario, snap);
    expect(restored.hash()).toBe(hashAtSnap);
    straight.advanceTo(ALARM + 900);
    restored.advanceTo(ALARM + 900);
    expect(restored.state.entities.sites?.school1.status).toBe('cleared');
    expect(restored.hash()).toBe(straight.hash());
  });

  it('takes longer with an exit blocked', () => {
    const open = createSim(scenario, { seed: 3 });
    const blocked = createSim(scenarioWith([alarm, blockWest]), { seed: 3 });
    open.advanceTo(ALARM + 1200);
    blocked.advanceTo(ALARM + 1200);
    const a = clearedAfter(open)!;
    const b = clearedAfter(blocked)!;
    expect(b).toBeGreaterThan(a + 10);
    expect(blocked.state.entities.sites?.school1.closedExits).toEqual([0]);
  });

  it('changes nothing in a scenario without sites', () => {
    const sim = createSim(base, { seed: 1 });
    sim.advanceTo(3600);
    expect(sim.state.entities.sites).toBeUndefined();
    expect(sim.state.crowds).toBeUndefined();
    expect(sim.snapshot().crowds).toBeUndefined();
  });
});
