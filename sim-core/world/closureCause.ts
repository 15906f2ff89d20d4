// Why a road edge is closed. Causes are bits of the per-edge closure field, so lifting an order's
// closure never opens a road that a landslide (or flood water) still blocks. A leaf: it imports
// nothing; closing and opening is roadClosure.ts.

// `cordon` is the threat zone's 警戒区交通管制: closed to the public, open to the response's
// vehicles (forces/knownRoads.ts emergencyClosed); every other cause stops every vehicle.
export type ClosureCauseName = 'order' | 'inject' | 'flood' | 'fire' | 'slide' | 'bridge' | 'cordon';
export const CLOSURE_BIT: Record<ClosureCauseName, number> = { order: 1, inject: 2, flood: 4, fire: 8, slide: 16, bridge: 32, cordon: 64 };

/** One cause's record on a closed edge: its reason, and which roles know (`all` when public). */
export interface ClosureRecord {
  reason: string;
  knownTo: string[];
}

/**
 * What changed since the roads-changed step last ran (bits of `SimState.roadsChanged`): some edge
 * closed, some edge opened. Both may be set when one step did both.
 */
export const ROADS_CLOSED = 1;
export const ROADS_OPENED = 2;
