// The hazards' entity state (under immer): rain totals and overrides, reservoir pools, gauge
// states, flooded places. The big rasters (water depth, fluxes) live in fields.
import type { Breach } from './reservoirPool.ts';

interface ReservoirState {
  storage: number;
  level: number;
  /** Controlled release ordered through the gates, m³/s. */
  release: number;
  /** Total outflow over the last flood step, m³/s. */
  outflow: number;
  peakLevel: number;
  overtopping: boolean;
  breach: Breach | null;
}

export type GaugeState = 'normal' | 'warning' | 'danger';

export interface HazardEntities {
  /** This run's factor on all rain (drawn at the start from the scenario's uncertainty). */
  rainScale: number;
  /** Cumulative rain (mm) per rain zone id. */
  rainTotal: Record<string, number>;
  /** Rain injects: the series that really falls in a zone from `from` on. */
  rainOverride: Record<string, { from: number; series: [number, number][] }>;
  reservoirs: Record<string, ReservoirState>;
  gauges: Record<string, { state: GaugeState; level: number; peak: number }>;
  /** Places under water now (depth m, since when) and the deepest each has seen. */
  flooded: Record<string, { depth: number; since: number }>;
  maxDepth: Record<string, number>;
  /** Levees by id: water over the crest somewhere now, and the breaches opened in it. */
  levees: Record<string, LeveeState>;
}

interface LeveeState {
  overtopping: boolean;
  /** Each breach: when it opened, how long it erodes (s), and the hydraulic faces it opens. */
  breaches: { t: number; formation: number; faces: number[] }[];
}
