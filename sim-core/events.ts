// Events the core emits into the log. Each carries who may see it (`visibleTo`, on the log
// entry): role strings or `all`; director and evaluator see every event.
import type { LocalText } from './world/localText.ts';
import type { TyphoonGrade } from './hazards/typhoon/grade.ts';
import type { Outage } from './world/outage.ts';
import type { ResponseLevel } from './responseLevel.ts';
import type { Report } from './report.ts';
import type { Moisture, Wind } from './injects/inject.ts';
import type { FiredBecause } from './injects/condition.ts';
import type { GaugeState } from './hazards/hazardState.ts';
import type { SupplyKind } from './world/places.ts';
import type { TaskKind } from './forces/taskKinds.ts';
import type { TaskReply } from './drill/playedState.ts';

export type SimEvent =
  /** 供水管线爆裂 (hazards/waterMain/): a main bursts, a valve closes, the flow stops, the repair is done, 12345 calls. */
  | { kind: 'mainBurst'; burst: string; main: string; x: number; y: number; node: number; flow: number; zones: string[] }
  | { kind: 'valveClosed'; burst: string; main: string; valve: string; unit: string }
  | { kind: 'mainIsolated'; burst: string; main: string; unit: string; released: number }
  | { kind: 'mainRepaired'; burst: string; main: string; unit: string; zones: string[]; outageHours: number }
  | { kind: 'citizenCalls'; zone: string; calls: number; total: number; dryFor: number }
  /** The burst's street water (waterMain/streetFlood.ts): deeper than 0.3 m on some street (depth at the burst, m; street length under water, m), and drained again. */
  | { kind: 'streetFlooded'; burst: string; main: string; node: number; depth: number; length: number }
  | { kind: 'streetDrained'; burst: string; main: string; node: number }
  | { kind: 'injectFired'; inject: string; injectKind: string; expected?: LocalText; because?: FiredBecause }
  /** The director changed the script (added, edited or deleted an inject); director and evaluator only. */
  | { kind: 'scriptChanged'; inject: string; change: 'added' | 'edited' | 'deleted' }
  | { kind: 'message'; from: LocalText; text: LocalText; inject?: string }
  | { kind: 'roadClosed'; edges: number[]; cause: string; reason?: LocalText }
  | { kind: 'roadOpened'; edges: number[]; cause: string }
  | { kind: 'unitTurningOut'; unit: string; departAt: number | null; destination: string; order: number }
  | { kind: 'unitDeparted'; unit: string; fromNode: number; eta: number; distance: number }
  | { kind: 'unitRerouted'; unit: string; eta: number; previousEta: number }
  | { kind: 'unitArrived'; unit: string; node: number; destination: string; travelTime: number }
  | { kind: 'unitStranded'; unit: string; node: number; destination: string }
  | { kind: 'unitStoodDown'; unit: string; node: number }
  | { kind: 'roadFoundClosed'; unit: string; edge: number; node: number }
  | { kind: 'evacuationOrdered'; villages: string[]; by: string }
  | { kind: 'evacueesDeparted'; group: string; village: string; people: number; shelter: string; eta: number }
  | { kind: 'evacueesArrived'; group: string; village: string; people: number; shelter: string }
  | { kind: 'evacueesPersuaded'; group: string; village: string; people: number }
  | { kind: 'evacueesStranded'; group: string; village: string; people: number; reason: 'noRoute' | 'noShelter' }
  | { kind: 'suppliesAllocated'; convoy: string; depot: string; to: string; items: Partial<Record<SupplyKind, number>>; departAt: number; by: string }
  | { kind: 'suppliesDispatched'; convoy: string; depot: string; to: string; eta: number }
  | { kind: 'suppliesArrived'; convoy: string; to: string; items: Partial<Record<SupplyKind, number>>; travelTime: number }
  | { kind: 'suppliesStranded'; convoy: string; to: string; node: number }
  | { kind: 'siteSecured'; place: string; people: number; after: number }
  | { kind: 'warningIssued'; level: string; by: string; townships: string[]; villages: string[] }
  | { kind: 'warningDelivered'; township: string; level: string }
  /** `waited` and `byPlayer` when a township's player pressed 叫应 (the autopilot's carries neither). */
  | { kind: 'warningAcknowledged'; township: string; level: string; waited?: number; byPlayer?: true }
  | { kind: 'warningReachedVillage'; village: string; level: string }
  | { kind: 'warningReachedHouseholds'; village: string; level: string; reached: number; total: number }
  | { kind: 'responseLevelChanged'; from: ResponseLevel; to: ResponseLevel; by: string }
  | { kind: 'reportReceived'; report: Report }
  | { kind: 'rainChanged'; zone: string; series: [number, number][]; inject: string }
  | { kind: 'weatherChanged'; wind?: Wind; moisture?: Moisture }
  | { kind: 'gaugeThreshold'; gauge: string; state: GaugeState; previous: GaugeState; level: number }
  | { kind: 'reservoirOvertopping'; reservoir: string; level: number; crest: number }
  | { kind: 'reservoirRelease'; reservoir: string; rate: number; by: string }
  | { kind: 'damBreach'; reservoir: string; mode: string; width: number; formationTime: number }
  /** A dam damaged by the earthquake or a crack inject (hazards/dam/breachRisk.ts): its class, settlement (m), widest crack (mm), safe level and pool level (m). */
  | { kind: 'damDamaged'; reservoir: string; damage: string; settlement: number; crackWidth: number; safeLevel: number; level: number; cause: string }
  /** A damaged dam's pool rose above (or came down below) its safe level. */
  | { kind: 'damSafeLevel'; reservoir: string; above: boolean; level: number; safeLevel: number }
  | { kind: 'leveeBreach'; levee: string; x: number; y: number; formation: number }
  | { kind: 'leveeOvertopping'; levee: string }
  | { kind: 'peopleTrapped'; village: string; people: number; cause: 'flood' | 'fire' | 'cutOff' | 'collapse'; hazardRating: number }
  | { kind: 'casualties'; village: string; injured: number; dead: number; cause: 'flood' | 'fire' | 'quake' }
  | { kind: 'peopleRescued'; unit: string; village: string; people: number; shelter: string | null }
  | { kind: 'injuredTreated'; unit: string; village: string; people: number }
  | { kind: 'taskFailed'; unit: string; task: TaskKind; reason: 'tooDangerous' | 'unreachable' | 'nothingToDo'; detail: string }
  | { kind: 'teamFatigued'; unit: string; hoursOnDuty: number }
  | { kind: 'shelterOpened'; shelter: string; by: string; capacity: number }
  | { kind: 'taskDeclined'; unit: string; task: TaskKind | null; order: number | null; reason: LocalText }
  | { kind: 'placeFlooded'; place: string; placeKind: string; depth: number }
  | { kind: 'placeDrained'; place: string; placeKind: string }
  | { kind: 'fireIgnited'; fire: string; x: number; y: number; cause: string }
  | { kind: 'fireDetected'; fire: string; x: number; y: number; by: string; burnedHa: number }
  | { kind: 'placeThreatenedByFire'; place: string; placeKind: string; distance: number }
  | { kind: 'slide'; slide: 'landslide' | 'debrisFlow' | 'treesDown'; node: number; x: number; y: number; edges: number[]; threatened: string[] }
  | { kind: 'slideCleared'; node: number; edges: number[]; slide?: 'treesDown' }
  /** 地震: the main shock (the truth: magnitude Ms, epicentre m, focal depth m, epicentral intensity). */
  | { kind: 'earthquake'; magnitude: number; x: number; y: number; depth: number; intensity: number }
  /** 余震: an aftershock inject struck (magnitude Ms, epicentre m, focal depth m, epicentral intensity). */
  | { kind: 'aftershock'; inject: string; magnitude: number; x: number; y: number; depth: number; intensity: number }
  /** A bridge of the scenario closed by the shaking (the truth), and its emergency bridge done. */
  | { kind: 'bridgeDown'; bridge: string; edges: number[] }
  | { kind: 'bridgeRepaired'; bridge: string; edges: number[] }
  /** A village's first word after the shock reaches its township (by phone; when its phones are down, by satellite phone or messenger). */
  | { kind: 'quakeVillageReport'; village: string; by: 'phone' | 'satellitePhone' | 'messenger'; dead: number; injured: number; buried: number; homeless: number; cut: Outage[] }
  /** 孤岛村: cut off on all four (water, power, road, communications), living on `stockDays` of household stocks. */
  | { kind: 'villageIsolated'; village: string; people: number; stockDays: number }
  | { kind: 'villageStocks'; village: string; people: number; stockDays: number }
  | { kind: 'villageReconnected'; village: string }
  | { kind: 'outage'; place: string; services: Outage[]; cause: string }
  | { kind: 'serviceRestored'; place: string; services: Outage[] }
  | { kind: 'playedChanged'; role: string; played: boolean }
  | { kind: 'taskAssigned'; unit: string; task: TaskKind; label: string | null; to: string; by: string; order: number }
  // 危化品泄漏 (hazards/chemical/): a release starts, villagers smell the gas, people are hurt, a
  // team measures the zone, a leak is isolated, villages are told to shelter in place.
  | { kind: 'chemicalRelease'; site: string; substance: string; cause: 'leak' | 'fire' | 'explosion' }
  | { kind: 'gasAtVillage'; village: string }
  | { kind: 'gasCasualties'; village: string; dead: number; injured: number }
  | { kind: 'zoneMeasured'; site: string; unit: string; reach: { tier: string; reach: number }[] }
  | { kind: 'leakIsolated'; site: string; unit: string }
  | { kind: 'shelterInPlaceOrdered'; villages: string[]; by: string; effective: number }
  /** 人员密集场所 (people/sites/): an alarm or order starts the egress; exits blocked; crush injuries; cleared or stalled. */
  /** `warning`: after a quake, the seconds of early warning the site had (0: none; earlyWarning.ts). */
  | { kind: 'siteEvacuationStarted'; site: string; people: number; cause: 'order' | 'alarm' | 'quake'; warning?: number }
  | { kind: 'siteExitBlocked'; site: string; exit: number }
  | { kind: 'siteCrushInjuries'; site: string; hurt: number; total: number }
  | { kind: 'siteCleared'; site: string; after: number; people: number; hurt: number }
  | { kind: 'siteStalled'; site: string; after: number; inside: number; hurt: number }
  /** `waited`: seconds since the task's previous step; `onScene`: whether the team really was there when it said so. */
  | { kind: 'taskReplied'; unit: string; reply: TaskReply; task: string; order: number; waited: number; reason?: LocalText; onScene: boolean }
  // 防台 (hazards/typhoon/): the weather service's bulletin at a track fix; boats recalled, all in, still out at the deadline.
  | { kind: 'typhoonBulletin'; typhoon: string; fix: number; x: number; y: number; pressure: number; maxWind: number; grade: TyphoonGrade }
  | { kind: 'boatsRecalled'; township: string; boats: number; by: string }
  | { kind: 'boatsBack'; township: string; boats: number; harbour: string }
  | { kind: 'boatsOut'; township: string; out: number; boats: number };

/** Every event kind, for checking plans that name them (a new kind must be added here: the check below fails otherwise). */
export const EVENT_KINDS = [
  'injectFired', 'message', 'roadClosed', 'roadOpened', 'unitTurningOut', 'unitDeparted', 'unitRerouted', 'unitArrived', 'unitStranded',
  'unitStoodDown', 'roadFoundClosed', 'evacuationOrdered', 'evacueesDeparted', 'evacueesArrived', 'evacueesPersuaded', 'evacueesStranded',
  'suppliesAllocated', 'suppliesDispatched', 'suppliesArrived', 'suppliesStranded', 'siteSecured', 'warningIssued', 'warningDelivered',
  'warningAcknowledged', 'warningReachedVillage', 'warningReachedHouseholds', 'responseLevelChanged', 'reportReceived', 'rainChanged',
  'weatherChanged', 'gaugeThreshold', 'reservoirOvertopping', 'reservoirRelease', 'damBreach', 'leveeBreach', 'leveeOvertopping',
  'peopleTrapped', 'casualties', 'peopleRescued', 'injuredTreated', 'taskFailed', 'teamFatigued', 'shelterOpened', 'taskDeclined',
  'placeFlooded', 'placeDrained', 'fireIgnited', 'fireDetected', 'placeThreatenedByFire', 'slide', 'slideCleared', 'outage', 'serviceRestored',
  'playedChanged', 'taskAssigned', 'taskReplied', 'scriptChanged', 'damDamaged', 'damSafeLevel', 'earthquake',
  'typhoonBulletin', 'boatsRecalled', 'boatsBack', 'boatsOut',
  'siteEvacuationStarted', 'siteExitBlocked', 'siteCrushInjuries', 'siteCleared', 'siteStalled',
  'chemicalRelease', 'gasAtVillage', 'gasCasualties', 'zoneMeasured', 'leakIsolated', 'shelterInPlaceOrdered',
  'mainBurst', 'valveClosed', 'mainIsolated', 'mainRepaired', 'citizenCalls', 'streetFlooded', 'streetDrained',
  'quakeVillageReport', 'villageIsolated', 'villageStocks', 'villageReconnected', 'aftershock', 'bridgeDown', 'bridgeRepaired',
] as const satisfies readonly SimEvent['kind'][];
type MissingKinds = Exclude<SimEvent['kind'], typeof EVENT_KINDS[number]>;
/** Compile-time: true only when EVENT_KINDS lists every kind of SimEvent. */
export const EVENT_KINDS_COMPLETE: [MissingKinds] extends [never] ? true : MissingKinds = true;
