// The state of a running crowd: the rapier world (positions, velocities, contacts) plus, per
// agent, typed arrays of what rapier does not hold. Positions and velocities are copied out of
// rapier after every step, so the force pass reads plain arrays.

import { type CrowdParams } from './crowdParams.ts';
import { type CrowdScenario } from './crowdCaseInput.ts';
import { type RapierBody, type RapierWorld } from './crowdWorld.ts';
import { type CrowdNavigation } from './navigation.ts';
import { type NeighbourGrid } from './neighbourGrid.ts';

export interface CrowdSim {
  world: RapierWorld;
  readonly scenario: CrowdScenario;
  readonly params: CrowdParams;
  readonly nav: CrowdNavigation;
  readonly grid: NeighbourGrid;
  /** the agent–agent repulsion by distance (socialForce.ts) */
  readonly repulsion: Float64Array;
  /** walls as a flat [x1, y1, x2, y2, …] array for the force pass */
  readonly wallXY: Float64Array;
  /** agent count at the start */
  readonly n: number;
  /** steps taken; sim time is steps · dt */
  steps: number;
  /** agents still inside */
  remaining: number;
  /** rapier bodies by agent; null once the agent has left */
  bodies: (RapierBody | null)[];
  /** 1 while the agent is inside */
  alive: Uint8Array;
  /** position (m) and velocity (m/s) after the last step */
  px: Float64Array;
  py: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
  /** the last defined desired direction, kept where the floor field has none */
  ex: Float64Array;
  ey: Float64Array;
  /** time the agent crossed an exit, s; NaN while inside */
  exitTime: Float64Array;
  /** which exit it left by; −1 while inside */
  exitUsed: Int32Array;
  /** the highest local density seen so far, P/m² */
  maxDensity: number;
  /** scratch for the force pass: 1 once past the reaction time, force (N), people within the
   *  density radius, new velocity (m/s) */
  readonly active: Uint8Array;
  readonly fx: Float64Array;
  readonly fy: Float64Array;
  readonly nearCount: Int32Array;
  readonly nvx: Float64Array;
  readonly nvy: Float64Array;
}

export function crowdTime(sim: CrowdSim): number {
  return sim.steps * sim.params.dt;
}
