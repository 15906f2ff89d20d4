// The command union: every change a player or the director makes goes through one of these.
// Each command is declared once, as a zod schema (schema.ts); its type is what that schema
// yields once parsed. `t` and `seq` are stamped by the core when it accepts the command.
import type { z } from 'zod';
import type * as S from './schema.ts';
import { commandSchema } from './schema.ts';

export type DispatchCommand = z.output<typeof S.dispatchSchema>;
export type RecallCommand = z.output<typeof S.recallSchema>;
export type CloseRoadCommand = z.output<typeof S.closeRoadSchema>;
export type OpenRoadCommand = z.output<typeof S.openRoadSchema>;
export type SetResponseLevelCommand = z.output<typeof S.setResponseLevelSchema>;
export type SendReportCommand = z.output<typeof S.sendReportSchema>;
export type FireInjectCommand = z.output<typeof S.fireInjectSchema>;
export type ReleaseReservoirCommand = z.output<typeof S.releaseReservoirSchema>;
export type IssueWarningCommand = z.output<typeof S.issueWarningSchema>;
export type OrderEvacuationCommand = z.output<typeof S.orderEvacuationSchema>;
export type AllocateSuppliesCommand = z.output<typeof S.allocateSuppliesSchema>;
export type OpenShelterCommand = z.output<typeof S.openShelterSchema>;
export type RecallBoatsCommand = z.output<typeof S.recallBoatsSchema>;
export type TrafficControlCommand = z.output<typeof S.trafficControlSchema>;
export type DeclineTaskCommand = z.output<typeof S.declineTaskSchema>;
export type InjectNowCommand = z.output<typeof S.injectNowSchema>;
export type SetPlayedCommand = z.output<typeof S.setPlayedSchema>;
export type AcknowledgeWarningCommand = z.output<typeof S.acknowledgeWarningSchema>;
export type TaskReplyCommand = z.output<typeof S.taskReplySchema>;
export type AddInjectCommand = z.output<typeof S.addInjectSchema>;
export type EditInjectCommand = z.output<typeof S.editInjectSchema>;
export type DeleteInjectCommand = z.output<typeof S.deleteInjectSchema>;
export type AddPlotCommand = z.output<typeof S.addPlotSchema>;
export type MovePlotCommand = z.output<typeof S.movePlotSchema>;
export type EditPlotCommand = z.output<typeof S.editPlotSchema>;
export type DeletePlotCommand = z.output<typeof S.deletePlotSchema>;
export type SendMessageCommand = z.output<typeof S.sendMessageSchema>;
export type EvaluateCommand = z.output<typeof S.evaluateSchema>;
export type SelfAssessCommand = z.output<typeof S.selfAssessSchema>;
export type OrderShelterInPlaceCommand = z.output<typeof S.orderShelterInPlaceSchema>;

export type Command = z.output<typeof commandSchema>;
export type CommandType = Command['type'];
export const COMMAND_TYPES: readonly CommandType[] = commandSchema.options.map((o) => o.shape.type.value);

export const REJECTION_REASONS = [
  'malformed', 'unknownType', 'unknownRole', 'notPermitted', 'wrongTime',
  'unknownUnit', 'unknownPlace', 'unknownNode', 'unknownEdge', 'unknownInject', 'unknownReservoir', 'outOfRange',
  'noRoute', 'alreadyThere', 'noChange',
] as const;
export type RejectionReason = typeof REJECTION_REASONS[number];

/** Where a refused script edit is wrong: the inject (row), its field, and a code for the wording. */
export interface ScriptProblem { row: string; field: string; code: string }

/**
 * What exactly was wrong, as data: a code and the ids and numbers it names. The one wording
 * table (presentation/text/rejectionText.ts) turns it into a sentence in the player's language;
 * `message` stays the English text for logs and the command line.
 */
export interface RejectionDetail { code: string; [arg: string]: string | number }

export type ApplyResult =
  | { ok: true; t: number; seq: number }
  | { ok: false; reason: RejectionReason; message: string; problem?: ScriptProblem; detail?: RejectionDetail };

export function reject(reason: RejectionReason, message: string, detail?: RejectionDetail): { ok: false; reason: RejectionReason; message: string; detail?: RejectionDetail } {
  return detail ? { ok: false, reason, message, detail } : { ok: false, reason, message };
}
