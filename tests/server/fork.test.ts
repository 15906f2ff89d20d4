// Fork: a new exercise from any moment of another (snapshot + log) has, at the fork time,
// exactly the state the original had then — checked against an independent replay from t = 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ADMIN, api, connect, createExercise, inProcessServer, join, tempDb, until, type Client, removeTempDbs } from './helpers.ts';

type Server = Awaited<ReturnType<typeof inProcessServer>>;
let server: Server;
const db = tempDb();
const clients: Client[] = [];

// Snapshots every 10 sim minutes, so the fork starts from a snapshot and replays the log after it.
beforeAll(async () => { server = await inProcessServer(db, { snapshotEvery: 600 }); });
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
  removeTempDbs();
});

function replayCli(id: string, until: number): { stateHash: string; ticks: number; commands: number } {
  const r = spawnSync(process.execPath, ['bin/tuiyan.js', 'replay', id, '--db', db, '--until', String(until), '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`replay exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('exercise server: fork', () => {
  it('forks an exercise whose state hash at the fork time equals the original one', async () => {
    // Paused, and run on with 最快 to a stop time after each order: a bare 最快 clock can run the whole day
    // out on a busy machine before a pause reaches it.
    const { id, codes } = await createExercise(server.url, { scenario: 'demo-district', seed: 5, speed: 'paused' });
    const director = await connect(server.url, { token: await join(server.url, codes.director, true) });
    const chief = await connect(server.url, { token: await join(server.url, codes.chief) });
    clients.push(director, chief);

    // Orders at several times while the clock runs.
    const acks = [];
    for (const [i, cmd] of [
      { type: 'setResponseLevel', level: 'IV' },
      { type: 'sendReport', to: 'township:shimen', kind: 'instruction', text: { zh: '加强巡查' } },
      { type: 'issueWarning', level: 'orange', townships: ['shimen', 'hupan'] },
      { type: 'setResponseLevel', level: 'III' },
    ].entries()) {
      const ack = await chief.ask('command', cmd);
      expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
      acks.push(ack);
      expect(await director.ask('clock', { speed: 'max', stopAt: ack.t + 901 })).toMatchObject({ ok: true });
      await until(`the clock past order ${i}`, () => director.clock?.t > ack.t + 900 && director.clock.speed === 'paused');
    }
    expect(await director.ask('clock', { action: 'pause' })).toMatchObject({ ok: true, speed: 'paused' });
    // Fork at the time of the third order: the orders given at that very time are in the fork.
    const at = acks[2].t;
    const fork = await director.ask('fork', { at });
    expect(fork).toMatchObject({ ok: true, t: at });

    const original = replayCli(id, at);
    expect(original.commands).toBe(4); // the chief's joining (setPlayed) and three orders
    expect(fork.stateHash).toBe(original.stateHash);
    // The fork replays on its own, from its own log, to the same state.
    expect(replayCli(fork.id, at).stateHash).toBe(original.stateHash);
    expect((await api(server.url, 'GET', `/api/exercises/${fork.id}/state?t=${at}`, undefined, ADMIN)).body.stateHash).toBe(original.stateHash);

    // A what-if: the fork plays on differently; the original is untouched.
    const forkChief = await connect(server.url, { token: await join(server.url, fork.codes.chief) });
    clients.push(forkChief);
    expect(forkChief.view.t).toBe(at);
    expect(forkChief.view.responseLevel).toBe('IV');
    expect(await forkChief.ask('command', { type: 'setResponseLevel', level: 'I' })).toMatchObject({ ok: true, t: at });
    await until('the original chief view', () => chief.view.responseLevel === 'III');
    expect(await director.ask('fork', { at: director.clock.t + 10_000 })).toMatchObject({ ok: false, error: 'outOfRange' });
    const list = await api(server.url, 'GET', '/api/exercises', undefined, ADMIN);
    expect(list.body.exercises.find((e: any) => e.id === fork.id)).toMatchObject({ parent: id, forkAt: at, speed: 'paused' });
  });
});
