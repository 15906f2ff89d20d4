// The job the new-scenario worker runs: newScenario with the options the page sent; the answer
// (or the problems, each naming where and what) goes back to the server thread.
import { parentPort, workerData } from 'node:worker_threads';
import { newScenario, NewScenarioError } from '../../newScenario.ts';

const { from, to, options } = workerData as { from: string; to: string; options: Parameters<typeof newScenario>[2] };
try {
  parentPort!.postMessage({ ok: true, result: newScenario(from, to, options) });
} catch (err) {
  if (err instanceof NewScenarioError) parentPort!.postMessage({ ok: false, problems: err.problems });
  else parentPort!.postMessage({ ok: false, problems: [{ file: to, path: '$', message: `internal error: ${(err as Error).message}` }] });
}
