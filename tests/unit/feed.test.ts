// One feed per role (runtime/feed.ts): every event a role may see reaches its feed exactly once,
// however often it refreshes; a township's feed never carries what it may not see; views carry
// no event window; the checklist is the core tracker's own facts.
import { describe, expect, it } from 'vitest';
import { Driver } from '../../runtime/driver.ts';
import { RoleFeed } from '../../runtime/feed.ts';
import { PlanFacts } from '../../runtime/checklist.ts';
import { fireLayerFor } from '../../runtime/rasters.ts';
import { trackLog } from '../../sim-core/plan/tracker.ts';
import { seesEvent } from '../../sim-core/views.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { miniScenario, miniScenarioJson } from '../fixtures/miniScenario.ts';
import { miniPlan } from '../fixtures/miniPlan.ts';

const json = miniScenarioJson();
json.injects = [
  { id: 'call', t: '10m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '上游村有人被困' } } },
  { id: 'bulletin', t: '5m', kind: 'message', visibleTo: ['all'], payload: { from: { zh: '区气象台' }, text: { zh: '暴雨橙色预警' } } },
  { id: 'late', t: '2h', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '桥边进水' } } },
];
const scenario = miniScenario(json);
const ROLES = ['director', 'chief', 'township:town1', 'township:town2', 'observer'];
let version = 0;
const nextVersion = () => ++version;

describe('a role feed', () => {
  it('delivers each event exactly once across many refreshes, and only what the role may see', () => {
    const d = new Driver({ scenario, seed: 4 });
    d.scheduleCommands([
      { t: 120, command: { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' } } },
      { t: 900, command: { type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'initial', text: { zh: '上游村进水' } } },
      { t: 1500, command: { type: 'sendReport', role: 'chief', to: 'township:town2', kind: 'instruction', text: { zh: '加强巡查' } } },
    ]);
    const feeds = ROLES.map((r) => new RoleFeed(r, d.sim, { nextVersion }));
    const got = new Map<string, EventEntry[]>(ROLES.map((r) => [r, []]));
    // Refresh at irregular moments, several times at the same moment too.
    for (let k = 0, t = 0; t < 3 * 3600; k++) {
      t += [1, 37, 0, 600, 13][k % 5];
      d.advanceTo(t);
      for (const f of feeds) {
        const u = f.refresh(d.sim);
        expect(u.events?.reset ?? false).toBe(false);
        if (u.events) got.get(f.role)!.push(...u.events.entries);
        // The view carries no event window: events travel one way only.
        expect(f.view().view).not.toHaveProperty('events');
        expect(f.view().view).toHaveProperty('units');
      }
    }
    const events = d.sim.state.log.filter((e): e is EventEntry => e.entry === 'event');
    for (const role of ROLES) {
      const told = got.get(role)!;
      // Exactly what the core's view rule lets the role see, in log order.
      const expected = events.filter((e) => seesEvent(role, role === 'director', e));
      expect(told.map((e) => [e.t, e.kind]), role).toEqual(expected.map((e) => [e.t, e.kind]));
      // The director gets the log's own numbers; a player is numbered in the order it was told
      // (1, 2, 3 …), so no gap counts what was hidden from it, and never learns who else was told.
      const seqs = told.map((e) => e.seq);
      if (role === 'director') expect(seqs, role).toEqual(expected.map((e) => e.seq));
      else {
        expect(seqs, role).toEqual(expected.map((_, i) => i + 1));
        expect(told.some((e) => 'visibleTo' in e), role).toBe(false);
      }
    }
    // The township sees fewer events than the log holds, so its numbering differs from the log's.
    expect(got.get('township:town2')!.length).toBeLessThan(events.length);
    const texts = (role: string) => got.get(role)!.filter((e) => e.kind === 'message').map((e) => (e as unknown as { text: { zh: string } }).text.zh);
    expect(texts('township:town1')).toEqual(['暴雨橙色预警', '上游村有人被困', '桥边进水']);
    expect(texts('township:town2')).toEqual(['暴雨橙色预警']);
    expect(got.get('township:town2')!.some((e) => e.kind === 'injectFired')).toBe(false);
    expect(got.get('township:town2')!.some((e) => e.kind === 'reportReceived' && e.report.from === 'township:town1')).toBe(false);
    expect(got.get('director')!.filter((e) => e.kind === 'injectFired')).toHaveLength(3);
  });

  it('gives a joining client the backlog up to its cursor, and the rest after, each once', () => {
    const d = new Driver({ scenario, seed: 4 });
    d.advanceTo(1000);
    const f = new RoleFeed('township:town1', d.sim, { nextVersion });
    d.advanceTo(8000);
    const backlog = f.backlog(d.sim);
    const later = f.refresh(d.sim).events!.entries;
    const all = d.sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && (e.visibleTo.includes('all') || e.visibleTo.includes('township:town1')));
    const told = [...backlog, ...later];
    expect(told.map((e) => [e.t, e.kind])).toEqual(all.map((e) => [e.t, e.kind]));
    expect(told.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(backlog.every((e) => e.t <= 1000)).toBe(true);
    expect(later.length).toBeGreaterThan(0);
    expect(f.refresh(d.sim).events).toBeNull();
    // A rewound sim (a new log): the feed starts over with a reset.
    const d2 = new Driver({ scenario, seed: 4, checkpointEvery: 600 });
    const f2 = new RoleFeed('chief', d2.sim, { nextVersion });
    d2.advanceTo(4000);
    f2.refresh(d2.sim);
    d2.seek(700);
    const reset = f2.refresh(d2.sim).events!;
    expect(reset.reset).toBe(true);
    expect(reset.entries.every((e) => e.t <= 700)).toBe(true);
  });

  it("carries the core tracker's checklist, only the role's own requirements, and none while hidden", () => {
    const plan = miniPlan(scenario);
    const d = new Driver({ scenario, seed: 7, plan });
    const facts = new PlanFacts(plan, () => d.sim);
    const director = new RoleFeed('director', d.sim, { nextVersion, planFacts: facts });
    const town1 = new RoleFeed('township:town1', d.sim, { nextVersion, planFacts: facts });
    let last: unknown = null;
    let sawTold = false;
    for (let t = 600; t <= 4 * 3600; t += 600) {
      d.advanceTo(t);
      const c = director.refresh(d.sim).checklist;
      if (c) last = c.facts;
      const expected = trackLog(plan, scenario, d.sim.state.log, d.sim.state.t);
      expect(director.checklist()!.facts).toEqual(expected);
      // The plan's requirements: the chief's level-IV response, the township's report, the chief's dispatch.
      expect(plan.requirements.map((r) => r.role)).toEqual(['chief', 'township:town1', 'chief']);
      // A player hears of its requirement only once triggered, with the facts the tracker has
      // and none of the log's numbers (issue 15).
      const told = town1.checklist()!;
      const triggered = expected[1].triggerAt !== null;
      expect(told.requirements!.map((r) => r.name)).toEqual(triggered ? [plan.requirements[1].name] : []);
      expect(told.facts.map((f) => [f!.triggerAt, f!.doneAt])).toEqual(triggered ? [[expected[1].triggerAt, expected[1].doneAt]] : []);
      for (const f of told.facts) expect([f!.triggerSeq, f!.evidence]).toEqual([null, []]);
      if (triggered) sawTold = true;
    }
    expect(last).toEqual(trackLog(plan, scenario, d.sim.state.log, d.sim.state.t));
    expect((last as { doneAt: number | null }[]).every((f) => f.doneAt !== null)).toBe(true);
    expect(sawTold, "the township's requirement was triggered").toBe(true);
    // Offline practice (the bundle holds the plan): the whole list by the plan's index, waiting ones too.
    const practice = new RoleFeed('township:town1', d.sim, { nextVersion, planFacts: facts, wholePlan: true });
    expect(practice.checklist()).toEqual({ facts: [null, trackLog(plan, scenario, d.sim.state.log, d.sim.state.t)[1], null] });
    expect(town1.checklist(true)).toBeNull();
    expect(director.checklist(true)!.facts).toHaveLength(3);
  });

  it('gives each role the fire layer its view rule allows', () => {
    expect(ROLES.map((r) => fireLayerFor(scenario, r))).toEqual(['truth', 'detected', 'detected', 'detected', null]);
    expect(fireLayerFor(scenario, 'evaluator')).toBe('truth');
    expect(fireLayerFor(scenario, 'township:nowhere')).toBeNull();
  });
});
