// From a toxic load to the share of people killed: the probit Y = a + b·ln L, and the share is
// the standard normal distribution at Y − 5 (Finney's probit, as used by Withers & Lees 1985 and
// CCPS). Φ is computed from erf by Abramowitz & Stegun (1964) formula 7.1.26 (|error| ≤ 1.5e−7),
// with the core's deterministic exp and log.
import { exp, log } from '../../math/index.ts';
import type { Probit } from './publicTiers.ts';

/** erf(x) for x ≥ 0, Abramowitz & Stegun 7.1.26. */
function erfPositive(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * exp(-x * x);
}

/** Standard normal distribution function Φ(z). */
export function normalCdf(z: number): number {
  const e = erfPositive(Math.abs(z) / Math.SQRT2);
  return z >= 0 ? 0.5 * (1 + e) : 0.5 * (1 - e);
}

/** The probit of a toxic load L (ppmⁿ·min); −Infinity for no load. */
export function probitOf(p: Probit, load: number): number {
  return load > 0 ? p.a + p.b * log(load) : -Infinity;
}

/** Share of the exposed killed by a toxic load L (0 for no load). */
export function lethalShare(p: Probit, load: number): number {
  if (!(load > 0)) return 0;
  return normalCdf(probitOf(p, load) - 5);
}
