// Loads rapier (WebAssembly, for the crowd model) once per process and hands it to the core,
// so any sim of a scenario with crowded sites can step its crowds synchronously. Imported for
// its effect by scenarioFiles.ts: every server path that loads a scenario has it ready.
import RAPIER from '@dimforge/rapier2d-deterministic-compat';
import { hasCrowdEngine, provideCrowdEngine } from '../sim-core/people/sites/crowdEngine.ts';

if (!hasCrowdEngine()) {
  await RAPIER.init();
  provideCrowdEngine(RAPIER);
}
