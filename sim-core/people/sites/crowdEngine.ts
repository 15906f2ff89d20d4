// The crowd model's physics engine (rapier, WebAssembly) is loaded asynchronously by the host
// (server/crowdEngine.ts awaits its init) and handed to the core here, once per process; the core
// stays synchronous and imports rapier only for its types. A sim whose scenario has crowded sites
// refuses to start without it, with a message that says so.
import type { Rapier } from '../crowd/crowdWorld.ts';

let engine: Rapier | null = null;

export function provideCrowdEngine(R: Rapier): void {
  engine = R;
}

export function crowdEngine(): Rapier {
  if (engine === null) throw new Error('this scenario has crowded sites (sites), but the crowd engine (rapier) was not loaded: the host must call provideCrowdEngine after rapier init()');
  return engine;
}

export function hasCrowdEngine(): boolean {
  return engine !== null;
}
