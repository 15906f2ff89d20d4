// The air people at home breathe over one step: outdoors (or in an open house) the outdoor air;
// in a shut house (shelter-in-place) the single-zone mass balance of plume/shelter.ts,
// dC_in/dt = λ (C_out − C_in), taken exactly over the step for the step's outdoor value. Once
// the outdoor air is cleaner than the indoor, people air the house (the order says so: the dose
// reduction holds only then — Dillon & Sextro 2019, point 5), so they breathe the outdoor air.
import { exp } from '../../math/index.ts';

/** The share of the gap to the outdoor concentration closed over `seconds` at λ air changes per hour. */
export function relaxation(airChangesPerHour: number, seconds: number): number {
  return 1 - exp(-(airChangesPerHour * seconds) / 3600);
}

/**
 * Over a step of `seconds` with the outdoor air at `outside`: the indoor concentration at its end
 * and its mean over the step (what is breathed: ∫C_in dt / Δt = C_out − (C_out − C_in)·r / λΔt).
 */
export function indoorAir(inside: number, outside: number, sheltered: boolean, airChangesPerHour: number, seconds: number): { end: number; mean: number } {
  if (!sheltered || outside <= inside) return { end: outside, mean: outside };
  const r = relaxation(airChangesPerHour, seconds);
  const gap = outside - inside;
  return { end: inside + r * gap, mean: outside - (gap * r * 3600) / (airChangesPerHour * seconds) };
}
