// Hostile input: malformed, oversized, unknown and flooding messages, over sockets and HTTP,
// get an error answer and change nothing, while another exercise keeps ticking.
import { describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { ADMIN, api, connect, createExercise, join, until, useInProcessServer } from './helpers.ts';

const fixture = useInProcessServer();
const clients = fixture.clients;

describe('exercise server: hostile input', () => {
  it('answers bad socket messages with errors, changes nothing, and never stalls another exercise', async () => {
    const target = await createExercise(fixture.server.url, { scenario: 'demo-district', speed: 'paused' });
    const other = await createExercise(fixture.server.url, { scenario: 'demo-district', speed: '60x' });
    const attacker = await connect(fixture.server.url, { token: await join(fixture.server.url, target.codes.chief) });
    const watcher = await connect(fixture.server.url, { token: await join(fixture.server.url, other.codes.observer) });
    clients.push(attacker, watcher);
    const ex = fixture.server.hub.exercises.get(target.id)!;
    const seqBefore = ex.sim.state.seq;
    const hashBefore = ex.sim.hash();
    const otherStart = watcher.clock.t;

    // Unknown events, with and without an ack.
    expect(await attacker.ask('launchMissiles', { now: true })).toMatchObject({ ok: false, error: 'unknownEvent' });
    attacker.socket.emit('hello');
    await until('an error event for the unacknowledged unknown event', () => attacker.errors.some((e) => e.error === 'unknownEvent'));
    // Wrong types and shapes.
    expect(await attacker.ask('command', 'dispatch everything')).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('command', null)).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('command', [1, 2, 3])).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('command', { type: 'nuke' })).toMatchObject({ ok: false, error: 'unknownType' });
    expect(await attacker.ask('command', { type: 'dispatch', unit: 42, to: 'x', task: 'standby' })).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('command', { type: 'setResponseLevel', level: 'IV', t: 999_999, seq: 0 })).toMatchObject({ ok: true }); // t and seq are the server's to stamp
    const sneaky = JSON.parse('{"type":"dispatch","unit":"fire-1","to":{"place":"x"},"task":"standby","__proto__":{"polluted":true}}');
    expect(await attacker.ask('command', sneaky)).toMatchObject({ ok: false });
    expect(({} as any).polluted).toBeUndefined();
    expect(await attacker.ask('command', { type: 'sendReport', to: 'township:shimen', kind: 'update', text: { zh: 'x' }, extra: 1 })).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('sync', { version: -1 })).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('sync', 'now')).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('command', { type: 'recall' }, 'extra argument')).toMatchObject({ ok: false, error: 'malformed' });
    expect(await attacker.ask('clock', { speed: 'max' })).toMatchObject({ ok: false, error: 'notPermitted' });
    expect(await attacker.ask('inject', { inject: 'landslide' })).toMatchObject({ ok: false, error: 'notPermitted' });
    // Oversized: an answer, not a dropped connection.
    expect(await attacker.ask('command', { type: 'sendReport', to: 'township:shimen', kind: 'update', text: { zh: 'x'.repeat(200_000) } }))
      .toMatchObject({ ok: false, error: 'tooLarge' });
    expect(await attacker.ask('command', { type: 'sendReport', to: 'township:shimen', kind: 'update', text: { zh: 'x'.repeat(5000) } }))
      .toMatchObject({ ok: false, error: 'tooLong' }); // past the server's text limit (limits.ts), before the core's own
    expect(attacker.socket.connected).toBe(true);

    // A flood: past the burst, messages are refused with rateLimited, and nothing is applied.
    const flood = await Promise.all(Array.from({ length: 150 }, () => attacker.ask('command', { type: 'nuke' })));
    const limited = flood.filter((a) => a.error === 'rateLimited').length;
    expect(limited).toBeGreaterThan(0);
    expect(flood.every((a) => a.ok === false)).toBe(true);

    // Only the one good command changed the target exercise.
    expect(ex.sim.state.seq).toBeGreaterThan(seqBefore);
    const log = ex.sim.state.log.filter((e) => e.entry === 'command');
    expect(log.map((e) => e.type)).toEqual(['setPlayed', 'setResponseLevel']); // the chief's joining is logged
    expect(ex.sim.hash()).not.toBe(hashBefore);

    // A message over the transport limit drops that connection only; the server goes on.
    const brute = io(fixture.server.url, { transports: ['websocket'], auth: { token: await join(fixture.server.url, target.codes.chief) }, reconnection: false, forceNew: true });
    await new Promise<void>((resolve) => brute.once('connect', () => resolve()));
    brute.emit('command', { type: 'sendReport', blob: 'y'.repeat(2_000_000) });
    await until('the oversized connection to be dropped', () => !brute.connected);
    brute.close();

    // The other exercise kept ticking all along, and the attacker's connection still works.
    await until('the other exercise to tick on', () => watcher.clock.t > otherStart + 60);
    await until('the rate limit to refill', async () => (await attacker.ask('sync', { version: attacker.version })).ok);
    expect(fixture.server.logs.filter((l) => /internal|failed/i.test(l))).toEqual([]);
  });

  it('cuts a socket that keeps flooding past the limit, telling it why and when to come back', async () => {
    const target = await createExercise(fixture.server.url, { scenario: 'demo-district', speed: 'paused' });
    const token = await join(fixture.server.url, target.codes.chief);
    const flooder = io(fixture.server.url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    const cut: { reason?: string; retryAfter?: number }[] = [];
    let reason = '';
    flooder.on('cut', (m) => cut.push(m));
    flooder.on('disconnect', (r) => { reason = r; });
    await new Promise<void>((resolve) => flooder.once('connect', () => resolve()));
    // Unacknowledged messages, as a script or a held key sends them: far past the refusals a socket may have.
    for (let i = 0; i < 2600; i++) flooder.emit('sync', { version: 0 });
    await until('the flooding socket to be cut', () => !flooder.connected);
    expect(reason).toBe('io server disconnect');
    expect(cut).toEqual([{ reason: 'flooded', retryAfter: 10 }]);
    flooder.close();
    // The token is not punished: a new connection is admitted and answers.
    const back = await connect(fixture.server.url, { token });
    clients.push(back);
    expect((await back.ask('sync', { version: back.version })).ok).toBe(true);
  });

  it('answers bad HTTP requests with errors', async () => {
    const u = fixture.server.url;
    expect((await api(u, 'POST', '/api/exercises', '{not json', ADMIN)).body).toMatchObject({ error: 'malformed' });
    expect((await api(u, 'POST', '/api/exercises', { scenario: 'demo-district', bogus: 1 }, ADMIN)).status).toBe(400);
    expect((await api(u, 'POST', '/api/exercises', { scenario: '../../etc' }, ADMIN)).status).toBe(400);
    expect((await api(u, 'POST', '/api/exercises', { scenario: 'no-such-scenario' }, ADMIN)).body).toMatchObject({ error: 'unknownScenario' });
    expect((await api(u, 'POST', '/api/exercises', { scenario: 'demo-district', seed: -1 }, ADMIN)).status).toBe(400);
    expect((await api(u, 'POST', '/api/exercises', { scenario: 'demo-district', speed: '1000x' }, ADMIN)).status).toBe(400);
    expect((await api(u, 'POST', '/api/exercises', { scenario: 'demo-district' }, 'wrong-token')).status).toBe(401);
    expect((await api(u, 'POST', '/api/exercises', JSON.stringify({ scenario: 'demo-district', pad: 'z'.repeat(100_000) }), ADMIN)).status).toBe(413);
    expect((await api(u, 'POST', '/api/join', { code: 'NOPE99' })).body).toMatchObject({ error: 'unknownCode' });
    expect((await api(u, 'POST', '/api/join', { code: 12 })).status).toBe(400);
    expect((await api(u, 'POST', '/api/join', [])).status).toBe(400);
    expect((await api(u, 'GET', '/api/exercises')).status).toBe(401);
    expect((await api(u, 'GET', '/api/exercises/xdoesnotexist/report', undefined, ADMIN)).status).toBe(404);
    expect((await api(u, 'GET', '/api/nothing')).status).toBe(404);
    expect((await api(u, 'DELETE', '/')).status).toBe(405);
    const page = await api(u, 'GET', '/');
    expect(page.status).toBe(200);
    // The built client when there is one (dist/), else a placeholder page that lists the API.
    expect(page.body).toMatch(/\/api\/join|<main id="app">/);
    // A socket without a valid token never gets in.
    const anon = io(u, { transports: ['websocket'], auth: { token: 'not-a-real-token' }, reconnection: false, forceNew: true });
    const err = await new Promise<Error>((resolve) => anon.once('connect_error', resolve));
    expect(err.message).toMatch(/unauthorized/);
    anon.close();
  });
});
