// Plan validation throughput: a sample of runs of the default scenario with its plan on 2
// workers, extrapolated to the 200 runs of the benchmark table (running all 200 would take the
// bench itself past its own patience; the estimate is linear in runs per worker). The worker
// threads are this process's, so process.cpuUsage counts their CPU too: on a shared machine the
// CPU time per run (worker start-up and scenario load included, so an over-estimate for 200) is
// the figure that does not depend on what else runs; 200 runs on 2 free cores take
// cpuPerRun × 200 / 2.
import { runPool } from '../validate/pool.ts';
import { join } from 'node:path';

export async function benchValidate(sample = 4, workers = 2): Promise<{ sampleRuns: number; sampleSeconds: number; estimatedSecondsFor200: number; cpuSecondsPerRun: number; cpuEstimatedSecondsFor200: number }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { failures } = await runPool({
    scenarioPath: 'scenarios/demo-district', planFile: join('scenarios/demo-district', 'plan.json'), until: 86_400,
    seeds: Array.from({ length: sample }, (_, k) => 1 + k), workers,
  });
  if (failures.length) throw new Error(`validation bench: ${failures.length} runs failed: ${failures[0].error}`);
  const sampleSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSecondsPerRun = (cpu.user + cpu.system) / 1e6 / sample;
  return {
    sampleRuns: sample, sampleSeconds, estimatedSecondsFor200: (sampleSeconds * 200) / sample,
    cpuSecondsPerRun, cpuEstimatedSecondsFor200: (cpuSecondsPerRun * 200) / workers,
  };
}
