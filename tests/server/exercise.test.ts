// The exercise server end to end over real sockets on 127.0.0.1: roles, permissions, what each
// role may see, and views kept up to date by patches.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { ADMIN, api, connect, createExercise, join, until, useInProcessServer, type Client } from './helpers.ts';

const fixture = useInProcessServer();
const clients = fixture.clients;

async function player(code: string, admin = false): Promise<Client> {
  const c = await connect(fixture.server.url, { token: await join(fixture.server.url, code, admin) });
  clients.push(c);
  return c;
}

describe('exercise server: roles and permissions', () => {
  it('creates an exercise, lets the chief, a township, a team and the director join, and checks every order against the role', async () => {
    const scenario = loadScenario('scenarios/demo-district');
    const team = scenario.teams.find((t) => t.owner !== 'district')!;
    const other = scenario.townships.find((t) => t.id !== team.owner)!;
    const village = scenario.villages.find((v) => v.township === team.owner)!;

    expect((await api(fixture.server.url, 'POST', '/api/exercises', { scenario: 'demo-district' })).status).toBe(401);
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', seed: 3, speed: 'paused' });
    expect(Object.keys(codes)).toEqual(expect.arrayContaining(['director', 'evaluator', 'chief', 'observer', `township:${team.owner}`, `team:${team.id}`]));

    // The director's code needs the admin token too.
    const denied = await api(fixture.server.url, 'POST', '/api/join', { code: codes.director });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toBe('adminRequired');

    const chief = await player(codes.chief);
    const owner = await player(codes[`township:${team.owner}`]);
    const stranger = await player(codes[`township:${other.id}`]);
    const teamClient = await player(codes[`team:${team.id}`]);
    const director = await player(codes.director, true);
    // The director's console shows who is connected as what (admin API).
    const stats = (await api(fixture.server.url, 'GET', '/api/stats', undefined, ADMIN)).body.exercises.find((e: { id: string }) => e.id === id);
    expect(stats.byRole).toMatchObject({ chief: 1, director: 1, [`township:${team.owner}`]: 1, [`team:${team.id}`]: 1 });
    expect(stats.sockets).toBe(5);
    // No-script drill: the director hides the players' plan checklists; only the director may.
    expect(await chief.ask('clock', { plan: 'hide' })).toMatchObject({ ok: false });
    expect(await director.ask('clock', { plan: 'hide' })).toMatchObject({ ok: true, planHidden: true });
    await until('the chief to hear the checklist is hidden', () => chief.clock?.planHidden === true);
    expect(await director.ask('clock', { plan: 'show' })).toMatchObject({ ok: true, planHidden: false });
    await until('the township to hear it is shown again', () => owner.clock?.planHidden === false);

    expect(chief.view.role).toBe('chief');
    expect(director.view.truth).toBe(true);
    expect(chief.view.truth).toBe(false);
    expect(teamClient.view.units.map((u: any) => u.id)).toEqual([team.id]);
    expect(owner.view.units.map((u: any) => u.id)).toContain(team.id);
    expect(stranger.view.units.map((u: any) => u.id)).not.toContain(team.id);

    // A township ordering another township's team: rejected, with the reason.
    const refused = await stranger.ask('command', { type: 'dispatch', unit: team.id, to: { place: village.id }, task: 'standby' });
    expect(refused.ok).toBe(false);
    expect(refused.error).toBe('notPermitted');
    expect(refused.message).toContain(team.owner);
    // … posing as the owner does not help.
    const posing = await stranger.ask('command', { type: 'dispatch', role: `township:${team.owner}`, unit: team.id, to: { place: village.id }, task: 'standby' });
    expect(posing).toMatchObject({ ok: false, error: 'notPermitted' });

    // The owning township may; so may the chief; the team moves only itself.
    const own = await owner.ask('command', { type: 'dispatch', unit: team.id, to: { place: village.id }, task: 'standby' });
    expect(own).toMatchObject({ ok: true });
    // A player's ack carries no log number: its gaps would count what is hidden from it.
    expect(own).not.toHaveProperty('seq');
    expect(typeof own.t).toBe('number');
    expect(await teamClient.ask('command', { type: 'recall', unit: scenario.teams.find((t) => t.id !== team.id)!.id })).toMatchObject({ ok: false, error: 'notPermitted' });
    expect(await chief.ask('command', { type: 'setResponseLevel', level: 'IV' })).toMatchObject({ ok: true });
    expect(await owner.ask('command', { type: 'setResponseLevel', level: 'III' })).toMatchObject({ ok: false, error: 'notPermitted' });

    // Director-only messages.
    expect(await chief.ask('clock', { speed: 'max' })).toMatchObject({ ok: false, error: 'notPermitted' });
    expect(await chief.ask('fork', {})).toMatchObject({ ok: false, error: 'notPermitted' });
    expect(await director.ask('clock', { action: 'resume' })).toMatchObject({ ok: true, speed: '10x' });
    expect(await director.ask('clock', { action: 'pause' })).toMatchObject({ ok: true, speed: 'paused' });

    // The owning township hears its team turn out; the stranger's view never shows it.
    await until('the dispatch in the owner view', () => owner.view.units.find((u: any) => u.id === team.id)?.status !== 'atBase');
    expect(stranger.view.units.map((u: any) => u.id)).not.toContain(team.id);
    expect(await api(fixture.server.url, 'GET', `/api/exercises/${id}`, undefined, ADMIN)).toMatchObject({ status: 200 });
  });

  it("keeps an undetected fire out of every player's messages while the director sees it", async () => {
    const { codes } = await createExercise(fixture.server.url, { scenario: 'demo-district-fire', speed: 'paused' });
    const chief = await player(codes.chief);
    const township = await player(codes['township:songling']);
    const observer = await player(codes.observer);
    const director = await player(codes.director, true);

    // The MSEL's ignition, fired now: visible to nobody until a camera or patrol finds it.
    expect(await director.ask('inject', { inject: 'ignition' })).toMatchObject({ ok: true });
    await until('the fire in the truth view', () => director.view.fires.length === 1);
    expect(director.view.fires[0].detected).toBeNull();
    await until('fire cells in the truth raster', () => director.received.some(([e, m]) => e === 'raster' && m.layer === 'fire' && m.cells.byteLength > 0));

    // A change every player sees, made after the ignition: once it shows, their views were built after the fire started.
    expect(await chief.ask('command', { type: 'setResponseLevel', level: 'IV' })).toMatchObject({ ok: true });
    for (const p of [chief, township, observer]) {
      await until(`${p.view.role} sees the new response level`, () => p.view.responseLevel === 'IV');
      expect(p.view.fires).toEqual([]);
      const everything = JSON.stringify(p.received);
      expect(everything).not.toContain('fireIgnited');
      expect(everything).not.toContain('"ignition"');
      for (const [e, m] of p.received) if (e === 'raster' && m.layer === 'fire') expect(m.cells.byteLength).toBe(0);
    }
    // The observer is not even in a fire audience; water is public.
    expect(observer.received.some(([e, m]) => e === 'raster' && m.layer === 'fire')).toBe(false);
    expect(observer.received.some(([e, m]) => e === 'raster' && m.layer === 'water' && m.from === null)).toBe(true);
  });
});

describe('exercise server: views and patches', () => {
  it('patches applied to the first view give exactly the view a fresh client gets', async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', speed: '60x' });
    const first = { chief: await player(codes.chief), director: await player(codes.director, true), township: await player(codes['township:shimen']) };
    // Things happen: orders, a report, an inject fired early; the clock runs.
    expect(await first.chief.ask('command', { type: 'setResponseLevel', level: 'III' })).toMatchObject({ ok: true });
    expect(await first.chief.ask('command', { type: 'sendReport', to: 'township:shimen', kind: 'instruction', text: { zh: '立即转移' } })).toMatchObject({ ok: true });
    expect(await first.director.ask('inject', { inject: 'landslide' })).toMatchObject({ ok: true });
    expect(await first.director.ask('inject', { adHoc: { kind: 'message', to: 'chief', from: { zh: '群众' }, text: { zh: '河水上涨' } } })).toMatchObject({ ok: true });
    // A made-up inject of any kind goes through the core's checks: people cut off at a village.
    expect(await first.director.ask('inject', { adHoc: { kind: 'trapped', target: { place: 'shimen-bailiang' }, payload: { people: 5 }, visibleTo: ['township:shimen'] } })).toMatchObject({ ok: true });
    expect(await first.director.ask('inject', { adHoc: { kind: 'trapped', target: { place: 'nowhere' }, payload: { people: 5 } } })).toMatchObject({ ok: false });
    await until('some sim time to pass', () => first.chief.view.t >= 600);

    for (const [name, code] of [['chief', codes.chief], ['director', codes.director], ['township', codes['township:shimen']]] as const) {
      const fresh = await player(code, name === 'director');
      const original = first[name];
      const v = fresh.version!;
      const patched = await until(`${name} patched up to version ${v}`, () => original.byVersion.get(v));
      expect(patched).toEqual(fresh.view);
      expect(original.received.filter(([e]) => e === 'patch').length).toBeGreaterThan(3);
    }

    // Catching up: a recent version gets patches, an unknown one an error and the full view.
    const c = first.chief;
    const known = [...c.byVersion.keys()].at(-2)!;
    const caughtUp = await c.ask('sync', { version: known });
    expect(caughtUp.ok).toBe(true);
    const viewsBefore = c.received.filter(([e]) => e === 'view').length;
    const stale = await c.ask('sync', { version: 12345 });
    expect(stale).toMatchObject({ ok: false, error: 'staleVersion', full: true });
    await until('a full view after the stale sync', () => c.received.filter(([e]) => e === 'view').length > viewsBefore);
    expect(await c.ask('sync', { version: 'x' })).toMatchObject({ ok: false, error: 'malformed' });
    void id;
  });

  it('records evaluator annotations tied to log entries in the report', async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', speed: 'paused' });
    const chief = await player(codes.chief);
    const evaluator = await player(codes.evaluator);
    const order = await chief.ask('command', { type: 'setResponseLevel', level: 'IV' });
    expect(order.ok).toBe(true);
    // A player's ack has no log number (issue 15); the order's is in the exercise's log.
    const logText = (await api(fixture.server.url, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN)).body as string;
    const seq = logText.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.entry === 'command' && e.type === 'setResponseLevel').seq as number;
    const note = await evaluator.ask('annotate', { text: '响应启动及时', seq });
    expect(note).toMatchObject({ ok: true, seq });
    expect(await evaluator.ask('annotate', { text: 'x', seq: 99_999 })).toMatchObject({ ok: false, error: 'unknownEntry' });
    expect(await chief.ask('annotate', { text: 'x' })).toMatchObject({ ok: false, error: 'notPermitted' });
    expect(await evaluator.ask('command', { type: 'setResponseLevel', level: 'III' })).toMatchObject({ ok: false, error: 'notPermitted' });

    const evalToken = await join(fixture.server.url, codes.evaluator);
    const report = await api(fixture.server.url, 'GET', `/api/exercises/${id}/report`, undefined, evalToken);
    expect(report.status).toBe(200);
    expect(report.body.annotations).toEqual([expect.objectContaining({ text: '响应启动及时', seq, role: 'evaluator', entry: expect.objectContaining({ type: 'setResponseLevel', seq }) })]);
    expect((await api(fixture.server.url, 'GET', `/api/exercises/${id}/report`, undefined, await join(fixture.server.url, codes.chief))).status).toBe(401);
  });

  it("with the scenario's plan, the autopilot plays the roles nobody joined, into the log, and the report scores it", async () => {
    const { id, codes } = await createExercise(fixture.server.url, { scenario: 'demo-district', speed: 'paused', plan: 'auto', until: '3h' });
    const chief = await player(codes.chief);
    const director = await player(codes.director, true);
    expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
    await until('the exercise to finish', () => chief.clock?.status === 'finished');
    const log = await api(fixture.server.url, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN);
    const commands = (log.body as string).trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.entry === 'command');
    expect(commands.some((c) => c.actor === '自动推演 autopilot' && c.role.startsWith('township:'))).toBe(true);
    expect(commands.filter((c) => c.role === 'chief')).toEqual([]);
    const report = await api(fixture.server.url, 'GET', `/api/exercises/${id}/report`, undefined, ADMIN);
    expect(report.body.score).toMatchObject({ format: 'tuiyan-score/1', grade: expect.any(String) });
    expect(await chief.ask('command', { type: 'setResponseLevel', level: 'IV' })).toMatchObject({ ok: false, error: 'finished' });
  });
});
