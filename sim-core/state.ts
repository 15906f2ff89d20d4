// SimState: the whole truth of one exercise at one moment. `entities` is plain JSON changed
// only through immer (so the server can send patches); `fields` are typed arrays owned by the
// sim outside immer (immer does not draft typed arrays), copied on snapshot; `rng` holds the
// named PRNG streams; `log` is the append-only command and event log.
import type { RngStreams } from './rng/streams.ts';
import type { LocalText } from './world/localText.ts';
import type { LogEntry } from './log.ts';
import type { MetricSample } from './metricsSampler.ts';
import type { HazardEntities } from './hazards/hazardState.ts';
import type { FireEntities } from './hazards/fireState.ts';
import type { ClosureCauseName } from './world/roadClosure.ts';
import type { WarningEntities } from './people/warningState.ts';
import type { EvacuationEntities } from './people/evacuationState.ts';
import type { SupplyEntities } from './supplies/supplyState.ts';
import type { CasualtyEntities } from './people/casualtyState.ts';
import type { FloodState } from './hazards/flood/floodState.ts';
import type { Moisture, Wind } from './injects/inject.ts';
import type { TaskKind } from './forces/taskKinds.ts';

/** 响应级别: IV (一般) → I (特别严重); `none` before any response is activated. */
export const RESPONSE_LEVELS = ['none', 'IV', 'III', 'II', 'I'] as const;
export type ResponseLevel = typeof RESPONSE_LEVELS[number];

export type UnitStatus = 'atBase' | 'turningOut' | 'enRoute' | 'onScene' | 'stranded';

/** A unit's trip: the nodes it passes and the sim time (s, fractional) it reaches each. */
export interface Trip {
  nodes: number[];
  edges: number[];
  times: number[];
  /** The first edge is being driven back after it closed under the unit: it is left, not entered. */
  turnBack: boolean;
}

/** Where a unit was sent: a named place, or a bare road node. */
export type Destination = { place: string } | { node: number };

export interface UnitState {
  id: string;
  status: UnitStatus;
  /** Last road node reached (the base's node at start). */
  node: number;
  destination: Destination | null;
  /** Node the destination resolves to. */
  destinationNode: number;
  /** When a turning-out unit leaves, or when the unit on the road left (s). */
  departAt: number;
  trip: Trip | null;
  /** The trip ends short of the destination: no open road beyond it (the unit will be stranded). */
  tripBlocked: boolean;
  /** The trip ends before an edge that is closed though nobody told the unit: it will find out there. */
  discover: number | null;
  /** What it was sent to do (the rules read this). */
  task: TaskKind | null;
  /** The order's own words for it, for people (no rule reads it). */
  taskLabel: string | null;
  /** The order that sent it (log seq), for the scorer. */
  orderSeq: number | null;
  /** When its shift began (it left base), when it got back to rest; tired past a shift (fatigue.ts). */
  dutySince: number | null;
  restSince: number | null;
  fatigued: boolean;
}

/** 信息报送 — a report passed between roles. */
export interface Report {
  seq: number;
  t: number;
  from: string;
  to: string;
  /** 初报 / 续报 / 终报 go up; 请示 asks for help or a decision; 指示 is an order or notice down. */
  kind: 'initial' | 'update' | 'final' | 'request' | 'instruction';
  text: LocalText;
  /** Figures the sender gives (伤亡、被困、转移 …): the chief's picture is built from these. */
  figures?: ReportFigures;
}

/** 报送数字: the situation figures a report can carry (信息报送 content, DOMAIN.md). */
export const REPORT_FIGURES = ['dead', 'injured', 'missing', 'trapped', 'evacuated', 'affected'] as const;
export type ReportFigures = Partial<Record<typeof REPORT_FIGURES[number], number>>;

export interface Entities {
  responseLevel: ResponseLevel;
  units: Record<string, UnitState>;
  reports: Report[];
  /** Actual fire time of each MSEL inject (drawn once at start from its jitter). */
  injectTimes: Record<string, number>;
  injectsFired: Record<string, number>;
  /** Closed road edges (keyed by edge index): why, and which roles know (`all` when public). */
  closures: Record<string, Partial<Record<ClosureCauseName, { reason: string; knownTo: string[] }>>>;
  /** The day's wind and fuel moisture now (changed by weather injects). */
  weather: { wind: Wind; moisture: Moisture };
  hazards: HazardEntities;
  fire: FireEntities;
  /** Landslides and debris flows on the roads, by road node: when, which, clearing done (person-hours). */
  slides: Record<string, { t: number; kind: 'landslide' | 'debrisFlow'; work: number }>;
  /** Services cut at places (断电、断通信、断水), by place id. */
  outages: Record<string, Outage[]>;
  warnings: WarningEntities;
  evacuation: EvacuationEntities;
  /** 应急物资: depot stocks, convoys, and what each affected site has (supplies/supplyState.ts). */
  supplies: SupplyEntities;
  /** Exposure and casualties by village (people/exposure.ts). */
  casualties: CasualtyEntities;
}

export type Outage = 'power' | 'comms' | 'water';

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
}
