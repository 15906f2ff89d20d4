// A scenario as the core uses it: validated and resolved by the loader in scenarios/
// (rasters decoded to typed arrays, places snapped to road nodes). Immutable and shared by
// every sim of the scenario, so it is not part of any sim's state.
import type { Briefing } from './briefing.ts';
import type { Grid } from './grid.ts';
import type { DamBreakZone } from '../hazards/dam/breakZone.ts';
import type { LocalText } from './localText.ts';
import type { Camera, Depot, Gauge, Reservoir, Shelter, TeamBase, Township, Village } from './places.ts';
import type { RoadGraph } from './roadGraph.ts';
import type { TeamType } from '../forces/teamTypes.ts';
import type { Inject, Moisture, Wind } from '../injects/inject.ts';
import type { WaterNetwork } from '../hazards/waterMain/network.ts';
import type { WindLimit } from '../hazards/fire/windLimit.ts';
import type { ChemicalSetting } from '../hazards/chemical/chemicalSite.ts';
import type { ScenarioTyphoon } from '../hazards/typhoon/typhoonScenario.ts';
import type { CrowdedSite } from '../people/sites/siteTypes.ts';
import type { ScenarioEarthquake } from '../hazards/quake/scenarioEarthquake.ts';
import type { Bridge } from './bridge.ts';

export interface TeamDef {
  id: string;
  name: LocalText;
  type: TeamType;
  /** Number of people. */
  size: number;
  base: string;
  /** `district` for district-level forces, otherwise the owning township's id. */
  owner: string;
}

/** 堤防: a crest `height` m above the ground either side, along a polyline (m). */
export interface Levee {
  id: string;
  name: LocalText;
  line: [number, number][];
  height: number;
}

export interface Scenario {
  id: string;
  name: LocalText;
  description?: LocalText;
  /** 情况通报: background, initial situation and each role's task and forces (world/briefing.ts). */
  briefing?: Briefing;
  /** Wall-clock label of t = 0, ISO 8601 with offset (display only; the core never reads clocks). */
  start: string;
  grid: Grid;
  elevation: Float32Array;
  landCover: Uint8Array;
  roads: RoadGraph;
  /** Travel seconds per road edge for emergency vehicles. */
  edgeTime: Float64Array;
  townships: Township[];
  villages: Village[];
  shelters: Shelter[];
  depots: Depot[];
  teamBases: TeamBase[];
  teams: TeamDef[];
  cameras: Camera[];
  reservoirs: Reservoir[];
  gauges: Gauge[];
  levees: Levee[];
  /** The MSEL, sorted by (t, id). */
  injects: Inject[];
  /** Rain zones and, per cell, its zone's index + 1 (0: in no zone). */
  rainZones: { id: string; name: LocalText }[];
  rainZone: Uint8Array;
  /** The scenario's hyetographs by zone index ([t, mm/h] steps). */
  rain: { zone: number; series: [number, number][] }[];
  /** The day's wind and fuel moisture at the start. */
  weather: { wind: Wind; moisture: Moisture };
  /** Expected random ignitions (lightning, people) per day over the district's fuels. */
  ignitionsPerDay: number;
  /** Whether burning cells throw spot fires downwind in strong wind (seeded). */
  spotting: boolean;
  /** Rothermel's effective-wind-speed limit (hazards/fire/windLimit.ts); absent: BehavePlus's default, none. */
  fireWindLimit?: WindLimit;
  /** Range of the factor on all rain, drawn per run ([1, 1]: no uncertainty). */
  rainScale: [number, number];
  /** 危化品企业 and the day's dispersion setting; absent when the scenario has none. */
  chemical?: ChemicalSetting;
  /** 防台: the typhoon's track and the boats to bring in (hazards/typhoon/); absent in other scenarios. */
  typhoon?: ScenarioTyphoon;
  /** 人员密集场所 emptied with the crowd model (people/sites/); absent when the scenario has none. */
  sites?: CrowdedSite[];
  /** 溃坝洪水淹没范围: each reservoir's precomputed dam-break zone (hazards/dam/breakZone.ts); absent when the scenario has none. */
  damBreakZones?: DamBreakZone[];
  /** 地震: the main shock, when the scenario has one (hazards/quake/). */
  earthquake?: ScenarioEarthquake;
  /** 桥梁: road bridges an earthquake may close (hazards/quake/bridgeStep.ts); absent when none are marked. */
  bridges?: Bridge[];
  /** 供水管网: service zones, mains and valves (hazards/waterMain/); absent in a scenario without one. */
  waterNetwork?: WaterNetwork;
}
