// Hazard figures of a run for the KPIs: rain, water, fire — from the state and the log.
import type { SimState } from '../state.ts';
import type { Scenario } from '../world/scenario.ts';
import { sortedKeys } from '../order.ts';
import { squared } from '../math/index.ts';

export interface HazardKpis {
  rainTotalMm: Record<string, number>;
  villagesFlooded: number;
  sheltersFlooded: number;
  depotsFlooded: number;
  deepestVillage: { place: string; depth: number } | null;
  roadEdgesFloodedPeak: number;
  gaugeAlarms: number;
  reservoirs: { id: string; peakLevel: number; damCrest: number; overtopped: boolean; breached: boolean }[];
  fires: number;
  firesDetected: number;
  burnedHa: number;
  slides: number;
  slidesOpen: number;
  placesWithOutage: number;
}

export const FLOODED = 0.15;

export function hazardKpis(s: Scenario, state: SimState): HazardKpis {
  const h = state.entities.hazards;
  const ever = (list: { id: string }[]) => list.filter((p) => (h.maxDepth[p.id] ?? 0) > FLOODED).length;
  let deepest: HazardKpis['deepestVillage'] = null;
  for (const v of s.villages) {
    const d = h.maxDepth[v.id] ?? 0;
    if (d > FLOODED && (!deepest || d > deepest.depth)) deepest = { place: v.id, depth: d };
  }
  let flooded = 0, peak = 0, alarms = 0, slides = 0;
  for (const e of state.log) {
    if (e.entry !== 'event') continue;
    if (e.kind === 'roadClosed' && e.cause === 'flood') flooded += e.edges.length;
    if (e.kind === 'roadOpened' && e.cause === 'flood') flooded -= e.edges.length;
    if (e.kind === 'gaugeThreshold' && e.state !== 'normal') alarms++;
    if (e.kind === 'slide') slides++;
    peak = Math.max(peak, flooded);
  }
  const fires = sortedKeys(state.entities.fire.fires).map((id) => state.entities.fire.fires[id]);
  const ha = squared(s.grid.cellSize) / 10_000;
  return {
    rainTotalMm: Object.fromEntries(sortedKeys(h.rainTotal).map((z) => [z, Math.round(h.rainTotal[z])])),
    villagesFlooded: ever(s.villages), sheltersFlooded: ever(s.shelters), depotsFlooded: ever(s.depots),
    deepestVillage: deepest, roadEdgesFloodedPeak: peak, gaugeAlarms: alarms,
    reservoirs: s.reservoirs.map((r) => {
      const st = h.reservoirs[r.id];
      return { id: r.id, peakLevel: Math.round(st.peakLevel * 100) / 100, damCrest: r.damCrest, overtopped: st.peakLevel > r.damCrest, breached: st.breach !== null };
    }),
    fires: fires.length, firesDetected: fires.filter((f) => f.detected !== null).length,
    burnedHa: Math.round(fires.reduce((a, f) => a + (f.burnedCells + f.burningCells) * ha, 0)),
    slides, slidesOpen: Object.keys(state.entities.slides).length,
    placesWithOutage: Object.keys(state.entities.outages).length,
  };
}
