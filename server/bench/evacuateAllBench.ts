// The storm day with every at-risk household ordered out at 1 h (issue: the 24 h run stays
// within its aim with everyone evacuating).
import { loadScenario } from '../scenarioFiles.ts';
import { runHeadless } from '../run/headless.ts';
import { peopleKpis } from '../../sim-core/people/peopleKpis.ts';

export function benchEvacuateAll(): { seconds: number; ordered: number; evacuated: number } {
  const scenario = loadScenario('scenarios/demo-district');
  const villages = scenario.villages.filter((v) => v.atRisk.people > 0).map((v) => v.id);
  const start = performance.now();
  const { sim } = runHeadless(scenario, 1, 86_400, [{ line: 1, t: 3600, command: { type: 'orderEvacuation', role: 'chief', villages } }]);
  const seconds = (performance.now() - start) / 1000;
  const p = peopleKpis(scenario, sim.state.entities);
  return { seconds, ordered: p.atRisk, evacuated: p.evacuated };
}
