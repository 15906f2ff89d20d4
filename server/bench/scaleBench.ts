// `tuiyan bench --scale`: the same validation runs through the Redis queue with 1, 2 and 4
// `tuiyan worker` processes (one run at a time each) and through the local worker-thread pool
// with as many threads; runs per minute, and the queue's overhead per run (its extra wall time
// over the local pool's, per run). Worker start-up is not timed: a worker is started once and
// serves many batches.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { runPool } from '../validate/pool.ts';
import { queueConnection } from '../queue/connection.ts';
import { submitBatch } from '../queue/submit.ts';

export interface ScaleRow { processes: number; localRunsPerMinute: number; queueRunsPerMinute: number; overheadSecondsPerRun: number; overheadShare: number }

const BIN = fileURLToPath(new URL('../../bin/tuiyan.js', import.meta.url));

function startWorker(url: string, queueName: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--queue-name', queueName, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => { text += d.toString(); if (text.includes('taking runs')) resolve(child); });
    child.once('exit', (code) => reject(new Error(`tuiyan worker exited (code ${code}):\n${text}`)));
  });
}

export async function benchScale(o: { url: string; scenarioPath: string; planFile: string; until: number; runs: number; processes: number[] }): Promise<ScaleRow[]> {
  const connection = queueConnection(o.url);
  const seeds = Array.from({ length: o.runs }, (_, k) => 1 + k);
  const rows: ScaleRow[] = [];
  for (const n of o.processes) {
    let t = performance.now();
    await runPool({ scenarioPath: o.scenarioPath, planFile: o.planFile, until: o.until, seeds, workers: n });
    const localS = (performance.now() - t) / 1000;
    const queueName = `tuiyan-bench-${randomUUID().slice(0, 8)}`;
    const workers = await Promise.all(Array.from({ length: n }, () => startWorker(o.url, queueName)));
    try {
      t = performance.now();
      const r = await submitBatch({ connection, queueName, scenarioPath: o.scenarioPath, planFile: o.planFile, until: o.until, seeds });
      if (r.failures.length) throw new Error(`queued runs failed: ${r.failures.map((f) => `seed ${f.seed}: ${f.error}`).join('; ')}`);
    } finally {
      for (const w of workers) w.kill('SIGTERM');
      const q = new Queue(queueName, { connection });
      await q.obliterate({ force: true });
      await q.close();
    }
    const queueS = (performance.now() - t) / 1000;
    rows.push({
      processes: n,
      localRunsPerMinute: +((60 * o.runs) / localS).toFixed(1),
      queueRunsPerMinute: +((60 * o.runs) / queueS).toFixed(1),
      overheadSecondsPerRun: +((queueS - localS) / o.runs).toFixed(3),
      overheadShare: +((queueS - localS) / localS).toFixed(3),
    });
  }
  return rows;
}
