// Running a crowd: build it from a validated case, step it, read the result. One step:
//   1. the social force gives every person inside a new velocity (socialForce.ts);
//   2. rapier moves the bodies with those velocities, resolving contacts with walls and
//      with each other;
//   3. positions and velocities are copied back, and whoever crossed an exit line during the
//      step leaves the world, with the crossing time interpolated within the step.

import { DEFAULT_CROWD_PARAMS, type CrowdParams } from './crowdParams.ts';
import { type CrowdScenario } from './crowdCaseInput.ts';
import { crowdTime, type CrowdSim } from './crowdState.ts';
import { buildCrowdWorld, type Rapier } from './crowdWorld.ts';
import { buildNavigation, type CrowdNavigation } from './navigation.ts';
import { cellAt } from './navGrid.ts';
import { makeNeighbourGrid } from './neighbourGrid.ts';
import { crossingFraction } from './segments.ts';
import { repulsionTable, socialForceStep } from './socialForce.ts';

export function createCrowdSim(R: Rapier, scenario: CrowdScenario, params: CrowdParams = DEFAULT_CROWD_PARAMS, nav?: CrowdNavigation): CrowdSim {
  const navigation = nav ?? buildNavigation(scenario);
  const { world, bodies } = buildCrowdWorld(R, scenario, params);
  const sim = emptySim(scenario, params, navigation, world);
  sim.bodies = bodies;
  sim.alive.fill(1);
  sim.remaining = sim.n;
  readBodies(sim);
  initialDirections(sim);
  return sim;
}

/** The sim's arrays, sized for the case, with nobody placed yet (creation and restore fill it). */
export function emptySim(scenario: CrowdScenario, params: CrowdParams, nav: CrowdNavigation, world: CrowdSim['world']): CrowdSim {
  const n = scenario.x.length;
  const wallXY = new Float64Array(4 * scenario.walls.length);
  scenario.walls.forEach((w, k) => wallXY.set(w, 4 * k));
  return {
    world, scenario, params, nav,
    grid: makeNeighbourGrid(nav.bounds, params.cutoff, n, scenario.walls, params.wallCutoff),
    repulsion: repulsionTable(scenario.radius, params.agentA, params.agentB, params.cutoff),
    wallXY,
    n,
    steps: 0,
    remaining: 0,
    bodies: new Array<CrowdSim['bodies'][number]>(n).fill(null),
    alive: new Uint8Array(n),
    px: new Float64Array(n),
    py: new Float64Array(n),
    vx: new Float64Array(n),
    vy: new Float64Array(n),
    ex: new Float64Array(n),
    ey: new Float64Array(n),
    exitTime: new Float64Array(n).fill(NaN),
    exitUsed: new Int32Array(n).fill(-1),
    maxDensity: 0,
    active: new Uint8Array(n),
    fx: new Float64Array(n),
    fy: new Float64Array(n),
    nearCount: new Int32Array(n),
    nvx: new Float64Array(n),
    nvy: new Float64Array(n),
  };
}

/** Copies positions and velocities of everyone inside out of rapier. */
export function readBodies(sim: CrowdSim): void {
  for (let a = 0; a < sim.n; a++) {
    const body = sim.bodies[a];
    if (body === null) continue;
    const p = body.translation();
    const v = body.linvel();
    sim.px[a] = p.x;
    sim.py[a] = p.y;
    sim.vx[a] = v.x;
    sim.vy[a] = v.y;
  }
}

function initialDirections(sim: CrowdSim): void {
  const { nav } = sim;
  for (let a = 0; a < sim.n; a++) {
    const f = nav.fields[nav.fieldOf[a]];
    const cell = cellAt(nav.grid, sim.px[a], sim.py[a]);
    sim.ex[a] = f.dirX[cell];
    sim.ey[a] = f.dirY[cell];
  }
}

export function stepCrowd(sim: CrowdSim): void {
  const density = socialForceStep(sim);
  if (density > sim.maxDensity) sim.maxDensity = density;
  const { n, alive, bodies, nvx, nvy } = sim;
  const v = { x: 0, y: 0 };
  for (let a = 0; a < n; a++) {
    if (!alive[a]) continue;
    v.x = nvx[a];
    v.y = nvy[a];
    bodies[a]!.setLinvel(v, true);
  }
  sim.world.step();
  const t0 = crowdTime(sim);
  sim.steps++;
  moveAndExit(sim, t0);
}

/** Reads the new positions; anyone whose move crossed an exit line leaves the world. */
function moveAndExit(sim: CrowdSim, t0: number): void {
  const { n, alive, bodies, px, py, vx, vy, scenario, nav } = sim;
  const exits = scenario.exits;
  const near = nav.fields[0].dist;
  const dt = sim.params.dt;
  // Only people this close to an exit (in floor-field cost, which is never less than the
  // distance) can cross one within a step, even at a sprint; the rest skip the segment tests.
  const gate = 2 + 13 * dt;
  for (let a = 0; a < n; a++) {
    if (!alive[a]) continue;
    const body = bodies[a]!;
    const ox = px[a];
    const oy = py[a];
    const p = body.translation();
    const v = body.linvel();
    px[a] = p.x;
    py[a] = p.y;
    vx[a] = v.x;
    vy[a] = v.y;
    if (!(near[cellAt(nav.grid, p.x, p.y)] <= gate) && !(near[cellAt(nav.grid, ox, oy)] <= gate)) continue;
    for (let e = 0; e < exits.length; e++) {
      const s = exits[e];
      const f = crossingFraction(ox, oy, p.x, p.y, s[0], s[1], s[2], s[3]);
      if (f < 0) continue;
      sim.exitTime[a] = t0 + f * dt;
      sim.exitUsed[a] = e;
      alive[a] = 0;
      sim.remaining--;
      sim.world.removeRigidBody(body);
      bodies[a] = null;
      break;
    }
  }
}

/** Steps until everyone is out or maxTime is reached. */
export function runCrowd(sim: CrowdSim): void {
  const maxSteps = Math.ceil(sim.scenario.maxTime / sim.params.dt - 1e-9);
  while (sim.remaining > 0 && sim.steps < maxSteps) stepCrowd(sim);
}

/** Releases rapier's memory (it lives outside the JS heap). */
export function freeCrowd(sim: CrowdSim): void {
  sim.world.free();
}
