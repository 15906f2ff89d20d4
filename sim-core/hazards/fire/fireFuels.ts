// The fuel index table of the fire grid: a landscape stores one byte per cell that indexes this
// table, so the simulation maps its land cover to fuel indices once. 0 is non-burnable (water,
// rock, built-up, fire breaks); 1–13 are Anderson's (1982) models under their own numbers;
// 14–53 are Scott & Burgan's (2005) 40 models in their published order (GR1 = 14 … SB4 = 53).

import { FUEL_MODELS, type FuelModel } from './fuelModels.ts';

export const NON_BURNABLE = 0;

/** index → fuel model; index 0 is null (non-burnable) */
export const FIRE_FUELS: readonly (FuelModel | null)[] = Object.freeze([null, ...FUEL_MODELS]);

/** The grid fuel index of a model number (1–13, 101–204) or code ("GS4"); −1 if unknown. */
export function fireFuelIndex(key: number | string): number {
  for (let k = 1; k < FIRE_FUELS.length; k++) {
    const m = FIRE_FUELS[k] as FuelModel;
    if (typeof key === 'number' ? m.number === key : m.code === key.trim().toUpperCase()) return k;
  }
  return -1;
}
