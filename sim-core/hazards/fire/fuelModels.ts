// Standard fire behaviour fuel models for Rothermel's (1972) surface spread model:
// the 13 of Anderson (1982, INT-GTR-122), with the loads in lb/ft² as tabulated by Albini
// (1976, INT-GTR-30), and the 40 of Scott & Burgan (2005, RMRS-GTR-153, Table 7), published in
// tons/acre and converted here (1 t/ac = 2000/43560 lb/ft²). Numbers follow the national
// convention used by BehavePlus and FARSITE: 1–13 Anderson, 101–204 Scott & Burgan.
// Imperial units throughout, as the model equations are written in them.

export interface FuelModel {
  /** 1–13 (Anderson 1982) or 101–204 (Scott & Burgan 2005) */
  number: number;
  /** "FM1"…"FM13", or the Scott & Burgan code ("GR1"…"SB4") */
  code: string;
  name: string;
  /** fuel bed depth, ft */
  depth: number;
  /** dead fuel moisture of extinction, fraction */
  mxDead: number;
  /** heat content of dead and live fuel, Btu/lb */
  heatDead: number;
  heatLive: number;
  /** oven-dry loads, lb/ft² */
  load1: number;
  load10: number;
  load100: number;
  loadHerb: number;
  loadWoody: number;
  /** surface-area-to-volume ratios, ft²/ft³ (10-h and 100-h are fixed at 109 and 30) */
  sav1: number;
  savHerb: number;
  savWoody: number;
  /** dynamic: live herb load cures to dead with falling herb moisture (Scott & Burgan 2005, p. 8) */
  dynamic: boolean;
}

const TONS_PER_ACRE = 2000 / 43560; // lb/ft² per t/ac

type Row = [
  number, string, string, // number, code, name
  number, number, number, // depth ft, Mx dead %, heat Btu/lb (dead = live)
  number, number, number, number, number, // loads 1h, 10h, 100h, herb, woody
  number, number, number, // SAV 1h, herb, woody
  boolean, // dynamic
];

// Anderson (1982), loads in lb/ft² (Albini 1976, Table 2); all static.
const ANDERSON: Row[] = [
  [1, 'FM1', 'Short grass', 1.0, 12, 8000, 0.034, 0, 0, 0, 0, 3500, 1500, 1500, false],
  [2, 'FM2', 'Timber grass and understory', 1.0, 15, 8000, 0.092, 0.046, 0.023, 0.023, 0, 3000, 1500, 1500, false],
  [3, 'FM3', 'Tall grass', 2.5, 25, 8000, 0.138, 0, 0, 0, 0, 1500, 1500, 1500, false],
  [4, 'FM4', 'Chaparral', 6.0, 20, 8000, 0.23, 0.184, 0.092, 0, 0.23, 2000, 1500, 1500, false],
  [5, 'FM5', 'Brush', 2.0, 20, 8000, 0.046, 0.023, 0, 0, 0.092, 2000, 1500, 1500, false],
  [6, 'FM6', 'Dormant brush, hardwood slash', 2.5, 25, 8000, 0.069, 0.115, 0.092, 0, 0, 1750, 1500, 1500, false],
  [7, 'FM7', 'Southern rough', 2.5, 40, 8000, 0.052, 0.086, 0.069, 0, 0.017, 1750, 1500, 1500, false],
  [8, 'FM8', 'Short needle litter', 0.2, 30, 8000, 0.069, 0.046, 0.115, 0, 0, 2000, 1500, 1500, false],
  [9, 'FM9', 'Long needle or hardwood litter', 0.2, 25, 8000, 0.134, 0.019, 0.007, 0, 0, 2500, 1500, 1500, false],
  [10, 'FM10', 'Timber litter and understory', 1.0, 25, 8000, 0.138, 0.092, 0.23, 0, 0.092, 2000, 1500, 1500, false],
  [11, 'FM11', 'Light logging slash', 1.0, 15, 8000, 0.069, 0.207, 0.253, 0, 0, 1500, 1500, 1500, false],
  [12, 'FM12', 'Medium logging slash', 2.3, 20, 8000, 0.184, 0.644, 0.759, 0, 0, 1500, 1500, 1500, false],
  [13, 'FM13', 'Heavy logging slash', 3.0, 25, 8000, 0.322, 1.058, 1.288, 0, 0, 1500, 1500, 1500, false],
];

// Scott & Burgan (2005), Table 7; loads in t/ac. (D) dynamic, (S) static.
const SCOTT_BURGAN: Row[] = [
  [101, 'GR1', 'Short, sparse dry climate grass', 0.4, 15, 8000, 0.1, 0, 0, 0.3, 0, 2200, 2000, 1500, true],
  [102, 'GR2', 'Low load, dry climate grass', 1.0, 15, 8000, 0.1, 0, 0, 1.0, 0, 2000, 1800, 1500, true],
  [103, 'GR3', 'Low load, very coarse, humid climate grass', 2.0, 30, 8000, 0.1, 0.4, 0, 1.5, 0, 1500, 1300, 1500, true],
  [104, 'GR4', 'Moderate load, dry climate grass', 2.0, 15, 8000, 0.25, 0, 0, 1.9, 0, 2000, 1800, 1500, true],
  [105, 'GR5', 'Low load, humid climate grass', 1.5, 40, 8000, 0.4, 0, 0, 2.5, 0, 1800, 1600, 1500, true],
  [106, 'GR6', 'Moderate load, humid climate grass', 1.5, 40, 9000, 0.1, 0, 0, 3.4, 0, 2200, 2000, 1500, true],
  [107, 'GR7', 'High load, dry climate grass', 3.0, 15, 8000, 1.0, 0, 0, 5.4, 0, 2000, 1800, 1500, true],
  [108, 'GR8', 'High load, very coarse, humid climate grass', 4.0, 30, 8000, 0.5, 1.0, 0, 7.3, 0, 1500, 1300, 1500, true],
  [109, 'GR9', 'Very high load, humid climate grass', 5.0, 40, 8000, 1.0, 1.0, 0, 9.0, 0, 1800, 1600, 1500, true],
  [121, 'GS1', 'Low load, dry climate grass-shrub', 0.9, 15, 8000, 0.2, 0, 0, 0.5, 0.65, 2000, 1800, 1800, true],
  [122, 'GS2', 'Moderate load, dry climate grass-shrub', 1.5, 15, 8000, 0.5, 0.5, 0, 0.6, 1.0, 2000, 1800, 1800, true],
  [123, 'GS3', 'Moderate load, humid climate grass-shrub', 1.8, 40, 8000, 0.3, 0.25, 0, 1.45, 1.25, 1800, 1600, 1600, true],
  [124, 'GS4', 'High load, humid climate grass-shrub', 2.1, 40, 8000, 1.9, 0.3, 0.1, 3.4, 7.1, 1800, 1600, 1600, true],
  [141, 'SH1', 'Low load, dry climate shrub', 1.0, 15, 8000, 0.25, 0.25, 0, 0.15, 1.3, 2000, 1800, 1600, true],
  [142, 'SH2', 'Moderate load, dry climate shrub', 1.0, 15, 8000, 1.35, 2.4, 0.75, 0, 3.85, 2000, 1800, 1600, false],
  [143, 'SH3', 'Moderate load, humid climate shrub', 2.4, 40, 8000, 0.45, 3.0, 0, 0, 6.2, 1600, 1800, 1400, false],
  [144, 'SH4', 'Low load, humid climate timber-shrub', 3.0, 30, 8000, 0.85, 1.15, 0.2, 0, 2.55, 2000, 1800, 1600, false],
  [145, 'SH5', 'High load, dry climate shrub', 6.0, 15, 8000, 3.6, 2.1, 0, 0, 2.9, 750, 1800, 1600, false],
  [146, 'SH6', 'Low load, humid climate shrub', 2.0, 30, 8000, 2.9, 1.45, 0, 0, 1.4, 750, 1800, 1600, false],
  [147, 'SH7', 'Very high load, dry climate shrub', 6.0, 15, 8000, 3.5, 5.3, 2.2, 0, 3.4, 750, 1800, 1600, false],
  [148, 'SH8', 'High load, humid climate shrub', 3.0, 40, 8000, 2.05, 3.4, 0.85, 0, 4.35, 750, 1800, 1600, false],
  [149, 'SH9', 'Very high load, humid climate shrub', 4.4, 40, 8000, 4.5, 2.45, 0, 1.55, 7.0, 750, 1800, 1500, true],
  [161, 'TU1', 'Low load, dry climate timber-grass-shrub', 0.6, 20, 8000, 0.2, 0.9, 1.5, 0.2, 0.9, 2000, 1800, 1600, true],
  [162, 'TU2', 'Moderate load, humid climate timber-shrub', 1.0, 30, 8000, 0.95, 1.8, 1.25, 0, 0.2, 2000, 1800, 1600, false],
  [163, 'TU3', 'Moderate load, humid climate timber-grass-shrub', 1.3, 30, 8000, 1.1, 0.15, 0.25, 0.65, 1.1, 1800, 1600, 1400, true],
  [164, 'TU4', 'Dwarf conifer with understory', 0.5, 12, 8000, 4.5, 0, 0, 0, 2.0, 2300, 1800, 2000, false],
  [165, 'TU5', 'Very high load, dry climate timber-shrub', 1.0, 25, 8000, 4.0, 4.0, 3.0, 0, 3.0, 1500, 1800, 750, false],
  [181, 'TL1', 'Low load compact conifer litter', 0.2, 30, 8000, 1.0, 2.2, 3.6, 0, 0, 2000, 1800, 1600, false],
  [182, 'TL2', 'Low load broadleaf litter', 0.2, 25, 8000, 1.4, 2.3, 2.2, 0, 0, 2000, 1800, 1600, false],
  [183, 'TL3', 'Moderate load conifer litter', 0.3, 20, 8000, 0.5, 2.2, 2.8, 0, 0, 2000, 1800, 1600, false],
  [184, 'TL4', 'Small downed logs', 0.4, 25, 8000, 0.5, 1.5, 4.2, 0, 0, 2000, 1800, 1600, false],
  [185, 'TL5', 'High load conifer litter', 0.6, 25, 8000, 1.15, 2.5, 4.4, 0, 0, 2000, 1800, 1600, false],
  [186, 'TL6', 'Moderate load broadleaf litter', 0.3, 25, 8000, 2.4, 1.2, 1.2, 0, 0, 2000, 1800, 1600, false],
  [187, 'TL7', 'Large downed logs', 0.4, 25, 8000, 0.3, 1.4, 8.1, 0, 0, 2000, 1800, 1600, false],
  [188, 'TL8', 'Long-needle litter', 0.3, 35, 8000, 5.8, 1.4, 1.1, 0, 0, 1800, 1800, 1600, false],
  [189, 'TL9', 'Very high load broadleaf litter', 0.6, 35, 8000, 6.65, 3.3, 4.15, 0, 0, 1800, 1800, 1600, false],
  [201, 'SB1', 'Low load activity fuel', 1.0, 25, 8000, 1.5, 3.0, 11.0, 0, 0, 2000, 1800, 1600, false],
  [202, 'SB2', 'Moderate load activity fuel or low load blowdown', 1.0, 25, 8000, 4.5, 4.25, 4.0, 0, 0, 2000, 1800, 1600, false],
  [203, 'SB3', 'High load activity fuel or moderate load blowdown', 1.2, 25, 8000, 5.5, 2.75, 3.0, 0, 0, 2000, 1800, 1600, false],
  [204, 'SB4', 'High load blowdown', 2.7, 25, 8000, 5.25, 3.5, 5.25, 0, 0, 2000, 1800, 1600, false],
];

function toModel(row: Row, loadUnit: number): FuelModel {
  const [number, code, name, depth, mx, heat, l1, l10, l100, lh, lw, s1, sh, sw, dynamic] = row;
  return {
    number, code, name, depth, mxDead: mx / 100, heatDead: heat, heatLive: heat,
    load1: l1 * loadUnit, load10: l10 * loadUnit, load100: l100 * loadUnit,
    loadHerb: lh * loadUnit, loadWoody: lw * loadUnit,
    sav1: s1, savHerb: sh, savWoody: sw, dynamic,
  };
}

/** All 53 standard models: Anderson 1–13, then Scott & Burgan in their published order. */
export const FUEL_MODELS: readonly FuelModel[] = Object.freeze([
  ...ANDERSON.map((r) => Object.freeze(toModel(r, 1))),
  ...SCOTT_BURGAN.map((r) => Object.freeze(toModel(r, TONS_PER_ACRE))),
]);

const BY_NUMBER = new Map<number, FuelModel>(FUEL_MODELS.map((m) => [m.number, m]));
const BY_CODE = new Map<string, FuelModel>(FUEL_MODELS.map((m) => [m.code, m]));

/** Looks a model up by number (1–13, 101–204) or code ("GS4", "gs4", "FM4"); null if unknown. */
export function findFuelModel(key: number | string): FuelModel | null {
  if (typeof key === 'number') return BY_NUMBER.get(key) ?? null;
  return BY_CODE.get(key.trim().toUpperCase()) ?? null;
}
