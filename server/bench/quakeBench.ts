// The earthquake exercise's first 72 h headless (issue 18's bench row): scenarios/demo-district-quake
// with its sample command log and the autopilot playing the other roles by its plan.
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan } from '../planFiles.ts';
import { readCommandsFile } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';

const DIR = 'scenarios/demo-district-quake';

export function benchQuake(): { seconds: number; ticks: number; logEntries: number } {
  const scenario = loadScenario(DIR);
  const plan = loadPlan(`${DIR}/plan.json`, scenario);
  const commands = readCommandsFile(`${DIR}/sample-commands.jsonl`);
  const start = performance.now();
  const { sim } = runHeadless(scenario, 1, 72 * 3600, commands, { plan });
  return { seconds: (performance.now() - start) / 1000, ticks: sim.state.t, logEntries: sim.state.log.length };
}
