// Runs seeds on a pool of worker threads, each taking the next seed when it finishes one, and
// reports progress. A worker that fails a run reports the error; the run is counted as failed.
import { Worker } from 'node:worker_threads';
import type { RunResult } from './runOne.ts';

export interface PoolOptions {
  scenarioPath: string;
  planFile: string;
  until: number;
  seeds: number[];
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

export async function runPool(o: PoolOptions): Promise<{ results: RunResult[]; failures: { seed: number; error: string }[] }> {
  const results: RunResult[] = [];
  const failures: { seed: number; error: string }[] = [];
  const queue = [...o.seeds];
  let done = 0;
  const n = Math.max(1, Math.min(o.workers, o.seeds.length));
  await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { scenarioPath: o.scenarioPath, planFile: o.planFile, until: o.until } });
    let finished = false;
    const next = () => {
      const seed = queue.shift();
      if (seed === undefined) { finished = true; void w.terminate().then(() => resolve()); return; }
      w.postMessage({ seed });
    };
    w.on('message', (m: { ready: true } | { ok: true; result: RunResult } | { ok: false; seed: number; error: string }) => {
      if ('ready' in m) { next(); return; }
      if (m.ok) results.push(m.result); else failures.push({ seed: m.seed, error: m.error });
      done++;
      o.onProgress?.(done, o.seeds.length);
      next();
    });
    w.on('error', (err) => { reject(err); });
    // A worker that dies without an error (killed, out of memory) must not leave the pool waiting.
    w.on('exit', (code) => { if (!finished) reject(new Error(`a validation worker exited (code ${code}) before its runs were done`)); });
  })));
  return { results: results.sort((a, b) => a.seed - b.seed), failures };
}
