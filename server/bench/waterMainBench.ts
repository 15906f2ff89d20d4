// tuiyan bench row waterMainDay: the water-main drill's whole day (24 h) headless, with the
// autopilot playing every role by its plan, or with nobody playing (row waterMainDayNobody) — the
// burst, the street flood, valves, repair, water trucks and the 12345 calls (issue 19 aims at ≤ 10 s). Wall time is read here, in server/.
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan } from '../planFiles.ts';
import { runHeadless } from '../run/headless.ts';

const DIR = 'scenarios/demo-district-watermain';

/** The day with the autopilot (`nobody` false) or with nobody playing: the burst then runs all day. */
export function benchWaterMainDay(nobody = false): { seconds: number; loadMs: number; logEntries: number } {
  const loadStart = performance.now();
  const scenario = loadScenario(DIR);
  const plan = loadPlan(`${DIR}/plan.json`, scenario);
  const loadMs = performance.now() - loadStart;
  const start = performance.now();
  const { sim } = runHeadless(scenario, 1, 86_400, [], nobody ? {} : { plan });
  return { seconds: (performance.now() - start) / 1000, loadMs, logEntries: sim.state.log.length };
}
