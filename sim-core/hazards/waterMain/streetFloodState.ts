// One burst's street water as state (a field: outside immer, copied on snapshot, hashed), and the
// street grid's size it is made for (streetGrid.ts builds the grid, streetFlood.ts steps it). A
// leaf: it imports only the flood state, so the sim's state type can name it without a cycle.
import { createFloodState, type FloodState } from '../flood/floodState.ts';

/** Cell edge of a street grid, m. */
export const STREET_CELL = 10;
/** Cells per side (1.28 km). */
export const STREET_CELLS = 128;

export interface StreetFloodState {
  flood: FloodState;
  /** Shut and drained: not stepped. */
  idle: boolean;
  /** Some street stands deeper than STREET_FLOODED_DEPTH (the last streetFlooded / streetDrained told). */
  flooded: boolean;
}

export function createStreetFlood(): StreetFloodState {
  return { flood: createFloodState({ width: STREET_CELLS, height: STREET_CELLS, cellSize: STREET_CELL }), idle: false, flooded: false };
}

export function copyStreetFlood(s: StreetFloodState): StreetFloodState {
  const f = s.flood;
  return { flood: { depth: f.depth.slice(), qx: f.qx.slice(), qy: f.qy.slice(), t: f.t, dtLast: f.dtLast, totals: { ...f.totals } }, idle: s.idle, flooded: s.flooded };
}
