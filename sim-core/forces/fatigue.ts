// Fatigue: a team on duty longer than a shift works at half its rate until it has rested at its
// base. Shift 12 h and rest 8 h: the common rotation of Chinese rescue teams in prolonged
// operations (两班倒); assumed figures.
import type { UnitState } from './unitState.ts';

export const SHIFT_SECONDS = 12 * 3600;
export const REST_SECONDS = 8 * 3600;
const TIRED_FACTOR = 0.5;

/** Multiplier of a unit's work rate at time t. */
export function workFactor(u: Pick<UnitState, 'dutySince'>, t: number): number {
  return u.dutySince !== null && t - u.dutySince > SHIFT_SECONDS ? TIRED_FACTOR : 1;
}

/** When a unit leaves base: a new shift starts unless it has not rested long enough. */
export function startDuty(u: Pick<UnitState, 'dutySince' | 'restSince'>, t: number): number | null {
  if (u.dutySince === null) return t;
  if (u.restSince !== null && t - u.restSince >= REST_SECONDS) return t;
  return u.dutySince;
}
