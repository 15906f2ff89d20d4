// The chlorine-release exercise's whole day headless (issue 19: each new scenario's day ≤ 10 s),
// with its sample commands, and with nobody playing (the leak runs until the tank is empty, the
// most plume steps the day can have).
import { loadScenario } from '../scenarioFiles.ts';
import { readCommandsFile } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';

const DIR = 'scenarios/demo-district-chemical';

export function benchChemicalDay(): { played: number; unplayed: number; released: number } {
  const scenario = loadScenario(DIR);
  const commands = readCommandsFile(`${DIR}/sample-commands.jsonl`);
  let start = performance.now();
  runHeadless(scenario, 1, 86_400, commands);
  const played = (performance.now() - start) / 1000;
  start = performance.now();
  const { sim } = runHeadless(scenario, 1, 86_400, []);
  const unplayed = (performance.now() - start) / 1000;
  return { played, unplayed, released: sim.state.entities.chemical?.released['yunhua-chlorine'] ?? 0 };
}
