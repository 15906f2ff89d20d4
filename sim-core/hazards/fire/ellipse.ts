// Elliptical fire shape from the effective wind (Anderson 1983, INT-RP-305, as used by
// BehavePlus fireSize.cpp): L/W = 0.936·e^{0.1147·U} + 0.461·e^{−0.0692·U} − 0.397, U the effective
// midflame wind in mi/h; L/W is capped at 8 as behave caps it. With the ignition point at the
// rear focus, the spread rate at angle ψ from the head is R·(1 − e)/(1 − e·cos ψ)
// (Catchpole et al. 1982; behave "from ignition point" mode), which gives the backing rate
// R·(1 − e)/(1 + e) and the flank rate (head + back)/2 / (L/W), the semi-minor axis.
import { exp } from '../../math/index.ts';

const MAX_LENGTH_TO_WIDTH = 8;

export function lengthToWidthRatio(effectiveWindMph: number): number {
  if (!(effectiveWindMph > 1e-7)) return 1;
  const u = effectiveWindMph;
  const lw = 0.936 * exp(0.1147 * u) + 0.461 * exp(-0.0692 * u) - 0.397;
  return Math.min(MAX_LENGTH_TO_WIDTH, Math.max(1, lw));
}

/** e = √(LW² − 1)/LW (Albini & Chase 1980) */
export function eccentricity(lw: number): number {
  const x = lw * lw - 1;
  return x > 0 ? Math.sqrt(x) / lw : 0;
}

export function backingRate(head: number, ecc: number): number {
  return (head * (1 - ecc)) / (1 + ecc);
}

export function flankingRate(head: number, ecc: number, lw: number): number {
  return (head + backingRate(head, ecc)) / 2 / lw;
}
