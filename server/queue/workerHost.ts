// `tuiyan worker`'s engine: takes validation runs off the queue, each in a sandboxed child
// process (processor.mjs) so a long CPU-bound run never stalls the lock renewal done here.
// A worker that dies mid-run stops renewing its lock; another worker's stalled-job check then
// puts the run back on the queue (same job id, so it is still counted once).
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ConnectionOptions } from 'bullmq';
import type { RunJobData, RunJobResult } from './runJob.ts';

export interface QueueWorkerOptions {
  connection: ConnectionOptions;
  queueName: string;
  concurrency: number;
}

/** A dead worker's run is back on the queue within about LOCK_MS + STALLED_CHECK_MS. */
const LOCK_MS = 10_000;
const STALLED_CHECK_MS = 5_000;

export function startQueueWorker(o: QueueWorkerOptions): Worker<RunJobData, RunJobResult> {
  const processor = fileURLToPath(new URL('./processor.mjs', import.meta.url));
  return new Worker<RunJobData, RunJobResult>(o.queueName, processor, {
    connection: o.connection,
    concurrency: o.concurrency,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    // A run may be orphaned by a dying worker twice and still be retried; a third time it fails.
    maxStalledCount: 2,
    // Recorded on each job (processedBy): which machine and process ran it.
    name: `${hostname()}:${process.pid}`,
  });
}
