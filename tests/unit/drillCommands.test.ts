// The drill's commands in the core: who plays what (setPlayed), a played township's 叫应
// (acknowledgeWarning) and a played team's answers to its task (taskReply) — their validation,
// who may give them, and what they change.
import { describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../sim-core/sim.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';
import { viewFor } from '../../sim-core/views.ts';
import { validatePlanText } from '../../scenarios/loadPlan.ts';
import { trackLog } from '../../sim-core/plan/tracker.ts';

const sim = () => createSim(miniScenario(), { seed: 5 });

function rejected(s: Sim, input: unknown) {
  const before = s.hash(), logLength = s.state.log.length;
  const r = s.apply(input);
  expect(r.ok, JSON.stringify(input)).toBe(false);
  expect(s.hash()).toBe(before);
  expect(s.state.log).toHaveLength(logLength);
  return r as { ok: false; reason: string; message: string };
}

function ok(s: Sim, input: unknown): void {
  const r = s.apply(input);
  expect(r, JSON.stringify(input)).toMatchObject({ ok: true });
}

const events = (s: Sim, kind: string) => s.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];
const view = (s: Sim, role: string) => viewFor({ scenario: s.scenario, state: s.state } as never, role)!;

describe('setPlayed', () => {
  it('is the director\'s, names a playable role, and refuses a change that changes nothing', () => {
    const s = sim();
    expect(rejected(s, { type: 'setPlayed', role: 'chief', forRole: 'township:town1', played: true }).reason).toBe('notPermitted');
    expect(rejected(s, { type: 'setPlayed', role: 'director', forRole: 'township:nowhere', played: true }).reason).toBe('unknownRole');
    expect(rejected(s, { type: 'setPlayed', role: 'director', forRole: 'evaluator', played: true }).reason).toBe('unknownRole');
    expect(rejected(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: 'yes' }).message).toMatch(/^played/);
    expect(rejected(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1' }).message).toMatch(/^played/);
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true });
    expect(s.state.entities.played).toEqual({ 'township:town1': true });
    expect(rejected(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true }).reason).toBe('noChange');
    expect(view(s, 'director').drill.played).toEqual(['township:town1']);
    expect(view(s, 'chief').drill.played).toEqual([]);
  });

  it('leaves the state (and so the hash) of a run without players as it was', () => {
    expect(sim().state.entities).not.toHaveProperty('played');
    expect(sim().state.entities).not.toHaveProperty('tasks');
  });
});

describe('acknowledgeWarning (叫应)', () => {
  it('a played township answers only when its player does, with the time it took', () => {
    const s = sim();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true });
    expect(rejected(s, { type: 'acknowledgeWarning', role: 'township:town1' }).reason).toBe('noChange'); // nothing has come yet
    ok(s, { type: 'issueWarning', role: 'chief', level: 'orange', townships: ['town1', 'town2'] });
    s.advanceTo(6 * 3600);
    const delivered = s.state.entities.warnings.townships.town1.deliveredAt;
    expect(s.state.entities.warnings.townships.town1.ackAt).toBeNull();
    // The autopilot's township answered by itself meanwhile.
    expect(s.state.entities.warnings.townships.town2.ackAt).not.toBeNull();
    expect(events(s, 'warningAcknowledged').map((e) => e.township)).toEqual(['town2']);
    expect(view(s, 'chief').drill.acks).toEqual([
      { township: 'town1', level: 'orange', deliveredAt: delivered, ackAt: null, played: true },
      expect.objectContaining({ township: 'town2', played: false }),
    ]);
    expect(view(s, 'township:town1').drill.acks.map((a) => a.township)).toEqual(['town1']);

    expect(rejected(s, { type: 'acknowledgeWarning', role: 'chief' }).reason).toBe('notPermitted');
    expect(rejected(s, { type: 'acknowledgeWarning', role: 'township:town1', level: 'red' }).message).toMatch(/^level: unknown field/);
    ok(s, { type: 'acknowledgeWarning', role: 'township:town1' });
    const ack = events(s, 'warningAcknowledged').at(-1);
    expect(ack).toMatchObject({ township: 'town1', level: 'orange', byPlayer: true, waited: 6 * 3600 - delivered, visibleTo: ['chief', 'township:town1'] });
    expect(s.state.entities.warnings.townships.town1.ackAt).toBe(6 * 3600);
    expect(rejected(s, { type: 'acknowledgeWarning', role: 'township:town1' }).reason).toBe('noChange');
  });

  it("a played township's player passes the warning on to its villages; the autopilot's duty room does it by itself", () => {
    const s = sim();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true });
    ok(s, { type: 'issueWarning', role: 'chief', level: 'orange', townships: ['town1'] });
    s.advanceTo(3 * 3600);
    expect(events(s, 'warningReachedVillage')).toEqual([]);
    ok(s, { type: 'issueWarning', role: 'township:town1', level: 'orange' });
    s.advanceTo(5 * 3600);
    expect(events(s, 'warningReachedVillage').map((e) => [e.village, e.level])).toEqual([['v1', 'orange']]);

    const auto = sim();
    ok(auto, { type: 'issueWarning', role: 'chief', level: 'orange', townships: ['town1'] });
    auto.advanceTo(3 * 3600);
    expect(events(auto, 'warningReachedVillage').map((e) => e.village)).toEqual(['v1']);
  });

  it('handed back to the autopilot, a waiting duty room answers and relays by itself', () => {
    const s = sim();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true });
    ok(s, { type: 'issueWarning', role: 'chief', level: 'blue', townships: ['town1'] });
    s.advanceTo(2 * 3600);
    expect(s.state.entities.warnings.townships.town1.ackAt).toBeNull();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: false });
    s.advanceTo(3 * 3600);
    expect(s.state.entities.warnings.townships.town1.ackAt).toBeGreaterThan(2 * 3600);
    expect(events(s, 'warningAcknowledged').at(-1)).not.toHaveProperty('byPlayer');
    s.advanceTo(5 * 3600);
    expect(events(s, 'warningReachedVillage').map((e) => [e.village, e.level])).toEqual([['v1', 'blue']]);
  });
});

describe('taskReply', () => {
  it('a played team gets its task and answers it step by step; the sender sees each step', () => {
    const s = sim();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'team:fs1', played: true });
    expect(rejected(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'accept' }).reason).toBe('noChange'); // no task yet
    ok(s, { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue', label: '搜救被困群众' });
    expect(events(s, 'taskAssigned')).toEqual([expect.objectContaining({ unit: 'fs1', task: 'rescue', to: 'v1', by: 'chief', label: '搜救被困群众' })]);
    expect(view(s, 'team:fs1').drill.tasks).toEqual([expect.objectContaining({ unit: 'fs1', kind: 'rescue', to: 'v1', by: 'chief', status: 'assigned' })]);
    // Its way there is on its map from the start (while it turns out, the route it will take).
    const route = view(s, 'team:fs1').drill.route;
    expect(route.length).toBeGreaterThan(1);
    const g = s.scenario.roads, end = s.state.entities.units.fs1.destinationNode;
    expect(route.at(-1)).toEqual([g.nodeX[end], g.nodeY[end]]);
    expect(view(s, 'chief').drill.route).toEqual([]);

    expect(rejected(s, { type: 'taskReply', role: 'chief', unit: 'fs1', reply: 'accept' }).reason).toBe('notPermitted');
    expect(rejected(s, { type: 'taskReply', role: 'team:tt2', unit: 'fs1', reply: 'accept' }).reason).toBe('notPermitted');
    expect(rejected(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'maybe' }).message).toMatch(/^reply/);
    expect(rejected(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'done' }).message).toMatch(/assigned; it takes accept, decline/);
    expect(rejected(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'decline' }).message).toMatch(/^reason/);

    s.advanceTo(120);
    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'accept' });
    expect(rejected(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'accept' }).reason).toBe('noChange');
    s.advanceTo(3 * 3600);
    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'arrived' });
    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'help', reason: { zh: '需要冲锋舟' } });
    s.advanceTo(4 * 3600);
    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'done' });
    expect(rejected(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'help' }).message).toMatch(/no more answers/);

    const replies = events(s, 'taskReplied');
    expect(replies.map((e) => [e.reply, e.waited])).toEqual([['accept', 120], ['arrived', 3 * 3600 - 120], ['help', 0], ['done', 3600]]);
    expect(replies[1].onScene).toBe(s.state.log.some((e) => e.entry === 'event' && e.kind === 'unitArrived'));
    for (const e of replies) expect(e.visibleTo).toContain('chief');
    expect(view(s, 'chief').drill.tasks).toEqual([expect.objectContaining({ unit: 'fs1', status: 'done', help: true, lastReply: 'done', lastAt: 4 * 3600 })]);
    // Every answer is a logged command the scorer can read.
    expect(s.state.log.filter((e) => e.entry === 'command' && e.type === 'taskReply')).toHaveLength(4);
  });

  it('a played team sets out only once its player has accepted, taking the turnout its dispatch drew; an unplayed one sets out by itself', () => {
    // The same seed draws the same turnout for the same team: the unplayed run shows what it is.
    const free = sim();
    ok(free, { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' });
    const turnout = free.state.entities.units.fs1.departAt;
    expect(turnout).toBeGreaterThan(0);
    expect(events(free, 'unitTurningOut')[0].departAt).toBe(turnout);

    const s = sim();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'team:fs1', played: true });
    ok(s, { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' });
    expect(events(s, 'unitTurningOut')[0].departAt).toBeNull(); // the chief is told it waits for the team
    expect(view(s, 'chief').units.find((u: any) => u.id === 'fs1')).toMatchObject({ status: 'turningOut', eta: null });
    const base = s.state.entities.units.fs1.node;
    s.advanceTo(3600);
    expect(events(s, 'unitDeparted')).toHaveLength(0);
    expect(s.state.entities.units.fs1).toMatchObject({ status: 'turningOut', node: base });
    // A snapshot taken while it waits keeps the wait (it is plain JSON).
    const again = JSON.parse(JSON.stringify(s.snapshot()));
    expect(again.entities.units.fs1.departAt).toBe(s.state.entities.units.fs1.departAt);

    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'accept' });
    expect(s.state.entities.units.fs1.departAt).toBe(3600 + turnout);
    expect(view(s, 'chief').units.find((u: any) => u.id === 'fs1')?.eta).toBe(3600 + turnout);
    s.advanceTo(3600 + turnout);
    expect(events(s, 'unitDeparted').map((e) => [e.unit, e.t])).toEqual([['fs1', 3600 + turnout]]);
  });

  it('declining sends the team back and closes the task; an unplayed team gets no task to answer', () => {
    const s = sim();
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'team:fs1', played: true });
    ok(s, { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' });
    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'decline', reason: { zh: '水深超过车辆涉水能力' } });
    expect(events(s, 'taskDeclined')).toHaveLength(1);
    expect(s.state.entities.tasks!.fs1.status).toBe('declined');
    expect(s.state.entities.units.fs1.task).toBeNull();

    ok(s, { type: 'dispatch', role: 'township:town2', unit: 'tt2', to: { place: 'v1' }, task: 'evacuate' });
    expect(s.state.entities.tasks).not.toHaveProperty('tt2');
    expect(rejected(s, { type: 'taskReply', role: 'team:tt2', unit: 'tt2', reply: 'accept' }).reason).toBe('noChange');
  });
});

describe('the plan tracker reads the answers', () => {
  it('a requirement to acknowledge a warning and to accept a task is met by the logged commands, at their times', () => {
    const s = sim();
    const r = validatePlanText(JSON.stringify({
      format: 'tuiyan-plan/1', id: 'p', name: { zh: '预案' }, source: { zh: 'x' },
      reaction: { chief: ['60s', '120s'], township: ['60s', '120s'], team: ['30s', '60s'] },
      responseLevels: [],
      requirements: [
        { id: 'ack', name: { zh: '预警叫应' }, capability: 'warningAndReporting', role: 'township:town1', trigger: { event: 'warningDelivered', match: { township: 'town1' } },
          action: { type: 'acknowledgeWarning' }, within: '15m', source: { zh: '叫应' } },
        { id: 'accept', name: { zh: '接受任务' }, capability: 'commandAndCoordination', role: 'team:fs1', trigger: { event: 'taskAssigned', match: { unit: 'fs1' } },
          action: { type: 'taskReply', unit: 'fs1', reply: 'accept', match: ['reply'] }, within: '10m', source: { zh: '任务' } },
      ],
    }), 'plan.json', s.scenario);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'township:town1', played: true });
    ok(s, { type: 'setPlayed', role: 'director', forRole: 'team:fs1', played: true });
    ok(s, { type: 'issueWarning', role: 'chief', level: 'blue', townships: ['town1'] });
    ok(s, { type: 'dispatch', role: 'chief', unit: 'fs1', to: { place: 'v1' }, task: 'rescue' });
    s.advanceTo(1200);
    ok(s, { type: 'taskReply', role: 'team:fs1', unit: 'fs1', reply: 'accept' });
    ok(s, { type: 'acknowledgeWarning', role: 'township:town1' });
    const facts = Object.fromEntries(trackLog(r.plan, s.scenario, s.state.log, 1200).map((f) => [f.id, f]));
    expect(facts.accept).toMatchObject({ triggerAt: 0, doneAt: 1200 });
    expect(facts.ack.doneAt).toBe(1200);
    expect(facts.ack.triggerAt).toBe(s.state.entities.warnings.townships.town1.deliveredAt);
  });
});
