// Shared by the queue tests: a real Redis on 127.0.0.1:6379 (started here if none answers —
// .ci/run installs Debian's redis-server), `tuiyan worker` processes, and a small scenario
// with a plan whose runs differ by seed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { miniScenarioJson, writeMiniScenario } from '../fixtures/miniScenario.ts';
import { queueConnection } from '../../server/queue/connection.ts';

export const REDIS_URL = 'redis://127.0.0.1:6379';
export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/tuiyan.js');

function answers(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port: 6379 });
    s.setTimeout(1000);
    s.once('connect', () => { s.write('PING\r\n'); });
    s.once('data', (d) => { s.destroy(); resolve(d.toString().startsWith('+PONG')); });
    s.once('error', () => resolve(false));
    s.once('timeout', () => { s.destroy(); resolve(false); });
  });
}

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

/** The small scenario and a plan with a report timed by a jittered call, so seeds differ. */
export function miniWorld(): { dir: string; planFile: string } {
  const json = miniScenarioJson();
  json.injects = [{ id: 'call', t: '30m', jitter: '30m', kind: 'message', visibleTo: ['township:town1'], payload: { from: { zh: '群众' }, text: { zh: '村里进水了' } } }];
  const dir = writeMiniScenario(json);
  const planFile = join(dir, 'plan.json');
  writeFileSync(planFile, JSON.stringify({
    format: 'tuiyan-plan/1', id: 'mini-plan', name: { zh: '小测试区预案' }, source: { zh: '测试' },
    reaction: { chief: ['1m', '20m'], township: ['1m', '20m'] },
    requirements: [
      { id: 'report', name: { zh: '接报后报告' }, capability: 'warningAndReporting', role: 'township:town1', trigger: { event: 'injectFired', match: { inject: 'call' } },
        action: { type: 'sendReport', to: 'chief', kind: 'initial', text: { zh: '上游村进水' } }, within: '10m', source: { zh: '5.2' } },
      { id: 'evacuate', name: { zh: '组织转移' }, capability: 'protectionAndEvacuation', role: 'chief', trigger: { after: 'report' },
        action: { type: 'orderEvacuation', villages: ['v1'] }, within: '15m', source: { zh: '6.1' } },
      { id: 'moved', name: { zh: '险户转移完成' }, capability: 'protectionAndEvacuation', role: 'township:town1', trigger: { after: 'evacuate' },
        outcome: { measure: 'evacuated', villages: ['v1'], share: 0.8 }, within: '2h', source: { zh: '6.2' } },
    ],
  }));
  return { dir, planFile };
}
