// A worker killed mid-run (SIGKILL to its process group, as a machine dying) loses nothing: its
// run's lock lapses, another worker's stalled-job check puts it back, and the batch completes
// with every seed counted once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, QueueEvents } from 'bullmq';
import { submitBatch } from '../../server/queue/submit.ts';
import { queueConnection } from '../../server/queue/connection.ts';
import { runPool } from '../../server/validate/pool.ts';
import { dropQueue, ensureRedis, killWorker, miniWorld, REDIS_URL, startWorker, uniqueQueueName, type WorkerProcess } from './helpers.ts';

const queueName = uniqueQueueName('kill');
const workers: WorkerProcess[] = [];

beforeAll(async () => { await ensureRedis(); }, 30_000);
afterAll(async () => { for (const w of workers) killWorker(w); await dropQueue(queueName); });

describe('tuiyan worker killed mid-run', () => {
  it('has its run retried by another worker; every seed is counted once', async () => {
    const { dir, planFile } = miniWorld();
    const seeds = [41, 42, 43];
    const until = 4 * 3600;
    const connection = queueConnection(REDIS_URL);
    const events = new QueueEvents(queueName, { connection });
    await events.waitUntilReady();
    const stalled: string[] = [];
    events.on('stalled', ({ jobId }) => stalled.push(jobId));
    const queue = new Queue(queueName, { connection });

    const victim = await startWorker(queueName, 1);
    workers.push(victim);
    const batch = submitBatch({ connection, queueName, scenarioPath: dir, planFile, until, seeds });
    // Kill the victim as soon as it holds a run (its child is still starting or running it).
    let held: string | undefined;
    while (!held) {
      held = (await queue.getActive())[0]?.id;
      if (!held) await new Promise((r) => setTimeout(r, 20));
    }
    killWorker(victim);
    workers.push(await startWorker(queueName, 2));
    const { results, failures } = await batch;

    expect(failures).toEqual([]);
    expect(results.map((r) => r.seed)).toEqual(seeds);
    // The held run really was orphaned and put back, not finished by the victim.
    expect(stalled).toContain(held);
    expect(victim.log()).not.toMatch(/seed \d+ done/);
    // Retried elsewhere, it is the same run: the same final state as a local run of that seed.
    const local = await runPool({ scenarioPath: dir, planFile, until, seeds, workers: 1 });
    expect(results.map((r) => r.stateHash)).toEqual(local.results.map((r) => r.stateHash));
    await events.close();
    await queue.close();
  }, 120_000);
});
