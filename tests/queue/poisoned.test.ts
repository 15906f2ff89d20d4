// A poisoned run — one that throws every time, as a seed whose scenario variant cannot be built
// would — is tried three times, then reported as failed with its seed; the rest of the batch
// completes and `tuiyan validate --queue` exits 1. The poison is the test-only hook
// TUIYAN_TEST_POISON_SEED read by the sandboxed processor (server/queue/processRun.ts).
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, dropQueue, ensureRedis, killWorker, miniWorld, REDIS_URL, ROOT, startWorker, uniqueQueueName, type WorkerProcess } from './helpers.ts';

const queueName = uniqueQueueName('poison');
const workers: WorkerProcess[] = [];

beforeAll(async () => { await ensureRedis(); }, 30_000);
afterAll(async () => { for (const w of workers) killWorker(w); await dropQueue(queueName); });

function validate(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'validate', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('a poisoned run on the queue', () => {
  it('is reported as failed with its seed after three tries, not retried forever', async () => {
    const { dir, planFile } = miniWorld();
    const worker = await startWorker(queueName, 2, { TUIYAN_TEST_POISON_SEED: '52' });
    workers.push(worker);
    const r = await validate([dir, '--plan', planFile, '--runs', '3', '--seed-base', '51', '--until', '2h', '--queue', REDIS_URL, '--queue-name', queueName, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/run with seed 52 failed: .*poisoned.*\(tried 3 times\)/);
    expect(r.stderr).not.toMatch(/seed (51|53) failed/);
    const summary = JSON.parse(r.stdout) as { runs: number; seedBase: number };
    expect(summary.runs).toBe(2);
    // Three tries in the worker's log, then no more.
    expect(worker.log().match(/seed 52 failed/g)).toHaveLength(3);
    expect(worker.log()).toMatch(/seed 51 done/);
    expect(worker.log()).toMatch(/seed 53 done/);
  }, 120_000);

  it('names an unreachable queue as the user\'s error (exit 2)', async () => {
    const { dir, planFile } = miniWorld();
    const r = await validate([dir, '--plan', planFile, '--runs', '1', '--queue', 'redis://127.0.0.1:1', '--queue-name', queueName]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--queue redis:\/\/127\.0\.0\.1:1: Redis does not answer/);
    const bad = await validate([dir, '--plan', planFile, '--queue', 'http://x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--queue must start with redis:\/\//);
  }, 60_000);
});
