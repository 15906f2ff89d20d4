// Recovery: kill -9 the server (a child process) right after N commands were acknowledged,
// start it again on the same database, and every acknowledged command is there; a client
// that reconnects with its old version is resynchronised with a full view.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ADMIN, api, childServer, connect, createExercise, join, tempDb, until, type ChildServer, type Client, removeTempDbs } from './helpers.ts';

const children: ChildServer[] = [];
const clients: Client[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  for (const s of children.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});
afterAll(() => removeTempDbs());

async function start(db: string): Promise<ChildServer> {
  const s = await childServer(db);
  children.push(s);
  return s;
}

function killed(s: ChildServer): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) { resolve(); return; }
    s.child.once('exit', () => resolve());
    s.child.kill('SIGKILL');
  });
}

describe('exercise server: recovery after kill -9', () => {
  it('resumes every running exercise with every acknowledged command', async () => {
    const db = tempDb();
    const first = await start(db);
    // At max speed, so snapshots are taken while commands arrive: recovery is snapshot + log.
    const { id, codes } = await createExercise(first.url, { scenario: 'demo-district', speed: 'max', until: '7d' });
    const token = await join(first.url, codes.chief);
    const chief = await connect(first.url, { token });
    clients.push(chief);
    await until('a first snapshot', () => chief.clock?.t > 2 * 1800);

    // Commands go out without waiting for each other, as busy players send them; the server
    // dies the moment the Nth acknowledgement arrives, with more still in flight.
    const N = 25;
    // A player's ack has no log number (issue 15): each command is known by its unique text.
    const acked: { text: string; t: number }[] = [];
    let dead: Promise<void> | null = null;
    for (let i = 0; i < N + 15; i++) {
      const text = { zh: `第${i}次续报` };
      void chief.ask('command', { type: 'sendReport', to: 'township:shimen', kind: 'update', text })
        .then((ack) => {
          if (ack.ok && !dead) { acked.push({ text: text.zh, t: ack.t }); if (acked.length === N) dead = killed(first); }
        }, () => { /* lost with the server */ });
      if (i % 5 === 4) await new Promise((r) => setTimeout(r, 20));
    }
    await until('N acknowledgements and the kill', () => dead !== null);
    await dead;
    expect(acked.length).toBe(N);
    const lastVersion = chief.version;
    chief.close();

    const second = await start(db);
    expect(second.json.resumed).toContain(id);
    const report = await api(second.url, 'GET', `/api/exercises/${id}/report`, undefined, ADMIN);
    expect(report.status).toBe(200);
    expect(report.body.commands).toBeGreaterThanOrEqual(N);

    // Every acknowledged command is in the log, at its time.
    const log = await api(second.url, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN);
    const entries = (log.body as string).trim().split('\n').map((l) => JSON.parse(l));
    const commands = new Map(entries.filter((e) => e.entry === 'command' && e.type === 'sendReport').map((e) => [e.text.zh, e]));
    for (const a of acked) {
      expect(commands.get(a.text), a.text).toMatchObject({ type: 'sendReport', t: a.t, role: 'chief' });
    }

    // The old token still works; the old version is unknown to the new process: a full view.
    const again = await connect(second.url, { token });
    clients.push(again);
    const sync = await again.ask('sync', { version: lastVersion });
    expect(sync).toMatchObject({ ok: false, error: 'staleVersion', full: true });
    const reports = again.view.reports.filter((r: any) => r.from === 'chief');
    for (const a of acked) expect(reports.map((r: any) => r.text.zh)).toContain(a.text);

    // And the clock runs on from where it was.
    const t0 = again.clock.t;
    await until('the resumed clock to move', () => again.clock.t > t0);
    await killed(second);

    // The database replays from t = 0 to the same commands (the CLI's --db path).
    const replay = spawnSync(process.execPath, ['bin/tuiyan.js', 'replay', id, '--db', db, '--json'], { encoding: 'utf8' });
    expect(replay.status, replay.stderr).toBe(0);
    const replayed = JSON.parse(replay.stdout);
    expect(replayed.commands).toBeGreaterThanOrEqual(N);
    expect(replayed.snapshot).toMatchObject({ matches: true });
  });
});
