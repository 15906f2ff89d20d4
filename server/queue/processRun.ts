// The sandboxed processor: runs one validation job in a child process of `tuiyan worker`, so a
// long CPU-bound run never stalls the worker's lock renewal. A child is reused for many jobs,
// so the scenario and plan are loaded once per child and file, not once per run.
import type { SandboxedJob } from 'bullmq';
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan } from '../planFiles.ts';
import { runOne } from '../validate/runOne.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { RunJobData, RunJobResult } from './runJob.ts';

const loaded = new Map<string, { scenario: Scenario; plan: Plan }>();

function world(scenarioPath: string, planFile: string): { scenario: Scenario; plan: Plan } {
  const key = JSON.stringify([scenarioPath, planFile]);
  let w = loaded.get(key);
  if (!w) {
    const scenario = loadScenario(scenarioPath);
    w = { scenario, plan: loadPlan(planFile, scenario) };
    loaded.set(key, w);
  }
  return w;
}

export default async function processRun(job: SandboxedJob<RunJobData, RunJobResult>): Promise<RunJobResult> {
  const { scenarioPath, planFile, until, seed } = job.data;
  // Test-only hook (tests/queue/poisoned.test.ts): a run that always throws, as a seed whose
  // scenario variant cannot be built would. Never set outside tests.
  if (process.env.TUIYAN_TEST_POISON_SEED === String(seed)) throw new Error(`seed ${seed}: poisoned by TUIYAN_TEST_POISON_SEED (test hook)`);
  const { scenario, plan } = world(scenarioPath, planFile);
  return runOne(scenario, plan, seed, until);
}
