// Work memory of one sim: the buffers and caches its flood and fire steps reuse from step to
// step. Derived data, never state (not hashed, not snapshotted): each is rebuilt from the state
// before it is read. It belongs to one sim — never to the scenario, which every sim of it shares —
// so two exercises of one scenario can be stepped in turn without touching each other's memory.
import type { FloodScratch } from './hazards/flood/localInertial.ts';
import type { FireCells } from './hazards/fire/spread.ts';
import type { MinHeap } from './forces/binaryHeap.ts';
import type { PathTree } from './forces/routing.ts';

export interface FloodWork {
  /** Runoff rate per hydraulic cell (m/s) for the step being taken (rainStep.ts). */
  rainRate: Float32Array;
  /** The local-inertial solver's work arrays. */
  solver: FloodScratch;
  /** Levee crests on the hydraulic grid's x and y faces at this step (−Infinity: no levee); null without levees. */
  crests: { crestX: Float64Array; crestY: Float64Array } | null;
}

export interface FireWork {
  /** Spread rates per cell for the weather `weatherKey` (recomputed when the weather changes). */
  weatherKey: string;
  cells: FireCells | null;
  /** Arrival times of the last recompute, before they are merged into the state. */
  arrival: Float64Array;
}

/** Dijkstra's heap and distance arrays for route finding, reused by every route the sim asks for. */
export interface RoutingWork {
  heap: MinHeap;
  tree: PathTree;
}

export interface SimScratch {
  flood: FloodWork | null;
  fire: FireWork | null;
  routing: RoutingWork | null;
  /** The chemical release's concentration over the grid (ppm) and a per-segment buffer; absent until a zone is computed. */
  chemical?: { field: Float64Array; segment: Float64Array };
  /** The closure field less ordered closures, as teams and convoys meet it (forces/knownRoads.ts emergencyClosed). */
  emergencyRoads?: { of: Uint8Array; version: number; closed: Uint8Array };
  /** The solver's work arrays of each burst's street grid (hazards/waterMain/streetFlood.ts), by burst id. */
  streets?: Record<string, FloodScratch>;
}

export function createSimScratch(): SimScratch {
  return { flood: null, fire: null, routing: null };
}
