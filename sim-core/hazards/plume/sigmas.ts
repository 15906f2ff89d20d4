// One entry point for σy, σz (m) at downwind distance x (m), by scheme and stability class.
import { briggsSigmas } from './sigmaBriggs.ts';
import { pasquillGiffordSigmas } from './sigmaPasquillGifford.ts';
import type { SigmaScheme, StabilityClass } from './stability.ts';

export interface Sigmas { y: number; z: number }

export function dispersionSigmas(scheme: SigmaScheme, cls: StabilityClass, x: number): Sigmas {
  if (scheme === 'pasquillGifford') return pasquillGiffordSigmas(cls, x);
  return briggsSigmas(scheme === 'briggsUrban', cls, x);
}
