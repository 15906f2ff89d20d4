// The earthquake a scenario sets (scenario.json `earthquake`): the main shock's source and the
// sim time it strikes. The shaking it gives is shaking.ts's; what it does to buildings, people
// and lifelines is quakeStep.ts's. Absent from a scenario without an earthquake.
import type { ScenarioQuake } from './shaking.ts';
import type { StockOverrides } from './buildingStock.ts';

export interface ScenarioEarthquake extends ScenarioQuake {
  /** Sim time of the main shock, s. */
  t: number;
  /** Sim time the intensity map (烈度分布图) is published to the chief and townships (intensityMap.ts); absent: never. */
  intensityMapAt?: number;
  /** This day's building stock by village or township, over the village rows and the defaults. */
  stock?: StockOverrides;
  /** Villages holding a satellite phone this day, besides those whose row says so (satellitePhone.ts). */
  satellitePhones?: string[];
}
