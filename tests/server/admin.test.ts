// The director's admin API: exercises created with a seed or at random, listed with who is
// connected, paused/resumed/archived/deleted, rewound under the same codes (the abandoned branch
// kept), courses of N groups compared; a wrong token or bad fields give clear errors, never a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, api, connect, inProcessServer, join, removeTempDbs, until, type Client } from './helpers.ts';

type Server = Awaited<ReturnType<typeof inProcessServer>>;
let server: Server;
const clients: Client[] = [];

beforeAll(async () => { server = await inProcessServer(); });
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
  removeTempDbs();
});

const admin = (method: string, path: string, body?: unknown) => api(server.url, method, path, body, ADMIN);

describe('admin API', () => {
  it('refuses without the admin token and names bad fields', async () => {
    expect((await api(server.url, 'GET', '/api/admin/exercises')).status).toBe(401);
    expect((await api(server.url, 'GET', '/api/admin/exercises', undefined, 'wrong-token-wrong')).body.error).toBe('adminRequired');
    const badSeed = await admin('POST', '/api/admin/exercises', { scenario: 'demo-district', seed: -3 });
    expect(badSeed.status).toBe(400);
    expect(badSeed.body.message).toMatch(/^seed: .*随机种子/);
    const noScenario = await admin('POST', '/api/admin/exercises', { scenario: 'no-such-place' });
    expect(noScenario.status).toBe(404);
    const badRole = await admin('POST', '/api/admin/exercises', { scenario: 'demo-district', roles: ['chief', 'team:nobody'] });
    expect(badRole.status).toBe(400);
    expect(badRole.body.message).toContain('team:nobody');
    const badCourse = await admin('POST', '/api/admin/courses', { name: '', scenario: 'demo-district', groups: 30 });
    expect(badCourse.status).toBe(400);
    expect(badCourse.body.message).toMatch(/name: .*名称/);
    expect(badCourse.body.message).toMatch(/groups: .*至多 12/);
    expect((await api(server.url, 'POST', '/api/admin/exercises', '{"scenario":', ADMIN)).body.error).toBe('malformed');
    // Nothing was created by the refused requests (the bad-role one was removed again).
    expect((await admin('GET', '/api/admin/exercises')).body.exercises).toEqual([]);
  });

  it('creates, lists with connections, pauses, resumes, archives and deletes', async () => {
    const made = await admin('POST', '/api/admin/exercises', { scenario: 'demo-district', seed: 'random', roles: ['chief', 'evaluator', 'township:hupan'] });
    expect(made.status).toBe(201);
    expect(Number.isSafeInteger(made.body.seed)).toBe(true);
    const id = made.body.id;
    const sheet = (await admin('GET', `/api/admin/exercises/${id}/sheet`)).body;
    expect(sheet.roles.map((r: any) => r.role)).toEqual(['director', 'evaluator', 'chief', 'township:hupan']);
    expect(sheet.roles.find((r: any) => r.role === 'chief').zh).toBe('区指挥部（指挥长）');
    const chief = await connect(server.url, { token: await join(server.url, sheet.roles.find((r: any) => r.role === 'chief').code) });
    clients.push(chief);
    const listed = (await admin('GET', '/api/admin/exercises')).body.exercises.find((x: any) => x.id === id);
    expect(listed).toMatchObject({ seed: made.body.seed, speed: 'paused', archived: false, connected: { chief: 1 }, roles: ['chief', 'evaluator', 'township:hupan'] });
    // A chosen role is played from the start, before anyone joins it: the autopilot leaves it alone.
    const played = server.hub.exercises.get(id)!.sim.state.entities.played ?? {};
    expect(played['township:hupan']).toBe(true);
    expect(played['township:shimen']).not.toBe(true);

    expect((await admin('POST', `/api/admin/exercises/${id}/resume`)).body.speed).not.toBe('paused');
    expect((await admin('POST', `/api/admin/exercises/${id}/pause`)).body.speed).toBe('paused');
    expect((await admin('POST', `/api/admin/exercises/${id}/archive`)).body.archived).toBe(true);
    const refused = await admin('POST', `/api/admin/exercises/${id}/resume`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('取消归档');
    expect((await admin('POST', `/api/admin/exercises/${id}/unarchive`)).body.archived).toBe(false);

    expect((await admin('DELETE', `/api/admin/exercises/${id}`)).body).toEqual({ ok: true, deleted: id });
    expect((await admin('GET', '/api/admin/exercises')).body.exercises.some((x: any) => x.id === id)).toBe(false);
    expect((await admin('GET', `/api/admin/exercises/${id}/sheet`)).status).toBe(404);
    // Its codes are gone with it.
    expect((await api(server.url, 'POST', '/api/join', { code: sheet.roles[2].code })).status).toBe(404);
  });

  it('rewinds an exercise: the new branch continues under the same codes, the old one is kept archived', async () => {
    const made = (await admin('POST', '/api/admin/exercises', { scenario: 'demo-district', seed: 7, speed: 'max' })).body;
    const director = await connect(server.url, { token: await join(server.url, made.codes.director, true) });
    const chiefToken = await join(server.url, made.codes.chief);
    const chief = await connect(server.url, { token: chiefToken });
    clients.push(director, chief);
    await until('an hour of sim time', () => director.clock?.t > 3600);
    await admin('POST', `/api/admin/exercises/${made.id}/pause`);
    const tooLate = await admin('POST', `/api/admin/exercises/${made.id}/rewind`, { at: 10 ** 9 });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.message).toMatch(/^at: /);
    const r = await admin('POST', `/api/admin/exercises/${made.id}/rewind`, { at: 1800 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ t: 1800, abandoned: made.id });
    // The chief playing was told where play went on and cut off; the same token opens the new branch.
    await until('the chief told of the rewind', () => chief.received.some(([e, p]) => e === 'rewound' && p.exerciseId === r.body.id));
    await until('the chief cut off the abandoned branch', () => !chief.socket.connected);
    const back = await connect(server.url, { token: chiefToken });
    clients.push(back);
    expect(back.received.find(([e]) => e === 'welcome')?.[1]).toMatchObject({ exerciseId: r.body.id, role: 'chief' });
    expect(back.clock.t).toBe(1800);
    // The same chief code now opens the new branch.
    const joined = await api(server.url, 'POST', '/api/join', { code: made.codes.chief });
    expect(joined.body.exerciseId).toBe(r.body.id);
    const list = (await admin('GET', '/api/admin/exercises')).body.exercises;
    expect(list.find((x: any) => x.id === made.id)).toMatchObject({ archived: true, rewoundTo: r.body.id });
    expect(list.find((x: any) => x.id === r.body.id)).toMatchObject({ t: 1800, parent: made.id, forkAt: 1800, archived: false });
    // The abandoned branch still answers for the debrief.
    expect((await admin('GET', `/api/admin/exercises/${made.id}/sheet`)).status).toBe(200);
  });

  it('creates a course of three groups with one seed and compares them', async () => {
    const made = await admin('POST', '/api/admin/courses', { name: '第一期 培训班', scenario: 'demo-district', seed: 11, groups: 3, speed: 'max' });
    expect(made.status).toBe(201);
    expect(made.body.groups.map((g: any) => g.group)).toEqual([1, 2, 3]);
    const ids = made.body.groups.map((g: any) => g.id);
    expect(new Set(ids).size).toBe(3);
    const codes = made.body.groups.map((g: any) => g.codes.chief);
    expect(new Set(codes).size).toBe(3);
    const list = (await admin('GET', '/api/admin/exercises')).body.exercises.filter((x: any) => ids.includes(x.id));
    expect(list.map((x: any) => x.seed)).toEqual([11, 11, 11]);
    // Group 2's chief is played by a person; the others by the autopilot.
    const chief2 = await connect(server.url, { token: await join(server.url, codes[1]) });
    clients.push(chief2);
    await until('the groups past two hours', async () => (await admin('GET', '/api/admin/exercises')).body.exercises.filter((x: any) => ids.includes(x.id)).every((x: any) => x.t > 7200));
    const cmp = (await admin('GET', `/api/admin/courses/${made.body.id}/compare`)).body;
    expect(cmp.course).toMatchObject({ name: '第一期 培训班', seed: 11 });
    expect(cmp.groups.map((g: any) => g.exercise)).toEqual(ids);
    for (const g of cmp.groups) {
      expect(typeof g.score).toBe('number');
      expect(g.requirements.length).toBeGreaterThan(3);
    }
    expect((await admin('GET', '/api/admin/courses')).body.courses[0].exercises).toHaveLength(3);
    expect((await admin('GET', '/api/admin/courses/c-nothing/compare')).status).toBe(404);
  });
});
