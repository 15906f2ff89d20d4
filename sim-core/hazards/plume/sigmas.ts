// One entry point for σy, σz (m) at downwind distance x (m), by scheme and stability class.
import { briggsSigmas } from './sigmaBriggs.ts';
import { pasquillGiffordSigmas } from './sigmaPasquillGifford.ts';
import type { SigmaScheme, StabilityClass } from './stability.ts';

export interface Sigmas { y: number; z: number }

export function dispersionSigmas(scheme: SigmaScheme, cls: StabilityClass, x: number): Sigmas {
  if (scheme === 'pasquillGifford') return pasquillGiffordSigmas(cls, x);
  return briggsSigmas(scheme === 'briggsUrban', cls, x);
}

/** An upper bound of σy / x over x ≥ 1 m, for skipping cells far off the plume's axis before
 *  their σ is computed. Briggs: σy = a·x·(1 + b·x)^−½ ≤ a·x. Pasquill–Gifford: σy / x =
 *  0.465116·tan θ with θ falling as x grows, so its value at 1 m bounds it. 1 % is added for
 *  rounding. */
export function sigmaYOverXBound(scheme: SigmaScheme, cls: StabilityClass): number {
  if (scheme === 'pasquillGifford') return 1.01 * pasquillGiffordSigmas(cls, 1).y;
  return 1.01 * briggsSigmas(scheme === 'briggsUrban', cls, 1).y;
}
