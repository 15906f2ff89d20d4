// 危化品企业 — a hazardous-chemical site of a scenario as the core uses it: where it is (a place
// of the scenario, so teams can be sent there), what it stores and how much, and the day's
// dispersion setting (stability class and σ scheme). Leaf types: imports nothing from the state.
import type { LocalText } from '../../world/localText.ts';
import type { SigmaScheme, StabilityClass } from '../plume/stability.ts';

export interface ChemicalSite {
  id: string;
  name: LocalText;
  /** The scenario place the site is reached at (its x, y are the release point). */
  place: string;
  x: number;
  y: number;
  /** A key of SUBSTANCES (plume/substances.ts) that also has public tiers (publicTiers.ts). */
  substance: string;
  /** Stored quantity, kg: no release can put out more. */
  inventory: number;
  /** Release height above ground, m. */
  height: number;
}

export interface ChemicalSetting {
  sites: ChemicalSite[];
  /** Pasquill–Gifford class of the day (the scenario's, from its weather; see docs/verification.md). */
  stability: StabilityClass;
  sigma: SigmaScheme;
}
