// The exercise server under load (DESIGN.md benchmark table: 200 clients in one exercise at
// 60×, command ack p99 ≤ 50 ms on loopback), also 10 exercises at once, and the server's memory
// after an hour of sim time at max speed. The server runs as a child process (`tuiyan serve`),
// as in use; the clients are socket.io clients in this process, so both share the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import type { Figure } from '../cli/benchCommand.ts';
import { secretToken } from '../serve/ids.ts';
import { loadScenario } from '../scenarioFiles.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = 'demo-district';
/** Wall seconds of load per phase, and how often each client sends a command. */
const LOAD_SECONDS = 20;
const SEND_EVERY_MS = 2000;
/** The bench's clients all join from loopback: one address, as a classroom behind one NAT would. */
const JOINS_PER_MINUTE = 10_000;

export interface Child { url: string; child: ChildProcess; admin: string; dir: string }

export async function startChild(): Promise<Child> {
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-bench-server-'));
  const admin = secretToken();
  const child = spawn(process.execPath, [join(ROOT, 'bin/tuiyan.js'), 'serve', '--port', '0', '--db', join(dir, 'bench.db'), '--json', '--joins-per-minute', String(JOINS_PER_MINUTE)], {
    cwd: ROOT, env: { ...process.env, TUIYAN_ADMIN_TOKEN: admin }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr!.on('data', (d) => errors.push(String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => { try { resolve(JSON.parse(line).url); } catch (err) { reject(err); } });
    child.once('exit', (code) => reject(new Error(`tuiyan serve exited with ${code}: ${errors.join('')}`)));
  });
  return { url, child, admin, dir };
}

export async function stopChild(c: Child): Promise<void> {
  await new Promise<void>((resolve) => {
    if (c.child.exitCode !== null) { resolve(); return; }
    c.child.once('exit', () => resolve());
    c.child.kill('SIGTERM');
    setTimeout(() => c.child.kill('SIGKILL'), 20_000).unref();
  });
  rmSync(c.dir, { recursive: true, force: true });
}

export async function call(c: Child, method: string, path: string, body?: unknown, admin = true): Promise<any> {
  const res = await fetch(c.url + path, {
    method, headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${c.admin}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Roles for `n` clients of one exercise: the chief, townships and teams send orders; some observe. */
function castRoles(s: Scenario, n: number): string[] {
  const townships = s.townships.map((t) => `township:${t.id}`);
  const teams = s.teams.map((t) => `team:${t.id}`);
  const pool = ['director', 'chief', ...townships, ...teams, 'observer', 'evaluator'];
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) out.push(pool[i % pool.length]);
  return out;
}

/** A command this role may give (most are accepted; some, like a repeated recall, are refused). */
function commandFor(s: Scenario, role: string, k: number): { event: string; payload: unknown } | null {
  const [kind, id] = role.split(':');
  if (kind === 'chief') return { event: 'command', payload: { type: 'sendReport', to: `township:${s.townships[k % s.townships.length].id}`, kind: 'instruction', text: { zh: `第${k}号指示` } } };
  if (kind === 'township') return { event: 'command', payload: { type: 'sendReport', to: 'chief', kind: 'update', text: { zh: `续报${k}` }, figures: { evacuated: k } } };
  if (kind === 'team') {
    const team = s.teams.find((t) => t.id === id)!;
    const village = s.villages[(k * 7 + id.length) % s.villages.length];
    return { event: 'command', payload: k % 2 ? { type: 'recall', unit: team.id } : { type: 'dispatch', unit: team.id, to: { place: village.id }, task: 'standby' } };
  }
  if (kind === 'director') return { event: 'inject', payload: { adHoc: { kind: 'message', to: 'chief', from: { zh: '群众' }, text: { zh: `来电${k}` } } } };
  return null;
}

interface LoadResult { latencies: number[]; sent: number; accepted: number; rejected: number; failed: number; seconds: number }

async function drive(c: Child, exercises: { id: string; codes: Record<string, string> }[], clientsPer: number, s: Scenario): Promise<LoadResult> {
  const sockets: Socket[] = [];
  const plan: { socket: Socket; role: string }[] = [];
  for (const ex of exercises) {
    for (const role of castRoles(s, clientsPer)) {
      const { token } = await call(c, 'POST', '/api/join', { code: ex.codes[role] }, role === 'director');
      const socket = io(c.url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
      sockets.push(socket);
      plan.push({ socket, role });
    }
  }
  await Promise.all(sockets.map((sk) => new Promise<void>((resolve, reject) => {
    if (sk.connected) resolve();
    sk.once('connect', () => resolve());
    sk.once('connect_error', reject);
  })));
  const r: LoadResult = { latencies: [], sent: 0, accepted: 0, rejected: 0, failed: 0, seconds: LOAD_SECONDS };
  const timers: NodeJS.Timeout[] = [];
  const pending: Promise<void>[] = [];
  plan.forEach(({ socket, role }, i) => {
    let k = 0;
    const send = () => {
      const cmd = commandFor(s, role, k++);
      if (!cmd) return;
      const t0 = performance.now();
      r.sent++;
      pending.push(socket.timeout(30_000).emitWithAck(cmd.event, cmd.payload).then((ack: any) => {
        r.latencies.push(performance.now() - t0);
        if (ack.ok) r.accepted++; else r.rejected++;
      }, () => { r.failed++; }));
    };
    // Spread the clients' first orders over the period, so the load is steady.
    timers.push(setTimeout(() => { send(); timers.push(setInterval(send, SEND_EVERY_MS)); }, (i * SEND_EVERY_MS) / plan.length));
  });
  await new Promise((resolve) => setTimeout(resolve, LOAD_SECONDS * 1000));
  for (const t of timers) { clearTimeout(t); clearInterval(t); }
  await Promise.all(pending);
  for (const sk of sockets) sk.disconnect();
  return r;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function ackFigure(id: string, label: string, r: LoadResult, clients: number): Figure {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  return {
    id, label, value: +p99.toFixed(1), unit: 'ms', aim: '≤ 50 ms', met: p99 <= 50 && r.failed === 0,
    detail: {
      clients, commands: r.sent, perSecond: +(r.sent / r.seconds).toFixed(1), accepted: r.accepted, rejected: r.rejected, failed: r.failed,
      p50: +percentile(sorted, 50).toFixed(1), p95: +percentile(sorted, 95).toFixed(1), max: +(sorted.at(-1) ?? NaN).toFixed(1),
    },
  };
}

async function untilSimTime(c: Child, id: string, t: number): Promise<number> {
  const start = performance.now();
  for (;;) {
    const stats = await call(c, 'GET', '/api/stats');
    const ex = stats.exercises.find((e: any) => e.id === id);
    if (ex.t >= t || ex.status !== 'running') return (performance.now() - start) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function serverLoadFigures(): Promise<Figure[]> {
  const s = loadScenario(join(ROOT, 'scenarios', SCENARIO));
  const figures: Figure[] = [];

  // Memory: a fresh server, one exercise at max speed for an hour of sim time.
  let c = await startChild();
  try {
    const { id } = await call(c, 'POST', '/api/exercises', { scenario: SCENARIO, speed: 'max' });
    const wall = await untilSimTime(c, id, 3600);
    const stats = await call(c, 'GET', '/api/stats');
    // … and on to the end of the day, for the growth of the log and the views.
    const wallDay = await untilSimTime(c, id, 86_400);
    const day = await call(c, 'GET', '/api/stats');
    figures.push({
      id: 'serverMemory', label: 'server memory after 1 h of sim time at max speed (one exercise, RSS)', value: +stats.memory.rssMb.toFixed(1), unit: 'MB',
      aim: 'reported', met: true, detail: {
        heapUsedMb: +stats.memory.heapUsedMb.toFixed(1), arrayBuffersMb: +stats.memory.arrayBuffersMb.toFixed(1), wallSeconds: +wall.toFixed(1),
        rssAfter24hMb: +day.memory.rssMb.toFixed(1), heapUsedAfter24hMb: +day.memory.heapUsedMb.toFixed(1), wallSecondsTo24h: +(wall + wallDay).toFixed(1),
      },
    });
  } finally {
    await stopChild(c);
  }

  // 200 clients in one exercise at 60×.
  c = await startChild();
  try {
    const one = await call(c, 'POST', '/api/exercises', { scenario: SCENARIO, speed: '60x' });
    const r = await drive(c, [one], 200, s);
    figures.push(ackFigure('serverAck', 'server, 200 clients in one exercise at 60×, command ack p99', r, 200));

    // 10 exercises at once, 20 clients each, all at 60×.
    const many = [];
    for (let i = 0; i < 10; i++) many.push(await call(c, 'POST', '/api/exercises', { scenario: SCENARIO, seed: i + 1, speed: '60x' }));
    const r10 = await drive(c, many, 20, s);
    const stats = await call(c, 'GET', '/api/stats');
    const f = ackFigure('serverAck10', 'server, 10 exercises at 60× with 20 clients each, command ack p99', r10, 200);
    f.detail = { ...f.detail, rssMb: +stats.memory.rssMb.toFixed(1), slowestSimT: Math.min(...stats.exercises.map((e: any) => e.t)) };
    figures.push(f);
  } finally {
    await stopChild(c);
  }
  return figures;
}
