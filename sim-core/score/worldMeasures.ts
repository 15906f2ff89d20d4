// The outcome measures the log does not carry, read from the world at the time graded: the area
// burned and the homes flooded (households at risk in villages whose water ever passed the
// flooded depth).
import type { Scenario } from '../world/scenario.ts';
import type { SimState } from '../state.ts';
import { FLOODED, hazardKpis } from '../hazards/hazardKpis.ts';
import type { WorldMeasures } from './targets.ts';

export function worldMeasures(scenario: Scenario, state: SimState): WorldMeasures {
  const depth = state.entities.hazards.maxDepth;
  const floodedHomes = scenario.villages.filter((v) => (depth[v.id] ?? 0) > FLOODED).reduce((a, v) => a + v.atRisk.households, 0);
  return { burnedHa: hazardKpis(scenario, state).burnedHa, floodedHomes };
}
