// tuiyan bench row waterMainDay: the water-main drill's whole day (24 h) headless, with the
// autopilot playing every role by its plan — the burst, the street flood, valves, repair, water
// trucks and the 12345 calls (issue 19 aims at ≤ 10 s). Wall time is read here, in server/.
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan } from '../planFiles.ts';
import { runHeadless } from '../run/headless.ts';

const DIR = 'scenarios/demo-district-watermain';

export function benchWaterMainDay(): { seconds: number; loadMs: number; logEntries: number } {
  const loadStart = performance.now();
  const scenario = loadScenario(DIR);
  const plan = loadPlan(`${DIR}/plan.json`, scenario);
  const loadMs = performance.now() - loadStart;
  const start = performance.now();
  const { sim } = runHeadless(scenario, 1, 86_400, [], { plan });
  return { seconds: (performance.now() - start) / 1000, loadMs, logEntries: sim.state.log.length };
}
