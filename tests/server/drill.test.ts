// The drill over real sockets: who plays what, a played township's 叫应 only when its player
// presses it (an autopilot township's by itself), a played team's task answered step by step
// with the chief seeing each step, a new exercise paused, and 最快 stopping where asked.
import { describe, expect, it } from 'vitest';
import { ADMIN, api, connect, createExercise, join, until, useInProcessServer, type Client } from './helpers.ts';

const fixture = useInProcessServer();
const clients = fixture.clients;

async function player(code: string, admin = false): Promise<Client> {
  const c = await connect(fixture.server.url, { token: await join(fixture.server.url, code, admin) });
  clients.push(c);
  return c;
}

const eventsOf = (c: Client) => c.received.filter(([e]) => e === 'event').flatMap(([, m]) => m.entries as any[]);

async function logOf(id: string): Promise<any[]> {
  const text = (await api(fixture.server.url, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN)).body as string;
  return text.trim().split('\n').map((l) => JSON.parse(l)).slice(1);
}

/** Runs the clock at max speed to sim time `t` and waits for the pause there. */
async function runTo(director: Client, t: number): Promise<void> {
  expect(await director.ask('clock', { speed: 'max', stopAt: t })).toMatchObject({ ok: true, speed: 'max', stopAt: t });
  await until(`the pause at t=${t}`, () => director.clock?.speed === 'paused' && director.clock.t === t);
}

describe('the drill: who plays what', () => {
  it('a new exercise is paused; roles listed as played and roles joined are played by the log', async () => {
    const bad = await api(fixture.server.url, 'POST', '/api/exercises', { scenario: 'demo-district', played: ['township:atlantis'] }, ADMIN);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/township:atlantis/);

    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', played: ['township:shimen'] });
    const director = await player(codes.director, true);
    expect(director.clock).toMatchObject({ speed: 'paused', t: 0 });
    expect(director.view.t).toBe(0);
    await player(codes['team:fire-5']);
    await until('the played roles in the director\'s view', () => director.view.drill.played.length === 2);
    expect(director.view.drill.played).toEqual(['team:fire-5', 'township:shimen']);
    const setPlayed = (await logOf(id)).filter((e) => e.entry === 'command' && e.type === 'setPlayed');
    expect(setPlayed.map((e) => [e.role, e.forRole, e.played, e.t])).toEqual([['director', 'township:shimen', true, 0], ['director', 'team:fire-5', true, 0]]);
    // The director hands a role back to the autopilot by a logged command.
    expect(await director.ask('command', { type: 'setPlayed', forRole: 'team:fire-5', played: false })).toMatchObject({ ok: true });
    await until('the switch in the view', () => director.view.drill.played.length === 1);
  });
});

describe('the drill: 叫应', () => {
  it("a played township's 叫应 happens only when its player presses it; an autopilot township's by itself", async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 4 });
    const director = await player(codes.director, true);
    const chief = await player(codes.chief);
    const shimen = await player(codes['township:shimen']);   // played: joined
    expect(await chief.ask('command', { type: 'issueWarning', level: 'orange', townships: ['shimen', 'hupan'] })).toMatchObject({ ok: true });
    await runTo(director, 3600);

    // hupan (nobody plays it) answered by itself; shimen's warning waits for its player.
    await until('the chief to see both warnings arrive', () => chief.view.drill.acks.length === 2);
    const acks = () => Object.fromEntries(chief.view.drill.acks.map((a: any) => [a.township, a]));
    expect(acks().hupan.ackAt).not.toBeNull();
    expect(acks().shimen).toMatchObject({ ackAt: null, played: true });
    expect(eventsOf(chief).filter((e) => e.kind === 'warningAcknowledged').map((e) => e.township)).toEqual(['hupan']);
    expect(shimen.view.drill.acks).toEqual([expect.objectContaining({ township: 'shimen', ackAt: null })]);

    expect(await shimen.ask('command', { type: 'acknowledgeWarning' })).toMatchObject({ ok: true, t: 3600 });
    const delivered = acks().shimen.deliveredAt;
    await until('the chief to hear shimen\'s 叫应', () => eventsOf(chief).some((e) => e.kind === 'warningAcknowledged' && e.township === 'shimen'));
    expect(eventsOf(chief).find((e) => e.kind === 'warningAcknowledged' && e.township === 'shimen')).toMatchObject({ byPlayer: true, waited: 3600 - delivered });
    await until('the chief\'s view to show it answered', () => acks().shimen.ackAt === 3600);
    expect(await shimen.ask('command', { type: 'acknowledgeWarning' })).toMatchObject({ ok: false, error: 'noChange' });
    const logged = (await logOf(id)).filter((e) => e.entry === 'command' && e.type === 'acknowledgeWarning');
    expect(logged.map((e) => e.role)).toEqual(['township:shimen']);
  });
});

describe('the drill: team tasks', () => {
  it('a team player accepts, arrives and completes a task, and the chief sees each step', async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 6 });
    const director = await player(codes.director, true);
    const chief = await player(codes.chief);
    const team = await player(codes['team:fire-5']);
    const to = 'shimen-xiyangwan';
    expect(await chief.ask('command', { type: 'dispatch', unit: 'fire-5', to: { place: to }, task: 'rescue', label: '转移被困群众' })).toMatchObject({ ok: true });

    // The team's inbox has its task: kind, place, who ordered it.
    await until('the task in the team\'s feed', () => eventsOf(team).some((e) => e.kind === 'taskAssigned'));
    expect(eventsOf(team).find((e) => e.kind === 'taskAssigned')).toMatchObject({ unit: 'fire-5', task: 'rescue', to, by: 'chief', label: '转移被困群众' });
    await until('the task in the team\'s view', () => team.view.drill.tasks.length === 1);
    expect(team.view.drill.tasks[0]).toMatchObject({ kind: 'rescue', to, by: 'chief', status: 'assigned' });
    // The chief sees it waiting for an answer.
    await until('the chief to see the task waiting', () => chief.view.drill.tasks[0]?.status === 'assigned');

    await runTo(director, 300);
    expect(await team.ask('command', { type: 'taskReply', unit: 'fire-5', reply: 'done' })).toMatchObject({ ok: false, error: 'noChange' });
    expect(await team.ask('command', { type: 'taskReply', unit: 'fire-5', reply: 'accept' })).toMatchObject({ ok: true, t: 300 });
    // Drive on until the team is on scene (in chunks of sim time; each pauses where asked).
    for (let t = 1800; team.view.units[0].status !== 'onScene' && t <= 6 * 3600; t += 1800) {
      await runTo(director, t);
      await until('the team\'s view at that time', () => team.view.t === t);
    }
    expect(team.view.units[0].status).toBe('onScene');
    expect(await team.ask('command', { type: 'taskReply', unit: 'fire-5', reply: 'arrived' })).toMatchObject({ ok: true });
    const arrivedAt = director.clock.t;
    await runTo(director, arrivedAt + 1200);
    expect(await team.ask('command', { type: 'taskReply', unit: 'fire-5', reply: 'done' })).toMatchObject({ ok: true, t: arrivedAt + 1200 });

    await until('the chief to hear all three answers', () => eventsOf(chief).filter((e) => e.kind === 'taskReplied').length === 3);
    const steps = eventsOf(chief).filter((e) => e.kind === 'taskReplied');
    expect(steps.map((e) => [e.reply, e.waited])).toEqual([['accept', 300], ['arrived', arrivedAt - 300], ['done', 1200]]);
    expect(steps[1].onScene).toBe(true);
    await until('the chief\'s view to show it done', () => chief.view.drill.tasks[0]?.status === 'done');
    // The scorer reads the answers from the log.
    const replies = (await logOf(id)).filter((e) => e.entry === 'command' && e.type === 'taskReply');
    expect(replies.map((e) => [e.role, e.reply])).toEqual([['team:fire-5', 'accept'], ['team:fire-5', 'arrived'], ['team:fire-5', 'done']]);
  });
});

describe('the drill: 最快', () => {
  it('runs to the next inject and pauses there instead of running the exercise out', async () => {
    const { codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 2 });
    const director = await player(codes.director, true);
    // The next inject still to come after now (one due at this very moment fires as the clock starts).
    const next = Math.min(...director.view.injects.filter((i: any) => i.fired === null && i.at > director.view.t).map((i: any) => i.at));
    expect(next).toBeGreaterThan(0);
    expect(await director.ask('clock', { speed: 'max', stopAt: 'nextInject' })).toMatchObject({ ok: true, stopAt: next });
    await until('the pause at the inject', () => director.clock?.speed === 'paused' && director.clock.t === next);
    expect(director.clock.status).toBe('running');
  });
});
