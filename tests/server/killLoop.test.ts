// kill -9 in a loop while several sockets stream commands (issue 15): after every restart each
// acknowledged command is in the resumed server's log at its time, and
// `tuiyan replay <id> --db FILE` with its default end folds every stored command, with a hash
// that is the same each time it is run and a snapshot it agrees with.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ADMIN, api, childServer, connect, createExercise, join, removeTempDbs, tempDb, until, type ChildServer, type Client } from './helpers.ts';
import { Store } from '../../server/serve/store.ts';

const children: ChildServer[] = [];
const clients: Client[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  for (const s of children.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});
afterAll(() => removeTempDbs());

function killed(s: ChildServer): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) { resolve(); return; }
    s.child.once('exit', () => resolve());
    s.child.kill('SIGKILL');
  });
}

function replay(id: string, db: string): { stateHash: string; ticks: number; commands: number; snapshot?: { matches: boolean } } {
  const r = spawnSync(process.execPath, ['bin/tuiyan.js', 'replay', id, '--db', db, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`replay exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const ROLES = ['chief', 'township:hupan', 'township:shimen'] as const;
const TO: Record<string, string> = { chief: 'township:shimen', 'township:hupan': 'chief', 'township:shimen': 'chief' };

describe('kill -9 in a loop under streaming commands', () => {
  it('loses no acknowledged command, in the resumed state or in the default replay', async () => {
    const db = tempDb();
    const ROUNDS = 3;
    // A player's ack carries no log number (issue 15): each report's text is unique, so it names it.
    const acked = new Map<string, { t: number; role: string }>();
    const byText = (entries: { type?: string; text?: { zh: string } }[]) => new Map(entries.filter((e) => e.type === 'sendReport').map((e) => [e.text!.zh, e]));
    let id = '';
    const tokens: Record<string, string> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const server = await childServer(db);
      children.push(server);
      if (round === 0) {
        const made = await createExercise(server.url, { scenario: 'demo-district', speed: 'max', until: '7d' });
        id = made.id;
        for (const r of ROLES) tokens[r] = await join(server.url, made.codes[r]);
      } else {
        expect(server.json.resumed).toContain(id);
        // Everything acknowledged before every earlier kill is in the resumed state's log.
        const log = await api(server.url, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN);
        const commands = byText((log.body as string).trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.entry === 'command'));
        for (const [text, a] of acked) expect(commands.get(text), `${text} after round ${round}`).toMatchObject({ type: 'sendReport', t: a.t, role: a.role });
      }
      const sockets = await Promise.all(ROLES.map((r) => connect(server.url, { token: tokens[r] })));
      clients.push(...sockets);

      // Every socket streams reports without waiting for answers; the server dies when this
      // round's 30th acknowledgement arrives, with more in flight.
      let thisRound = 0;
      let dead: Promise<void> | null = null;
      let n = 0;
      while (!dead) {
        sockets.forEach((s, k) => {
          const role = ROLES[k];
          const text = `${role}第${round}轮第${n}条`;
          void s.ask('command', { type: 'sendReport', to: TO[role], kind: 'update', text: { zh: text } }).then((ack) => {
            if (!ack.ok || dead) return;
            acked.set(text, { t: ack.t, role });
            if (++thisRound === 30) dead = killed(server);
          }, () => { /* lost with the server */ });
        });
        n++;
        await new Promise((r) => setTimeout(r, 60));
        if (n > 2000) throw new Error('no acknowledgements');
      }
      await dead;
      for (const s of sockets) s.close();
    }
    expect(acked.size).toBeGreaterThanOrEqual(ROUNDS * 30);

    // The last kill left the database as it was: replay it, twice, by default to its last command.
    const first = replay(id, db);
    const again = replay(id, db);
    expect(again.stateHash).toBe(first.stateHash);
    expect(first.snapshot?.matches ?? true).toBe(true);
    const store = new Store(db, { mustExist: true });
    try {
      expect(first.commands).toBe(store.commandCount(id));
      const stored = byText(store.commandsFrom(id, 0, Number.MAX_SAFE_INTEGER).map((c) => JSON.parse(c.entry)));
      for (const [text, a] of acked) expect(stored.get(text)).toMatchObject({ role: a.role });
    } finally {
      store.close();
    }
    expect(first.ticks).toBeGreaterThanOrEqual(Math.max(...[...acked.values()].map((a) => a.t)));
  });
});
