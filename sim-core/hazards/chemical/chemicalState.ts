// The chemical release as entities (present only in a scenario with chemical sites): the
// release segments so far, what isolated each site, the air and dose at each village, shelter-
// in-place orders, the threat zone as it truly is and as the teams measured it.

/** One stretch of a release at a constant rate (g/s), or a puff (g). */
export type ReleaseSegment =
  | { site: string; kind: 'continuous'; from: number; to: number | null; rate: number }
  | { site: string; kind: 'puff'; from: number; mass: number };

export interface ZoneTier {
  tier: string;
  ppm: number;
  /** Farthest point of the zone from the site, m. */
  reach: number;
  /** Ground covered on the grid, m² (truth only; measured zones carry the outline). */
  area: number;
  /** Outline [x, y] m, clockwise-or-not; empty when the tier is reached nowhere. */
  polygon: [number, number][];
}

export interface ZoneSnapshot {
  t: number;
  site: string;
  tiers: ZoneTier[];
}

export interface MeasuredZone extends ZoneSnapshot {
  /** The unit whose detectors measured it. */
  by: string;
  /** Roles that know it: the measuring team's audience, and those told by report. */
  knownTo: string[];
}

export interface VillageAir {
  /** Concentration of the air people at home breathe, ppm (indoors once sheltered). */
  inside: number;
  /** Outdoor concentration at the village at the last step, ppm. */
  outside: number;
  /** Toxic load breathed so far, ppmⁿ·min (the probit's L), and dose Σ C·T, ppm·min. */
  load: number;
  dose: number;
  /** Outdoor dose over the same time, ppm·min (what an unsheltered person would have had). */
  outdoorDose: number;
  /** Highest breathed concentration so far, ppm. */
  peak: number;
  /** People killed and hurt by the gas so far (also counted in casualties). */
  dead: number;
  injured: number;
  /** When the outdoor air first reached AEGL-2 (villagers call it in), or null. */
  alerted: number | null;
}

export interface ChemicalEntities {
  releases: ReleaseSegment[];
  /** Kg released so far by site (as of the last step). */
  released: Record<string, number>;
  /** When each site's leak was stopped, and by which unit. */
  isolated: Record<string, { t: number; by: string }>;
  /** Seconds of on-scene work done by each unit isolating a site. */
  isolationWork: Record<string, number>;
  /** Villages ordered to shelter in place: when the order takes effect. */
  sheltered: Record<string, number>;
  villages: Record<string, VillageAir>;
  /** The zone as it is at the last zone step (director and evaluator). */
  zone: ZoneSnapshot | null;
  /** The last zone a team measured, and who knows it. */
  measured: MeasuredZone | null;
  /** What the last zone step was computed for (a change of wind or release recomputes at once). */
  zoneKey: string;
}

export function newChemicalEntities(): ChemicalEntities {
  return { releases: [], released: {}, isolated: {}, isolationWork: {}, sheltered: {}, villages: {}, zone: null, measured: null, zoneKey: '' };
}
