// A unit's state: where it is, where it was sent, the trip it drives. Leaf types: this file
// imports nothing, so movement, evacuation, convoys and the state can all use them.
import type { TaskKind } from './taskKinds.ts';

/**
 * A played team given a task sets out only when its player answers 接受 (drill/teamTasks.ts). Until
 * then its `departAt` is this plus the turnout it will need: later than any sim time, so movement
 * never starts it, and finite, so a snapshot (JSON) keeps it.
 */
export const AWAITING_ACCEPT = 1_099_511_627_776; // 2^40

export const awaitingAccept = (u: { status: string; departAt: number }): boolean => u.status === 'turningOut' && u.departAt >= AWAITING_ACCEPT;

export type UnitStatus = 'atBase' | 'turningOut' | 'enRoute' | 'onScene' | 'stranded';

/** A trip on the roads: the nodes passed and the sim time (s, fractional) each is reached. */
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
