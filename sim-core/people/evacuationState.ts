// 转移避险 — who has been told to leave, and where every group of households is.
export type GroupStatus = 'waiting' | 'refusing' | 'moving' | 'sheltered' | 'stranded' | 'noShelter';

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
  /** Nodes and arrival times of its way to the shelter. */
  trip: { nodes: number[]; times: number[] } | null;
  arrivedAt: number | null;
}

export interface EvacuationEntities {
  groups: Record<string, EvacuationGroup>;
  /** Orders per village: when, how many times, the shelters named. */
  orders: Record<string, { at: number; count: number; shelters: string[] }>;
  /** People in (or on their way to) each shelter. */
  occupancy: Record<string, number>;
}
