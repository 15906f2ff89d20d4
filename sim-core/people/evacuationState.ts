// 转移避险 — who has been told to leave, and where every group of households is.
import type { Trip } from '../forces/unitState.ts';
/**
 * needsHelp: the vulnerable (独居老人、失能人员) who cannot leave on their own; they go once a team
 * on an evacuation task reaches the village (包户), unless neighbours took them along.
 */
type GroupStatus = 'waiting' | 'refusing' | 'needsHelp' | 'moving' | 'sheltered' | 'stranded' | 'noShelter';

/** A group of at-risk households of one village that leaves and travels together. */
export interface EvacuationGroup {
  id: string;
  village: string;
  households: number;
  people: number;
  status: GroupStatus;
  /** When it sets off (waiting), or set off (moving, sheltered). */
  leaveAt: number;
  node: number;
  shelter: string | null;
  /** Its way to the shelter: nodes, edges and arrival times (as a unit's trip). */
  trip: Trip | null;
  arrivedAt: number | null;
}

export interface EvacuationEntities {
  groups: Record<string, EvacuationGroup>;
  /** Orders per village: when, how many times, the shelters named. */
  orders: Record<string, { at: number; count: number; shelters: string[] }>;
  /** People in (or on their way to) each shelter. */
  occupancy: Record<string, number>;
  /** Shelters opened (启用), and when: by order, or on the spot when evacuees came to a closed one. */
  opened: Record<string, { t: number; by: string }>;
}
