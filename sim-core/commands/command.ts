// The command union: every change a player or the director makes goes through one of these.
// `t` and `seq` are stamped by the core when it accepts the command.
import type { LocalText } from '../world/localText.ts';
import type { InjectKind } from '../injects/inject.ts';
import type { Destination } from '../forces/unitState.ts';
import type { Report } from '../report.ts';
import type { ResponseLevel } from '../responseLevel.ts';
import type { SupplyKind } from '../world/places.ts';

interface CommandBase {
  /** The role giving the order, e.g. `chief`, `township:t03`. */
  role: string;
  /** Who at that role (a player's name), for the record. */
  actor?: string;
  /** When given, must equal the sim time the command is applied at. */
  t?: number;
}

/** 调派 — send a team to a place or road node, with an optional task label. */
export interface DispatchCommand extends CommandBase { type: 'dispatch'; unit: string; to: Destination; task?: string }
/** Send a team back to its base. */
export interface RecallCommand extends CommandBase { type: 'recall'; unit: string }
/** 交通管制 / a director's world change: close or open road edges. */
export interface CloseRoadCommand extends CommandBase { type: 'closeRoad'; edges: number[]; reason?: LocalText }
export interface OpenRoadCommand extends CommandBase { type: 'openRoad'; edges: number[] }
/** 启动/调整响应级别. */
export interface SetResponseLevelCommand extends CommandBase { type: 'setResponseLevel'; level: ResponseLevel }
/** 信息报送 — a report or instruction to another role. */
export interface SendReportCommand extends CommandBase { type: 'sendReport'; to: string; kind: Report['kind']; text: LocalText; figures?: Report['figures'] }
/** 开闸泄洪 — set a reservoir's controlled release (m³/s) through its gates. */
export interface ReleaseReservoirCommand extends CommandBase { type: 'releaseReservoir'; reservoir: string; rate: number }
/** 发布预警 — the chief to townships (or straight to villages, 一键派发), a township to its villages. */
export interface IssueWarningCommand extends CommandBase {
  type: 'issueWarning';
  level: 'blue' | 'yellow' | 'orange' | 'red';
  townships?: string[];
  villages?: string[];
  channels?: ('broadcast' | 'loudspeaker' | 'doorToDoor' | 'sms')[];
}
/** 转移避险 — order villages' at-risk households to shelters (optionally naming the shelters). */
export interface OrderEvacuationCommand extends CommandBase { type: 'orderEvacuation'; villages: string[]; shelters?: string[] }
/** 物资调拨 — send supplies from a depot to a place (shelter, village, township seat, another depot). */
export interface AllocateSuppliesCommand extends CommandBase { type: 'allocateSupplies'; depot: string; to: string; items: Partial<Record<SupplyKind, number>> }
/** 启用避难场所 — open shelters for evacuees (the chief any; a township its own). */
export interface OpenShelterCommand extends CommandBase { type: 'openShelter'; shelters: string[] }
/** A team declines the task it was given (too dangerous, not equipped …): it stands down or goes back. */
export interface DeclineTaskCommand extends CommandBase { type: 'declineTask'; unit: string; reason: LocalText }
/** 临机导调 — the director makes up an inject and fires it now (any MSEL kind). */
export interface InjectNowCommand extends CommandBase {
  type: 'injectNow';
  kind: InjectKind;
  target?: unknown;
  payload?: unknown;
  /** Roles that perceive it (empty: director and evaluator only — though some effects always reach someone: a township hears of its people cut off, the chief of a breach). */
  visibleTo: string[];
  expected?: LocalText;
}
/** The director fires an MSEL inject now instead of at its time. */
export interface FireInjectCommand extends CommandBase { type: 'fireInject'; inject: string }

export type Command =
  | DispatchCommand | RecallCommand | CloseRoadCommand | OpenRoadCommand
  | SetResponseLevelCommand | SendReportCommand | FireInjectCommand | ReleaseReservoirCommand | IssueWarningCommand | OrderEvacuationCommand | AllocateSuppliesCommand
  | OpenShelterCommand | DeclineTaskCommand | InjectNowCommand;

export type CommandType = Command['type'];
export const COMMAND_TYPES: readonly CommandType[] = [
  'dispatch', 'recall', 'closeRoad', 'openRoad', 'setResponseLevel', 'sendReport', 'fireInject', 'releaseReservoir', 'issueWarning', 'orderEvacuation', 'allocateSupplies',
  'openShelter', 'declineTask', 'injectNow',
];

export const REJECTION_REASONS = [
  'malformed', 'unknownType', 'unknownRole', 'notPermitted', 'wrongTime',
  'unknownUnit', 'unknownPlace', 'unknownNode', 'unknownEdge', 'unknownInject', 'unknownReservoir', 'outOfRange',
  'noRoute', 'alreadyThere', 'noChange',
] as const;
export type RejectionReason = typeof REJECTION_REASONS[number];

export type ApplyResult =
  | { ok: true; t: number; seq: number }
  | { ok: false; reason: RejectionReason; message: string };

export function reject(reason: RejectionReason, message: string): { ok: false; reason: RejectionReason; message: string } {
  return { ok: false, reason, message };
}
