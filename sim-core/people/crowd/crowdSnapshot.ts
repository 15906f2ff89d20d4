// Snapshot and restore of a running crowd. rapier serialises its whole world (bodies, contacts
// with their warm-start impulses, broad phase, integration parameters) and restores it exactly;
// the rest is the per-agent arrays rapier does not hold. The floor fields are not stored: they
// are a pure function of the case and are rebuilt. Restoring and stepping on gives the same
// bits as never having stopped (tests/models/crowd.test.ts).

import { Digest } from '../../hash/digest.ts';
import { DEFAULT_CROWD_PARAMS, type CrowdParams } from './crowdParams.ts';
import { type CrowdScenario } from './crowdCaseInput.ts';
import { type CrowdSim } from './crowdState.ts';
import { emptySim, readBodies } from './crowdSim.ts';
import { configureWorld, type Rapier } from './crowdWorld.ts';
import { buildNavigation, type CrowdNavigation } from './navigation.ts';

interface CrowdSnapshot {
  steps: number;
  remaining: number;
  maxDensity: number;
  alive: Uint8Array;
  /** where each agent was last (for those gone, where they crossed the exit) */
  px: Float64Array;
  py: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
  ex: Float64Array;
  ey: Float64Array;
  exitTime: Float64Array;
  exitUsed: Int32Array;
  /** rapier's handle of each agent's body; NaN once the agent has left */
  handles: Float64Array;
  /** rapier's own snapshot of the world */
  world: Uint8Array;
}

export function snapshotCrowd(sim: CrowdSim): CrowdSnapshot {
  const handles = new Float64Array(sim.n).fill(NaN);
  for (let a = 0; a < sim.n; a++) {
    const body = sim.bodies[a];
    if (body !== null) handles[a] = body.handle;
  }
  return {
    steps: sim.steps,
    remaining: sim.remaining,
    maxDensity: sim.maxDensity,
    alive: sim.alive.slice(),
    px: sim.px.slice(),
    py: sim.py.slice(),
    vx: sim.vx.slice(),
    vy: sim.vy.slice(),
    ex: sim.ex.slice(),
    ey: sim.ey.slice(),
    exitTime: sim.exitTime.slice(),
    exitUsed: sim.exitUsed.slice(),
    handles,
    world: sim.world.takeSnapshot(),
  };
}

/** A new sim, in a new rapier world, in exactly the state the snapshot was taken in. */
export function restoreCrowd(
  R: Rapier, scenario: CrowdScenario, snap: CrowdSnapshot, params: CrowdParams = DEFAULT_CROWD_PARAMS, nav?: CrowdNavigation,
): CrowdSim {
  const world = R.World.restoreSnapshot(snap.world);
  configureWorld(world, params);
  const sim = emptySim(scenario, params, nav ?? buildNavigation(scenario), world);
  sim.steps = snap.steps;
  sim.remaining = snap.remaining;
  sim.maxDensity = snap.maxDensity;
  sim.alive.set(snap.alive);
  sim.px.set(snap.px);
  sim.py.set(snap.py);
  sim.vx.set(snap.vx);
  sim.vy.set(snap.vy);
  sim.ex.set(snap.ex);
  sim.ey.set(snap.ey);
  sim.exitTime.set(snap.exitTime);
  sim.exitUsed.set(snap.exitUsed);
  for (let a = 0; a < sim.n; a++) {
    if (Number.isNaN(snap.handles[a])) continue;
    const body = world.bodies.get(snap.handles[a]);
    if (body === null) throw new Error(`crowd snapshot: body of agent ${a} is missing from the rapier world`);
    sim.bodies[a] = body;
  }
  readBodies(sim);
  return sim;
}

/** A hash of everything that evolves: positions, velocities, who is in, exit times. */
export function crowdDigest(sim: CrowdSim): string {
  return new Digest()
    .bytes(sim.px).bytes(sim.py).bytes(sim.vx).bytes(sim.vy)
    .bytes(sim.alive).bytes(sim.exitTime)
    .string(`${sim.steps}:${sim.maxDensity}`)
    .hex();
}
