// The submitting side of a queued validation: one job per seed under a fresh batch id, then
// waits until every seed has either a result or a final failure, reporting progress. A seed is
// one job (its id is batch+seed), so a run retried after a worker died is still counted once.
// Waiting polls the batch's jobs rather than listening to events: a missed event (the submitter
// reconnecting) cannot leave it waiting forever.
import { randomUUID } from 'node:crypto';
import { Queue, type ConnectionOptions } from 'bullmq';
import type { RunResult } from '../validate/runOne.ts';
import { RUN_ATTEMPTS, runJobId, type RunJobData, type RunJobResult } from './runJob.ts';

export interface SubmitOptions {
  connection: ConnectionOptions;
  queueName: string;
  scenarioPath: string;
  planFile: string;
  until: number;
  seeds: number[];
  onProgress?: (done: number, total: number) => void;
  /** How long to wait for Redis to answer before giving up (ms). */
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
  const queue = new Queue<RunJobData, RunJobResult>(o.queueName, { connection: o.connection });
  queue.on('error', () => { /* reconnects on its own; a dead server is caught by the timeout below */ });
  const batch = randomUUID();
  try {
    await reachable(queue, o.connectTimeout ?? 5000);
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
      const seen = await Promise.all([...pending].map(async (seed) => {
        const job = await queue.getJob(runJobId(batch, seed));
        if (!job) throw new Error(`the job for seed ${seed} vanished from queue ${o.queueName} (was the queue emptied?)`);
        return { seed, job, state: await job.getState() };
      }));
      let moved = false;
      for (const { seed, job, state } of seen) {
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

async function reachable(queue: Queue, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnreachableError(`Redis did not answer within ${ms / 1000} s — is redis-server running there?`)), ms);
  });
  try {
    await Promise.race([queue.waitUntilReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
