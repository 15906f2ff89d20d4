// Per-token and per-role limits (issue 15): a token's sockets are capped; a role's commands are
// capped per wall second and per sim minute across all its sockets, with a clear rejection,
// while other roles go on unhindered; texts and nesting are bounded at the edge; a view's
// report list stays bounded. Counts and sizes only — no timings.
import { describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { ADMIN, api, Client, connect, createExercise, join, until, useInProcessServer } from './helpers.ts';
import { VIEW_REPORTS } from '../../sim-core/views.ts';

const fixture = useInProcessServer({ limits: { socketsPerToken: 2, commandsPerRoleSecond: 5, commandsPerRoleSimMinute: 25, textChars: 500 } });

function refusedConnection(url: string, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = io(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    s.once('connect', () => { s.disconnect(); reject(new Error('a third socket was let in')); });
    s.once('connect_error', (err) => { s.disconnect(); resolve(err.message); });
  });
}

describe('limits per token and per role', () => {
  it('a flooding township is held to its budget; the chief is not; views stay bounded', async () => {
    const u = fixture.server.url;
    const { id, codes } = await createExercise(u, { scenario: 'demo-district' }); // paused: the sim minute stays put
    const townToken = await join(u, codes['township:hupan']);
    const a = await connect(u, { token: townToken });
    const b = await connect(u, { token: townToken });
    fixture.clients.push(a, b);
    expect(await refusedConnection(u, townToken)).toMatch(/tooManySockets/);

    const report = (i: number) => ({ type: 'sendReport', to: 'chief', kind: 'update', text: { zh: `第${i}次续报` } });
    const acks = await Promise.all([...Array(60).keys()].flatMap((i) => [a.ask('command', report(i)), b.ask('command', report(100 + i))]));
    const ok = acks.filter((x) => x.ok);
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.length).toBeLessThanOrEqual(25);
    const refused = acks.filter((x) => !x.ok);
    expect(refused.length).toBe(120 - ok.length);
    for (const r of refused) {
      expect(['rateLimited', 'simMinuteQuota']).toContain(r.error);
      expect(r.message).toMatch(/second|minute/);
    }
    // The role's own budget bit (not only each socket's): its refusals name the role.
    expect(refused.some((r) => /township:hupan/.test(r.message))).toBe(true);

    // The chief, on its own budget, is answered every time.
    const chief = await connect(u, { token: await join(u, codes.chief) });
    fixture.clients.push(chief);
    for (let i = 0; i < 5; i++) {
      expect(await chief.ask('command', { type: 'sendReport', to: 'township:hupan', kind: 'instruction', text: { zh: `指示${i}` } })).toMatchObject({ ok: true });
    }

    // Bounded at the edge: a text too long names its place; the director's payload nested 3,000 deep is refused and changes nothing.
    const long = await chief.ask('command', { type: 'sendReport', to: 'township:hupan', kind: 'instruction', text: { zh: '长'.repeat(501) } });
    expect(long).toMatchObject({ ok: false, error: 'tooLong' });
    expect(long.message).toMatch(/text\.zh/);
    const director = new Client(u, { token: ADMIN, exercise: id });
    fixture.clients.push(director);
    await director.connected();
    let deep: Record<string, unknown> = { x: 1 };
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    const hashBefore = (await api(u, 'GET', `/api/exercises/${id}/state`, undefined, ADMIN)).body.stateHash;
    const bad = await director.ask('inject', { adHoc: { kind: 'rain', target: { village: 'x', extra: deep }, payload: { mm: 10 } } });
    expect(bad.ok).toBe(false);
    expect(['tooDeep', 'tooLarge']).toContain(bad.error);
    expect((await api(u, 'GET', `/api/exercises/${id}/state`, undefined, ADMIN)).body.stateHash).toBe(hashBefore);
    expect((await api(u, 'GET', `/api/exercises/${id}`, undefined, ADMIN)).body.status).toBe('running');
    expect(await chief.ask('command', { type: 'sendReport', to: 'township:hupan', kind: 'instruction', text: { zh: '继续' } })).toMatchObject({ ok: true });

    // The township's view holds at most VIEW_REPORTS reports; older ones come a page at a time.
    const fresh = await connect(u, { token: await join(u, codes['township:hupan']) });
    fixture.clients.push(fresh);
    await until('the last instruction in the view', () => fresh.view.reportsTotal === ok.length + 6);
    expect(fresh.view.reports.length).toBeLessThanOrEqual(VIEW_REPORTS);
    const page = await fresh.ask('reports', { before: fresh.view.reportsTotal - fresh.view.reports.length + 10, limit: 10 });
    expect(page).toMatchObject({ ok: true, total: ok.length + 6 });
    expect(page.reports.length).toBeLessThanOrEqual(10);
    // Numbered in the township's own list (1, 2, 3 …), never by the log: no gap counts the
    // reports between others it was not party to.
    const seqs = (rs: { seq: number }[]) => rs.map((r) => r.seq);
    expect(seqs(page.reports)).toEqual(page.reports.map((_r: unknown, k: number) => page.from + k + 1));
    expect(seqs(fresh.view.reports)).toEqual(fresh.view.reports.map((_r: unknown, k: number) => fresh.view.reportsTotal - fresh.view.reports.length + k + 1));
    // And the inbox's events, likewise a page at a time.
    const events = await fresh.ask('events', { before: Number.MAX_SAFE_INTEGER, limit: 5 });
    expect(events.ok).toBe(true);
    expect(events.entries.length).toBeGreaterThan(0);
    expect(events.entries.length).toBeLessThanOrEqual(5);
    expect((await fresh.ask('events', { before: 0, limit: 5000 })).error).toBe('malformed');
  });
});
