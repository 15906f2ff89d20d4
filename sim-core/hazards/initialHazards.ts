// The hazards' state at t = 0: no rain yet, pools at their flood-season level, gauges read.
import type { Scenario } from '../world/scenario.ts';
import type { HazardEntities } from './hazardState.ts';
import { initialReservoirState } from './reservoirStep.ts';

export function initialHazards(s: Scenario): HazardEntities {
  const reservoirs: HazardEntities['reservoirs'] = {};
  for (const r of s.reservoirs) reservoirs[r.id] = initialReservoirState(r);
  const gauges: HazardEntities['gauges'] = {};
  for (const g of s.gauges) {
    const level = g.on === 'reservoir' && g.reservoir ? reservoirs[g.reservoir].level : s.elevation[Math.floor(g.y / s.grid.cellSize) * s.grid.width + Math.floor(g.x / s.grid.cellSize)];
    const rounded = Math.round(level * 100) / 100;
    gauges[g.id] = { state: level >= g.dangerLevel ? 'danger' : level >= g.warningLevel ? 'warning' : 'normal', level: rounded, peak: level };
  }
  const levees: HazardEntities['levees'] = {};
  for (const l of s.levees) levees[l.id] = { overtopping: false, breaches: [] };
  return { rainScale: 1, rainTotal: {}, rainOverride: {}, reservoirs, gauges, flooded: {}, maxDepth: {}, levees };
}
