// The situation map of a run as a PNG file: the shared renderer's picture, encoded on the server;
// for the report, with the legend of the layers it draws.
import type { Sim } from '../../sim-core/sim.ts';
import { renderSituation, situationOf } from '../../presentation/map/situationMap.ts';
import { situationLegend, type LegendGroup } from '../../presentation/map/situationLegend.ts';
import { encodePng } from './png.ts';

export function renderSituationMap(sim: Sim, scale = 2): Uint8Array {
  return reportMap(sim, scale).png;
}

/** The map of the sim's moment for the after-action report (Chinese legend, as the report is). */
export function reportMap(sim: Sim, scale = 2): { t: number; png: Uint8Array; legend: LegendGroup[] } {
  const layers = situationOf(sim.scenario, sim.state);
  const img = renderSituation(sim.scenario, layers, scale);
  return { t: sim.state.t, png: encodePng(img.width, img.height, img.rgba), legend: situationLegend(sim.scenario, layers, 'zh') };
}
