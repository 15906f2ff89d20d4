// The practice worker loads rapier (the crowd model's physics, WebAssembly) only for a scenario
// with crowded sites: a dynamic import, so other scenarios never fetch it.
import { hasCrowdEngine, provideCrowdEngine } from '../../sim-core/people/sites/crowdEngine.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

export async function crowdEngineFor(scenario: Scenario): Promise<void> {
  if (!scenario.sites?.length || hasCrowdEngine()) return;
  const RAPIER = (await import('@dimforge/rapier2d-deterministic-compat')).default;
  await RAPIER.init();
  provideCrowdEngine(RAPIER);
}
