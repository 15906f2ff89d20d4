// Public-exposure tiers of the threat zones and the lethality probit, by substance.
//
// Why AEGL for the zones (and not IDLH, which the plume case uses): a drill's zone decides what
// the public does (shelter, move, close roads), and AEGLs are set for the general public,
// susceptible people included, for 10 min–8 h; IDLH is a worker's escape limit. The 60-minute
// values are used: the scenario's releases last about an hour. Chlorine (NRC, "Acute Exposure
// Guideline Levels for Selected Airborne Chemicals", Vol. 4, 2004, chlorine summary table):
// AEGL-1 0.50 ppm, AEGL-2 (60 min) 2.0 ppm, AEGL-3 (60 min) 20 ppm. Only chlorine is listed: the
// AEGL tables of other substances were not at hand (a scenario naming another substance is
// refused by the scenario check, not given invented tiers).
//
// Lethality: Withers & Lees (1985), "The assessment of major hazards: the lethal toxicity of
// chlorine, Part 2, model of toxicity to man", J. Hazardous Materials 12: for the regular
// population at the standard level of activity, Y = −8.29 + 0.92 ln L, L = Σ C²·T (C in ppm,
// T in min) — the probit also given for chlorine by CCPS and by Crowl & Louvar (Table 2-5).

export interface PublicTier {
  /** AEGL-2, AEGL-3 … (mildest first). */
  id: string;
  ppm: number;
}

export interface Probit {
  a: number;
  b: number;
  /** Exponent on concentration in the toxic load Σ Cⁿ·T. */
  n: 1 | 2;
}

export interface PublicToxicity {
  tiers: PublicTier[];
  probit: Probit;
}

export const PUBLIC_TOXICITY: Readonly<Record<string, PublicToxicity>> = {
  chlorine: {
    tiers: [{ id: 'AEGL-2', ppm: 2.0 }, { id: 'AEGL-3', ppm: 20 }],
    probit: { a: -8.29, b: 0.92, n: 2 },
  },
};

export const hasPublicToxicity = (substance: string): boolean => Object.hasOwn(PUBLIC_TOXICITY, substance);
