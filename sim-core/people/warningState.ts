// 预警 — warning levels and where each warning has got to.
export const WARNING_LEVELS = ['blue', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = typeof WARNING_LEVELS[number];

interface VillageWarning {
  level: WarningLevel;
  /** When the village responder had it, and acknowledged it (叫应). */
  responderAt: number;
  ackAt: number;
  /** When each at-risk household heard it (Infinity: not reached by any channel). */
  households: number[];
}

interface TownshipWarning {
  level: WarningLevel;
  deliveredAt: number;
  ackAt: number | null;
}

/** A hop still travelling: due at t. */
export interface WarningHop {
  t: number;
  kind: 'townshipDelivered' | 'townshipAck' | 'villageResponder' | 'householdsDone';
  target: string;
  level: WarningLevel;
  /** Order of issue, for a total order among hops due at the same time. */
  n: number;
  /** The channels the issuer asked for, used at the village. */
  channels: string[];
}

export interface WarningEntities {
  townships: Record<string, TownshipWarning>;
  villages: Record<string, VillageWarning>;
  hops: WarningHop[];
  issued: number;
}
