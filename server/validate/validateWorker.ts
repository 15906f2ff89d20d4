// A validation worker: loads the scenario and plan once, then runs the seeds it is sent, one
// message per finished run.
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan } from '../planFiles.ts';
import { runOne } from './runOne.ts';

const { scenarioPath, planFile, until } = workerData as { scenarioPath: string; planFile: string; until: number };
const scenario = loadScenario(scenarioPath);
const plan = loadPlan(planFile, scenario);
parentPort!.on('message', (msg: { seed: number } | { stop: true }) => {
  if ('stop' in msg) { parentPort!.close(); return; }
  try {
    parentPort!.postMessage({ ok: true, result: runOne(scenario, plan, msg.seed, until) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, seed: msg.seed, error: String((err as Error).stack ?? err) });
  }
});
parentPort!.postMessage({ ready: true });
