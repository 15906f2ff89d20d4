// Shared by the queue tests: a real Redis on 127.0.0.1:6379 (started here if none answers —
// .ci/run installs Debian's redis-server), `tuiyan worker` processes, and a small scenario
// with a plan whose runs differ by seed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
export { miniWorld } from '../fixtures/miniWorld.ts';
import { queueConnection } from '../../server/queue/connection.ts';
import { redisAnswers } from '../../server/queue/probe.ts';

export const REDIS_URL = 'redis://127.0.0.1:6379';
export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/tuiyan.js');

const answers = (): Promise<boolean> => redisAnswers('127.0.0.1', 6379, 1000);

/** Redis answering on 127.0.0.1:6379: the one running, or a fresh one without persistence. */
export async function ensureRedis(): Promise<void> {
  if (await answers()) return;
  const r = spawnSync('redis-server', ['--port', '6379', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`no Redis on 127.0.0.1:6379 and redis-server would not start (apt-get install redis-server): ${r.error?.message ?? r.stderr}`);
  for (let i = 0; i < 50; i++) {
    if (await answers()) return;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('redis-server started but does not answer on 127.0.0.1:6379');
}

/** A queue name no other test (or parallel run) uses. */
export function uniqueQueueName(what: string): string {
  return `tuiyan-test-${what}-${randomUUID().slice(0, 8)}`;
}

/** Empties and deletes a test's queue. */
export async function dropQueue(name: string): Promise<void> {
  const q = new Queue(name, { connection: queueConnection(REDIS_URL) });
  await q.obliterate({ force: true });
  await q.close();
}

export interface WorkerProcess { child: ChildProcess; log: () => string }

/** `tuiyan worker` in a process group of its own (so killing it takes its sandboxed children
 *  too, as a machine dying would), resolved once it is taking runs. */
export function startWorker(queueName: string, concurrency: number, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', REDIS_URL, '--queue-name', queueName, '--concurrency', String(concurrency)], {
    cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => { text += d.toString(); if (text.includes('taking runs')) resolve({ child, log: () => text }); };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`tuiyan worker exited (code ${code}) before taking runs:\n${text}`)));
  });
}

/** Stops a worker process group outright (SIGKILL), if still there. */
export function killWorker(w: WorkerProcess): void {
  try { process.kill(-w.child.pid!, 'SIGKILL'); } catch { /* already gone */ }
}

