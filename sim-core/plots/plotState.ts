// A plot as the state keeps it: a player's belief about the situation, drawn on the map and
// shared with chosen roles. Nothing in the simulation reads it; only views, replay and the
// report do. A leaf type (the handlers are plots.ts).
import type { PlotKind } from './plotKinds.ts';

/** Map coordinates in metres from the grid's south-west corner (x east, y north). */
export type MapPoint = [number, number];

export interface Plot {
  id: string;
  kind: PlotKind;
  points: MapPoint[];
  name: string;
  note?: string;
  /** The role that drew it (only it may move, edit or delete it). */
  by: string;
  /** Roles that see it, sorted; `all` for everyone. Director and evaluator always see it. */
  sharedWith: string[];
  t: number;
  /** When it was last moved or edited. */
  changed: number;
}
