// Plan validation throughput: a sample of runs of the default scenario with its plan on 2
// workers, extrapolated to the 200 runs of the benchmark table (running all 200 would take the
// bench itself past its own patience; the estimate is linear in runs per worker).
import { runPool } from '../validate/pool.ts';
import { join } from 'node:path';

export async function benchValidate(sample = 4, workers = 2): Promise<{ sampleRuns: number; sampleSeconds: number; estimatedSecondsFor200: number }> {
  const start = performance.now();
  const { failures } = await runPool({
    scenarioPath: 'scenarios/demo-district', planFile: join('scenarios/demo-district', 'plan.json'), until: 86_400,
    seeds: Array.from({ length: sample }, (_, k) => 1 + k), workers,
  });
  if (failures.length) throw new Error(`validation bench: ${failures.length} runs failed: ${failures[0].error}`);
  const sampleSeconds = (performance.now() - start) / 1000;
  return { sampleRuns: sample, sampleSeconds, estimatedSecondsFor200: (sampleSeconds * 200) / sample };
}
