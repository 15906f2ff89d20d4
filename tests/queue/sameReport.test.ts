// Validation through the Redis queue gives exactly the report a local run of the same seeds
// gives: the same per-run results (state hashes included) and the same aggregates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPool } from '../../server/validate/pool.ts';
import { aggregate } from '../../server/validate/aggregate.ts';
import { submitBatch } from '../../server/queue/submit.ts';
import { queueConnection } from '../../server/queue/connection.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { dropQueue, ensureRedis, killWorker, miniWorld, REDIS_URL, startWorker, uniqueQueueName, type WorkerProcess } from './helpers.ts';

const queueName = uniqueQueueName('same');
const workers: WorkerProcess[] = [];

beforeAll(async () => { await ensureRedis(); }, 30_000);
afterAll(async () => { for (const w of workers) killWorker(w); await dropQueue(queueName); });

describe('tuiyan validate --queue', () => {
  it('gives the same results and aggregates as the local worker threads for the same seeds', async () => {
    const { dir, planFile } = miniWorld();
    const seeds = [21, 22, 23, 24];
    const until = 4 * 3600;
    workers.push(await startWorker(queueName, 1), await startWorker(queueName, 1));
    const progress: number[] = [];
    const queued = await submitBatch({ connection: queueConnection(REDIS_URL), queueName, scenarioPath: dir, planFile, until, seeds, onProgress: (d) => progress.push(d) });
    const local = await runPool({ scenarioPath: dir, planFile, until, seeds, workers: 2 });
    expect(queued.failures).toEqual([]);
    expect(queued.results.map((r) => r.seed)).toEqual(seeds);
    expect(progress.at(-1)).toBe(seeds.length);
    // Each run's final state hash, seed by seed, and everything else a run reports.
    expect(queued.results.map((r) => [r.seed, r.stateHash])).toEqual(local.results.map((r) => [r.seed, r.stateHash]));
    expect(queued.results).toEqual(local.results);
    const scenario = loadScenario(dir);
    const plan = loadPlan(planFile, scenario);
    const cmd = (s: number) => `--seed ${s}`;
    expect(aggregate(plan, scenario.id, 21, queued.results, cmd)).toEqual(aggregate(plan, scenario.id, 21, local.results, cmd));
    // The seeds differ, so equal reports are not equal by accident.
    expect(new Set(queued.results.map((r) => r.stateHash)).size).toBeGreaterThan(1);
    // Both worker processes took part and the batch left no jobs behind.
    expect(workers.filter((w) => /seed \d+ done/.test(w.log())).length).toBe(2);
    const left = await import('bullmq').then(({ Queue }) => new Queue(queueName, { connection: queueConnection(REDIS_URL) }));
    expect(await left.getJobCountByTypes('completed', 'failed', 'active', 'wait')).toBe(0);
    await left.close();
  }, 120_000);
});
