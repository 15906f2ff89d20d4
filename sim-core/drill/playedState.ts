// Who plays what: a role with a person at it acts for itself; the autopilot and the core's
// simulated answers (a duty room's 叫应) are only for the others. Leaf types.
import type { LocalText } from '../world/localText.ts';

/**
 * Per role, whether a person plays it — set by logged `setPlayed` commands (a player joining, the
 * director's assignment or switch), so replay and the scorer see who decided what. Absent while
 * nobody has been assigned (the host's default holds); kept out of the state until then so a run
 * without players hashes as before.
 */
export type PlayedRoles = Record<string, boolean>;

/** A played team's current task and its answers (接受/拒绝/到达/完成/请求支援). */
export const TASK_REPLIES = ['accept', 'decline', 'arrived', 'done', 'help'] as const;
export type TaskReply = typeof TASK_REPLIES[number];

export type TaskStatus = 'assigned' | 'accepted' | 'declined' | 'arrived' | 'done';

export interface TeamTask {
  /** The dispatch order (log seq). */
  order: number;
  kind: string;
  label: string | null;
  /** Where to: a place id, or `node:N`. */
  to: string;
  /** The role that sent it. */
  by: string;
  assignedAt: number;
  status: TaskStatus;
  /** Every answer so far, in order. */
  replies: { reply: TaskReply; t: number; reason?: LocalText }[];
}

/** Whether the log says a person plays `role` (absent: nobody assigned, the host's default holds). */
export function playedFlag(entities: { played?: PlayedRoles }, role: string): boolean | undefined {
  return entities.played?.[role];
}

export function isPlayed(entities: { played?: PlayedRoles }, role: string): boolean {
  return entities.played?.[role] === true;
}
