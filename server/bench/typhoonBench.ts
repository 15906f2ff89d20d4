// `tuiyan bench` row typhoonDay: the typhoon scenario's whole day headless with its sample
// commands (issue 19: each new scenario's day ≤ 10 s). Wall time is read here, in server/.
import { loadScenario } from '../scenarioFiles.ts';
import { readCommandsFile } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';

const FOLDER = 'scenarios/demo-district-typhoon';

export function benchTyphoonDay(): { seconds: number; loadMs: number; logEntries: number } {
  const loadStart = performance.now();
  const scenario = loadScenario(FOLDER);
  const loadMs = performance.now() - loadStart;
  const commands = readCommandsFile(`${FOLDER}/sample-commands.jsonl`);
  const start = performance.now();
  const { sim } = runHeadless(scenario, 1, 86_400, commands);
  return { seconds: (performance.now() - start) / 1000, loadMs, logEntries: sim.state.log.length };
}
