// Forks and past states are rebuilt in a worker thread (issue 15: a fork blocked every exercise
// for 2 s), and exercises nobody uses are let go and loaded again on demand. Checked by order
// and by state hashes, not by timings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, api, Client, connect, createExercise, inProcessServer, join, removeTempDbs, until } from './helpers.ts';

type Server = Awaited<ReturnType<typeof inProcessServer>>;
let server: Server;
const clients: Client[] = [];
beforeAll(async () => { server = await inProcessServer(undefined, { snapshotEvery: 1800 }); });
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
  removeTempDbs();
});

describe('rebuilds off the event loop', () => {
  it('answers another exercise while a fork is rebuilt; an idle fork is released and comes back the same', async () => {
    const u = server.url;
    const big = await createExercise(u, { scenario: 'demo-district', seed: 2, speed: 'max', until: '2d' });
    const other = await createExercise(u, { scenario: 'demo-district', seed: 9 });
    const director = new Client(u, { token: ADMIN, exercise: big.id });
    clients.push(director);
    await director.connected();
    await until('some hours of sim time', () => (server.hub.exercises.get(big.id)?.t ?? 0) > 4 * 3600);
    const chief = await connect(u, { token: await join(u, other.codes.chief) });
    clients.push(chief);

    const order: string[] = [];
    const at = 2 * 3600 + 17;
    const fork = director.ask('fork', { at }).then((r) => { order.push('fork'); return r; });
    const ack = chief.ask('command', { type: 'setResponseLevel', level: 'IV' }).then((r) => { order.push('command'); return r; });
    const [forked, acked] = await Promise.all([fork, ack]);
    expect(forked).toMatchObject({ ok: true, t: at });
    expect(acked).toMatchObject({ ok: true });
    // The other exercise's command was answered while the fork was being rebuilt.
    expect(order).toEqual(['command', 'fork']);

    // The admin's past state comes from the worker too, and agrees with the fork.
    const past = await api(u, 'GET', `/api/exercises/${big.id}/state?t=${at}`, undefined, ADMIN);
    expect(past.body).toMatchObject({ t: at, stateHash: forked.stateHash });

    // Nobody opens the fork (paused): it is let go, and loaded again on use with the same state.
    const released = await server.hub.releaseIdle(0);
    expect(released).toContain(forked.id);
    expect(released).not.toContain(big.id); // running
    expect(server.hub.exercises.has(forked.id)).toBe(false);
    const again = await api(u, 'GET', `/api/exercises/${forked.id}/state`, undefined, ADMIN);
    expect(again.body).toMatchObject({ t: at, stateHash: forked.stateHash });
    expect(server.hub.exercises.has(forked.id)).toBe(true);
  });
});
