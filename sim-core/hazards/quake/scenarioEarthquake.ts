// The earthquake a scenario sets (scenario.json `earthquake`): the main shock's source and the
// sim time it strikes. The shaking it gives is shaking.ts's; what it does to buildings, people
// and lifelines is quakeStep.ts's. Absent from a scenario without an earthquake.
import type { ScenarioQuake } from './shaking.ts';

export interface ScenarioEarthquake extends ScenarioQuake {
  /** Sim time of the main shock, s. */
  t: number;
}
