// Helpers for the exercise-server tests: a server in this process or in a child process (to
// kill it), HTTP calls, and socket.io clients that record what they receive and keep the view
// up to date with immer's applyPatches, as a browser client would.
import { afterAll, beforeAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import { applyPatches, enablePatches, type Patch } from 'immer';
import { startServer, type RunningServer } from '../../server/serve/server.ts';
import type { Limits } from '../../server/serve/limits.ts';

enablePatches();

export const ADMIN = 'test-admin-token-0123456789';
const ROOT = new URL('../../', import.meta.url).pathname;

const tempDirs: string[] = [];

/** Removes the temporary databases made by tempDb (call in afterAll, after the servers stop). */
export function removeTempDbs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDb(): string {
  const dir = mkdtempSync(pathJoin(tmpdir(), 'tuiyan-server-'));
  tempDirs.push(dir);
  return pathJoin(dir, 'tuiyan.db');
}

export async function inProcessServer(db = tempDb(), options: { snapshotEvery?: number; limits?: Partial<Limits> } = {}): Promise<RunningServer & { logs: string[] }> {
  const logs: string[] = [];
  const server = await startServer({ db, port: 0, adminToken: ADMIN, log: (m) => logs.push(m), ...options });
  return Object.assign(server, { logs });
}

export interface ChildServer { url: string; child: ChildProcess; stderr: string[]; json: any }

/** `tuiyan serve --port 0 --db FILE --json` in a child process; resolves once it listens. */
export function childServer(db: string): Promise<ChildServer> {
  const child = spawn(process.execPath, [pathJoin(ROOT, 'bin/tuiyan.js'), 'serve', '--port', '0', '--db', db, '--json'], {
    cwd: ROOT, env: { ...process.env, TUIYAN_ADMIN_TOKEN: ADMIN }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      try { const json = JSON.parse(line); resolve({ url: json.url, child, stderr, json }); } catch (err) { reject(err); }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr.join('')}`)));
  });
}

export async function api(base: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(base + path, {
    method,
    // A fresh connection per call: a test that talks over sockets for longer than the server's
    // keep-alive timeout would otherwise race the server closing the idle pooled connection
    // (ECONNRESET on the next call).
    headers: { connection: 'close', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: any = text;
  try { parsed = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body: parsed };
}

export async function createExercise(base: string, body: Record<string, unknown>): Promise<{ id: string; codes: Record<string, string> }> {
  const r = await api(base, 'POST', '/api/exercises', body, ADMIN);
  if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function join(base: string, code: string, admin = false): Promise<string> {
  const r = await api(base, 'POST', '/api/join', { code }, admin ? ADMIN : undefined);
  if (r.status !== 200) throw new Error(`join: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}

/** Polls until `check` returns a truthy value (no timing assertions: generous, for slow machines). */
export async function until<T>(what: string, check: () => T | Promise<T>, timeoutMs = 60_000): Promise<NonNullable<Awaited<T>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<Awaited<T>>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export class Client {
  readonly socket: Socket;
  /** Every message received, in order, as [event, payload]. */
  readonly received: [string, any][] = [];
  view: any = null;
  version: number | null = null;
  /** The view as patched, by version. */
  readonly byVersion = new Map<number, any>();
  clock: any = null;
  errors: any[] = [];

  constructor(base: string, auth: Record<string, unknown>) {
    this.socket = io(base, { transports: ['websocket'], auth, reconnection: false, forceNew: true });
    this.socket.onAny((event, payload) => {
      this.received.push([event, payload]);
      if (event === 'view') { this.view = payload.view; this.version = payload.version; this.byVersion.set(payload.version, payload.view); }
      if (event === 'patch' && this.version === payload.from) {
        this.view = applyPatches(this.view, payload.patches as Patch[]);
        this.version = payload.version;
        this.byVersion.set(payload.version, this.view);
      }
      if (event === 'clock') this.clock = payload;
      if (event === 'error') this.errors.push(payload);
    });
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) { resolve(); return; }
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (err) => reject(err));
    });
  }

  /** Emits and waits for the ack. */
  ask(event: string, ...args: unknown[]): Promise<any> {
    return this.socket.timeout(60_000).emitWithAck(event, ...args);
  }

  close(): void {
    this.socket.disconnect();
  }
}

export async function connect(base: string, auth: Record<string, unknown>): Promise<Client> {
  const c = new Client(base, auth);
  await c.connected();
  await until('the first view', () => c.view !== null);
  return c;
}

/**
 * One in-process server for a test file: started before its tests, closed after them with every
 * client the tests opened (push them on `clients`). Read `fixture.server` inside tests.
 */
export function useInProcessServer(options: Parameters<typeof inProcessServer>[1] = {}): { readonly server: Awaited<ReturnType<typeof inProcessServer>>; clients: Client[] } {
  let server: Awaited<ReturnType<typeof inProcessServer>> | undefined;
  const clients: Client[] = [];
  beforeAll(async () => { server = await inProcessServer(undefined, options); });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.close();
    removeTempDbs();
  });
  return { get server() { return server!; }, clients };
}
