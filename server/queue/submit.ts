// The submitting side of a queued validation: one job per seed under a fresh batch id, then
// waits until every seed has either a result or a final failure, reporting progress. A seed is
// one job (its id is batch+seed), so a run retried after a worker died is still counted once.
// Waiting polls the batch's jobs rather than listening to events: a missed event (the submitter
// reconnecting) cannot leave it waiting forever.
import { randomUUID } from 'node:crypto';
import { Queue, type ConnectionOptions } from 'bullmq';
import type { RunResult } from '../validate/runOne.ts';
import { redisAnswers } from './probe.ts';
import { RUN_ATTEMPTS, runJobId, type RunJobData, type RunJobResult } from './runJob.ts';

export interface SubmitOptions {
  connection: ConnectionOptions;
  queueName: string;
  scenarioPath: string;
  planFile: string;
  until: number;
  seeds: number[];
  onProgress?: (done: number, total: number) => void;
  /** How long to wait for Redis to answer the first PING (ms). */
  connectTimeout?: number;
}

export interface BatchOutcome {
  batch: string;
  results: RunResult[];
  failures: { seed: number; error: string }[];
}

export class QueueUnreachableError extends Error {}

const POLL_MS = 250;

export async function submitBatch(o: SubmitOptions): Promise<BatchOutcome> {
  const { host, port } = o.connection as { host: string; port: number };
  if (!(await redisAnswers(host, port, o.connectTimeout ?? 3000))) throw new QueueUnreachableError(`Redis does not answer at ${host}:${port} — is redis-server running there?`);
  const queue = new Queue<RunJobData, RunJobResult>(o.queueName, { connection: o.connection });
  queue.on('error', () => { /* reconnects on its own */ });
  const batch = randomUUID();
  try {
    await queue.addBulk(o.seeds.map((seed) => ({
      name: 'run',
      data: { batch, scenarioPath: o.scenarioPath, planFile: o.planFile, until: o.until, seed },
      opts: { jobId: runJobId(batch, seed), attempts: RUN_ATTEMPTS, removeOnComplete: false, removeOnFail: false },
    })));
    const results = new Map<number, RunResult>();
    const failures = new Map<number, string>();
    const pending = new Set(o.seeds);
    while (pending.size) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      // State first, then the job: a finished job stays finished, so its result read after is
      // there (read the other way round, a run finishing in between had no result yet).
      const seen = await Promise.all([...pending].map(async (seed) => {
        const state = await queue.getJobState(runJobId(batch, seed));
        if (state !== 'completed' && state !== 'failed') return { seed, state, job: null };
        const job = await queue.getJob(runJobId(batch, seed));
        if (!job) throw new Error(`the job for seed ${seed} vanished from queue ${o.queueName} (was the queue emptied?)`);
        return { seed, state, job };
      }));
      let moved = false;
      for (const { seed, job, state } of seen) {
        if (!job) continue;
        if (state === 'completed') results.set(seed, job.returnvalue);
        else if (state === 'failed') failures.set(seed, `${job.failedReason} (tried ${job.attemptsMade} times)`);
        else continue;
        pending.delete(seed);
        moved = true;
      }
      if (moved) o.onProgress?.(o.seeds.length - pending.size, o.seeds.length);
    }
    return {
      batch,
      results: [...results.values()].sort((a, b) => a.seed - b.seed),
      failures: [...failures.entries()].sort((a, b) => a[0] - b[0]).map(([seed, error]) => ({ seed, error })),
    };
  } finally {
    // The batch's jobs have been read: leave nothing behind in Redis.
    await Promise.all(o.seeds.map((seed) => queue.remove(runJobId(batch, seed)).catch(() => 0)));
    await queue.close();
  }
}
