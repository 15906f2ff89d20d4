// Wind damage by speed. Two stated assumptions (docs/verification.md, "Typhoon wind"), anchored to
// the Beaufort descriptions of GB/T 28591-2012 《风力等级》: force 9 (20.8–24.4 m/s) does slight
// structural damage; force 10 (24.5–28.4 m/s) uproots trees and does considerable damage;
// force 11 (28.5–32.6 m/s) widespread damage.
// - A village's overhead power (10 kV feeder and low-voltage lines) fails with a lognormal
//   fragility of median 28.5 m/s and β = 0.15 on the 10-min surface wind: 2 % at force 9's
//   onset, 16 % at force 10's, 82 % at 32.7 m/s (typhoon grade, GB/T 19201-2006).
// - Trees and signboards fall across a road only from force 10 on.
import { exp, log } from '../../math/index.ts';

export const POWER_MEDIAN = 28.5;
export const POWER_BETA = 0.15;
export const TREES_DOWN_ONSET = 24.5;
/** Top of force 11: from here on the chance of a road blocked per step stops growing. */
export const TREES_DOWN_FULL = 32.7;

/** Standard normal CDF by Abramowitz & Stegun 7.1.26 (|error| < 1.5 × 10⁻⁷). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Chance that a village's power has failed at a surface wind of v m/s. */
export function powerFailureChance(v: number): number {
  if (v <= 0) return 0;
  return normalCdf(log(v / POWER_MEDIAN) / POWER_BETA);
}

/** 0 below force 10, rising linearly to 1 at typhoon force. */
export function treesDownSeverity(v: number): number {
  if (v < TREES_DOWN_ONSET) return 0;
  return Math.min(1, (v - TREES_DOWN_ONSET) / (TREES_DOWN_FULL - TREES_DOWN_ONSET));
}
