// Force measures (issue: team utilisation and travel times; shelter occupancy): derived from the
// state and its 15-minute series, never stored.
import type { SimState } from '../state.ts';
import type { Scenario } from '../world/scenario.ts';
import { sortedKeys } from '../order.ts';

interface ForcesKpis {
  teams: number;
  /** Mean share of teams out of base over the run so far (sampled every 15 min). */
  utilisation: number;
  peakOut: number;
  /** Teams that have worked past a shift. */
  fatigued: number;
  /** Shelters in use, people in them, and the fullest one's share of its capacity. */
  shelters: { used: number; people: number; capacity: number; fullestShare: number };
}

export function forcesKpis(scenario: Scenario, state: SimState): ForcesKpis {
  const teams = scenario.teams.length;
  const series = state.series;
  let sum = 0, peak = 0;
  for (const s of series) { sum += s.unitsOut; peak = Math.max(peak, s.unitsOut); }
  const units = state.entities.units;
  let fatigued = 0;
  for (const id of sortedKeys(units)) if (units[id].fatigued) fatigued++;
  const occ = state.entities.evacuation.occupancy;
  let used = 0, people = 0, capacity = 0, fullest = 0;
  for (const s of scenario.shelters) {
    const n = occ[s.id] ?? 0;
    if (n <= 0) continue;
    used++;
    people += n;
    capacity += s.capacity;
    fullest = Math.max(fullest, n / s.capacity);
  }
  return {
    teams,
    utilisation: series.length && teams ? Math.round((sum / series.length / teams) * 1000) / 1000 : 0,
    peakOut: peak,
    fatigued,
    shelters: { used, people, capacity, fullestShare: Math.round(fullest * 1000) / 1000 },
  };
}
