// SimState: the whole truth of one exercise at one moment. `entities` is plain JSON changed
// only through immer (so the server can send patches); `fields` are typed arrays owned by the
// sim outside immer (immer does not draft typed arrays), copied on snapshot; `rng` holds the
// named PRNG streams; `log` is the append-only command and event log.
import type { RngStreams } from './rng/streams.ts';
import type { LogEntry } from './log.ts';
import type { MetricSample } from './metricSample.ts';
import type { ResponseLevel } from './responseLevel.ts';
import type { Report } from './report.ts';
import type { UnitState } from './forces/unitState.ts';
import type { Outage } from './world/outage.ts';
import type { ClosureCauseName, ClosureRecord } from './world/closureCause.ts';
import type { HazardEntities } from './hazards/hazardState.ts';
import type { FireEntities } from './hazards/fireState.ts';
import type { WarningEntities } from './people/warningState.ts';
import type { EvacuationEntities } from './people/evacuationState.ts';
import type { SupplyEntities } from './supplies/supplyState.ts';
import type { CasualtyEntities } from './people/casualtyState.ts';
import type { FloodState } from './hazards/flood/floodState.ts';
import type { Inject, Moisture, Wind } from './injects/inject.ts';
import type { PlayedRoles, TeamTask } from './drill/playedState.ts';
import type { Plot } from './plots/plotState.ts';
import type { Message } from './consult/messageState.ts';
import type { ChemicalEntities } from './hazards/chemical/chemicalState.ts';
import type { TyphoonEntities } from './hazards/typhoon/typhoonState.ts';
import type { SiteState } from './people/sites/siteTypes.ts';
import type { SiteCrowd } from './people/sites/siteCrowd.ts';
import type { DamState } from './hazards/dam/damState.ts';
import type { QuakeEntities } from './hazards/quake/quakeState.ts';
import type { WaterMainEntities } from './hazards/waterMain/waterMainState.ts';
import type { StreetFloodState } from './hazards/waterMain/streetFloodState.ts';

// The parts live in leaf files, which import nothing that leads back here. These re-exports
// serve the code that has always found them here (command validation, the plan schema, the
// order forms); new code imports the leaf.
export { RESPONSE_LEVELS, type ResponseLevel } from './responseLevel.ts';
export { REPORT_FIGURES, type Report, type ReportFigures } from './report.ts';
export type { Destination } from './forces/unitState.ts';

export interface Entities {
  responseLevel: ResponseLevel;
  units: Record<string, UnitState>;
  reports: Report[];
  /**
   * 演练脚本 — the MSEL as it stands: the scenario's injects, then the director's edits (logged
   * commands, injects/scriptEdit.ts). Only director and evaluator are shown it.
   */
  script: Inject[];
  /** Actual fire time of each MSEL inject (drawn once at start from its jitter; arming time of a conditional one). */
  injectTimes: Record<string, number>;
  injectsFired: Record<string, number>;
  /** Closed road edges (keyed by edge index): why, and which roles know (`all` when public). */
  closures: Record<string, Partial<Record<ClosureCauseName, ClosureRecord>>>;
  /** The day's wind and fuel moisture now (changed by weather injects). */
  weather: { wind: Wind; moisture: Moisture };
  hazards: HazardEntities;
  fire: FireEntities;
  /** Landslides and debris flows on the roads, by road node: when, which, clearing done (person-hours). */
  slides: Record<string, { t: number; kind: 'landslide' | 'debrisFlow' | 'treesDown'; work: number }>;
  /** Services cut at places (断电、断通信、断水), by place id. */
  outages: Record<string, Outage[]>;
  warnings: WarningEntities;
  evacuation: EvacuationEntities;
  /** 应急物资: depot stocks, convoys, and what each affected site has (supplies/supplyState.ts). */
  supplies: SupplyEntities;
  /** Exposure and casualties by village (people/exposure.ts). */
  casualties: CasualtyEntities;
  /** Roles a person plays (drill/played.ts); absent until the first `setPlayed`. */
  played?: PlayedRoles;
  /** Played teams' current tasks and their answers, by unit (drill/teamTasks.ts); absent until one is given. */
  tasks?: Record<string, TeamTask>;
  /** 态势标绘: players' plots by id (absent until the first; beliefs, read by nothing but views). */
  plots?: Record<string, Plot>;
  /** Plots each role has drawn so far (a plot's id is its author and this count). */
  plotsDrawn?: Record<string, number>;
  /** 会商: messages between roles in the order sent (absent until the first). */
  messages?: Message[];
  /** 危化品泄漏: releases, village air and doses, zones (hazards/chemical/); only in a scenario with chemical sites. */
  chemical?: ChemicalEntities;
  /** 防台: the typhoon's wind damage and boat recalls (hazards/typhoon/); absent unless the scenario has a typhoon. */
  typhoon?: TyphoonEntities;
  /** 人员密集场所: each crowded site's course, by site id (people/sites/; absent until one is touched). */
  sites?: Record<string, SiteState>;
  /** 震损大坝: dams damaged by an earthquake or a crack inject, by reservoir (hazards/dam/; absent until the first). */
  dams?: Record<string, DamState>;
  /** 地震: what the scenario's earthquake has done (absent until its main shock; hazards/quake/). */
  quake?: QuakeEntities;
  /** 供水管线爆裂: bursts, dry zones and 12345 calls (hazards/waterMain/); absent until the first burst. */
  waterMain?: WaterMainEntities;
}

export interface Fields {
  /** Per road edge: bit set of closure causes (see world/roadClosure.ts); 0 = open. */
  edgeClosed: Uint8Array;
  /** Counts changes to any field, so a server resends fields only when they changed. */
  version: number;
  /** Water on the grid: depth and face fluxes of the local-inertial solver. */
  flood: FloodState;
  /** No water and no sources: the flood step is skipped until rain or a release comes. */
  floodIdle: boolean;
  /** Fire arrival time per cell, s (Infinity: not reached); cells blocked by fire line. */
  fireArrival: Float64Array;
  fireBlocked: Uint8Array;
  /** A new ignition waits to be spread; new fire line waits for the next line recompute. */
  fireDirty: boolean;
  fireLineDirty: boolean;
  /** The weather the arrival times were computed for (a change triggers a recompute). */
  fireWeather: string;
  /** 爆管路面积水: each burst's street water on its own fine grid, by burst id (hazards/waterMain/streetFlood.ts); absent until the first burst. */
  streets?: Record<string, StreetFloodState>;
}

export interface SimState {
  /** Sim time, whole seconds since the exercise start; one tick is one second. */
  t: number;
  /** Next log sequence number (commands and events share it: the log is totally ordered). */
  seq: number;
  entities: Entities;
  fields: Fields;
  rng: RngStreams;
  log: LogEntry[];
  /** Situation figures every 15 min of sim time (metricsSampler.ts): append-only, outside immer. */
  series: MetricSample[];
  /** Rolling digest of every log entry so far (the hash covers the log without re-reading it). */
  logDigest: string;
  /**
   * Roads closed or opened (ROADS_CLOSED | ROADS_OPENED, world/closureCause.ts) since the
   * roads-changed step last ran. The sim runs that step right after the command or subsystem
   * that changed them, so this is 0 whenever a host can look: it is in no snapshot or hash.
   */
  roadsChanged: number;
  /**
   * Crowds being emptied from sites (people/sites/siteCrowd.ts), by site id: rapier worlds, so
   * outside immer like the fields; snapshotted (Snapshot.crowds) and hashed. Absent until the first.
   */
  crowds?: Record<string, SiteCrowd>;
}
