// 预案 as data: a plan says who must do what, triggered by what, within how long, and how much it
// weighs. The scorer (sim-core/score) grades a log against it; the autopilot (autopilot.ts)
// plays the roles nobody plays by it. Durations are in seconds here (the file may say "30m").
import type { LocalText } from '../world/localText.ts';
import type { ResponseLevel } from '../responseLevel.ts';
import type { TargetSpec } from '../score/targetSpec.ts';
import type { TeamType } from '../forces/teamTypes.ts';
import type { TeamCapability } from './teamClass.ts';

/**
 * Capabilities graded (the evaluation items of GB/T 46792-2025 and AQ/T 9009-2015): 预警与信息报告,
 * 指挥协调, 人员保护与转移, 资源管理, 事故处置, 医疗救护, 通信, 信息公开, 警戒管制.
 */
export const CAPABILITIES = [
  'warningAndReporting', 'commandAndCoordination', 'protectionAndEvacuation', 'resourceManagement',
  'incidentHandling', 'medicalRescue', 'communications', 'publicInformation', 'cordonAndTraffic',
] as const;
export type Capability = typeof CAPABILITIES[number];

export const CAPABILITY_NAMES: Record<Capability, LocalText> = {
  warningAndReporting: { zh: '预警与信息报告', en: 'Warning and information reporting' },
  commandAndCoordination: { zh: '指挥协调', en: 'Command and coordination' },
  protectionAndEvacuation: { zh: '人员保护与转移', en: 'Protection and evacuation of people' },
  resourceManagement: { zh: '资源管理', en: 'Resource management' },
  incidentHandling: { zh: '事故（险情）处置', en: 'Incident handling' },
  medicalRescue: { zh: '医疗救护', en: 'Medical rescue' },
  communications: { zh: '通信保障', en: 'Communications' },
  publicInformation: { zh: '信息公开', en: 'Public information' },
  cordonAndTraffic: { zh: '警戒与交通管制', en: 'Cordon and traffic control' },
};

/** Field values an entry must have: scalars equal; a listed array must include every item given. */
export type Match = Record<string, string | number | boolean | (string | number)[] | Record<string, unknown>>;

export type Trigger =
  /** An event; with `knownTo`, only as that role is told it (visible to it or to all). */
  | { event: string; match?: Match; knownTo?: string }
  | { command: string; role?: string; match?: Match }
  | { at: number }
  | { after: string }
  | { any: Trigger[] };

/** The command that meets a requirement: its type and fields; `match` lists the fields that must agree. */
export interface PlanAction {
  type: string;
  fields: Record<string, unknown>;
  match: string[];
}

/** An outcome measured from the log instead of an order given. */
type PlanOutcome =
  | { measure: 'evacuated'; villages: string[]; share: number }
  | { measure: 'suppliesArrived' | 'siteSecured' | 'trappedRescued' | 'siteCleared'; sites?: string[] }
  /** No evacuees sent to a shelter inside the dam-break zone of these reservoirs (all with a zone when absent): plan/zoneOutcome.ts. */
  | { measure: 'avoidDamBreakZone'; reservoirs?: string[] };

export interface Requirement {
  id: string;
  name: LocalText;
  capability: Capability;
  /**
   * The role that must act (for outcomes: the role accountable): an exact role, `township:*` /
   * `team:*` (any), or `township:@trigger` (the township of the trigger's place).
   */
  role: string;
  /** Several roles any of which may act (the first is `role`); absent: only `role`. */
  roles?: string[];
  /** The team must be of this type or able to do this (the team acting or the team ordered). */
  team?: { type?: TeamType; capability?: TeamCapability };
  /** The order must be aimed at the place the trigger names. */
  atTriggerPlace?: boolean;
  trigger: Trigger;
  action?: PlanAction;
  outcome?: PlanOutcome;
  within: number;
  weight: number;
  /** The plan's article this comes from (预案条款). */
  source: LocalText;
  /** Hidden from players' checklists during a no-script drill (the director may show it). */
  hidden: boolean;
  /** `any`: an order given before the trigger counts too (done ahead, on time); default only after. */
  earliest: 'trigger' | 'any';
}

export interface Plan {
  id: string;
  name: LocalText;
  scenario?: string;
  source: LocalText;
  /** 指挥体系: which role is which HQ, township or team, as the plan names them. */
  commandStructure: { role: string; name: LocalText }[];
  /** Reaction delays of the autopilot, s, uniform [min, max] by role kind. */
  reaction: Record<'chief' | 'township' | 'team' | 'director', [number, number]>;
  /** Targets for the outcome measures at the end of the run. */
  targets: TargetSpec[];
  requirements: Requirement[];
}
