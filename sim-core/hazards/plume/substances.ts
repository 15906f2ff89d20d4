// Threat-zone thresholds. The tier used is NIOSH's IDLH ("immediately dangerous to life or
// health": the concentration from which a worker could escape within 30 minutes without
// irreversible health effects). Why IDLH: it is one published value per substance, set for the
// escape-or-not decision a drill's zone stands for, and it is the value we could actually find
// and read for both substances while writing this. AEGL tiers (EPA/NRC, 10 min–8 h) are the
// better public-exposure measure but their tables were not readable here — a case may pass its
// own tiers (e.g. AEGL-1/2/3 from the EPA table) instead; nothing below is invented.
//
// Sources:
// - Chlorine (CAS 7782-50-5): IDLH 10 ppm ("Revised IDLH: 10 ppm", NIOSH, Documentation for
//   Immediately Dangerous to Life or Health Concentrations, entry 7782505; also quoted by the
//   NLM WISER chlorine page). Molar mass 70.90 g/mol.
// - Ammonia (CAS 7664-41-7): IDLH 300 ppm (NIOSH, as quoted by the Minnesota Department of
//   Agriculture's anhydrous-ammonia safety page). Molar mass 17.03 g/mol.
// ppm ↔ mg/m³ at 25 °C and 1 atm: mg/m³ = ppm × M / 24.45 (EPA Air Toxics fact sheets'
// conversion, "mg/m3 = (ppm) × (molecular weight of the compound)/(24.45)").

export interface Tier {
  /** A short key ("IDLH", "AEGL-2", …). */
  id: string;
  ppm: number;
}

export interface Substance {
  id: string;
  /** g/mol */
  molarMass: number;
  tiers: Tier[];
}

export const SUBSTANCES: Readonly<Record<string, Substance>> = {
  chlorine: { id: 'chlorine', molarMass: 70.90, tiers: [{ id: 'IDLH', ppm: 10 }] },
  ammonia: { id: 'ammonia', molarMass: 17.03, tiers: [{ id: 'IDLH', ppm: 300 }] },
};

/** Molar volume of an ideal gas at 25 °C, 1 atm, L/mol (the EPA conversion's 24.45). */
export const MOLAR_VOLUME_25C = 24.45;

/** ppm (by volume) → g/m³. */
export function ppmToGramsPerCubicMetre(ppm: number, molarMass: number): number {
  return (ppm * molarMass) / MOLAR_VOLUME_25C / 1000;
}
