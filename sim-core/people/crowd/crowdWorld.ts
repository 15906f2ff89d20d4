// The rapier world of a crowd: walls are fixed segment colliders, each person a ball on a
// dynamic body with no gravity (the floor is the plane) and no rotation. The ball is a person's
// incompressible core (crowdParams.ts): people never overlap each other's cores or pass through a
// wall; the compressible shell round it is a force in socialForce.ts.
// The deterministic build of rapier gives the same bits on every platform, and its snapshots
// restore exactly (crowdSnapshot.ts).
//
// The module is passed in by the caller (server code awaits its `init()`), so this core stays
// synchronous and imports rapier only for its types.

import type * as RapierModule from '@dimforge/rapier2d-deterministic-compat';
import { type CrowdParams } from './crowdParams.ts';
import { type CrowdScenario } from './crowdCaseInput.ts';

// The module as `import RAPIER from` gives it (its default export), already initialised.
export type Rapier = typeof RapierModule.default;
export type RapierWorld = RapierModule.World;
export type RapierBody = RapierModule.RigidBody;

export function buildCrowdWorld(R: Rapier, c: CrowdScenario, p: CrowdParams): { world: RapierWorld; bodies: RapierBody[] } {
  const world = new R.World({ x: 0, y: 0 });
  configureWorld(world, p);
  for (const w of c.walls) {
    // Frictionless: a person brushing a wall slides along it (the social force keeps them off).
    world.createCollider(R.ColliderDesc.segment({ x: w[0], y: w[1] }, { x: w[2], y: w[3] }).setFriction(0).setRestitution(0));
  }
  const bodies: RapierBody[] = [];
  for (let a = 0; a < c.x.length; a++) {
    const body = world.createRigidBody(
      R.RigidBodyDesc.dynamic().setTranslation(c.x[a], c.y[a]).lockRotations().setCanSleep(false),
    );
    // Friction between bodies is left out on purpose: the repulsion already models the
    // pushing, and Coulomb friction between balls makes arches that block doors for good.
    world.createCollider(R.ColliderDesc.ball(c.radius * p.coreFraction).setFriction(0).setRestitution(0).setMass(p.mass), body);
    bodies.push(body);
  }
  return { world, bodies };
}

export function configureWorld(world: RapierWorld, p: CrowdParams): void {
  world.timestep = p.dt;
  world.integrationParameters.numSolverIterations = p.solverIterations;
}
