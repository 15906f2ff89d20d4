// The situation map of a run as a PNG file: the shared renderer's picture, encoded on the server.
import type { Sim } from '../../sim-core/sim.ts';
import { renderSituation, situationOf } from '../../presentation/map/situationMap.ts';
import { encodePng } from './png.ts';

export function renderSituationMap(sim: Sim, scale = 2): Uint8Array {
  const img = renderSituation(sim.scenario, situationOf(sim.scenario, sim.state), scale);
  return encodePng(img.width, img.height, img.rgba);
}
