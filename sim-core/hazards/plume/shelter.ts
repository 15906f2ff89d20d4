// Shelter-in-place: how much less a person indoors breathes than one outdoors.
//
// Model (a documented assumption, not a measured figure): the house is one well-mixed volume
// exchanging air with outside at λ air changes per hour, dCin/dt = λ (Cout − Cin), with no
// deposition indoors — the single-zone mass balance used by Wilson (1986, "Stay indoors or
// evacuate to avoid exposure to toxic gas?", Petroleum Industry Annual Safety Seminar, Banff),
// who shows ratios of indoor to outdoor concentration for typical infiltration rates. For a
// constant outdoor concentration over a plume passage of T seconds, starting from clean air
// indoors, the indoor dose over the passage divided by the outdoor dose is
//     r = 1 − (1 − e^{−λT}) / (λT).
// The dose reduction holds only if people leave or air the house once the plume has passed
// (Dillon & Sextro 2019, "Illustration of key considerations determining hazardous indoor
// inhalation exposures", point 5): staying shut in afterwards lets the indoor dose catch up.
// Default λ = 0.5 /h: an ASSUMPTION for a closed Chinese urban flat, not a cited value; a case
// may give its own.
import { exp } from '../../math/index.ts';

export const DEFAULT_AIR_CHANGES_PER_HOUR = 0.5;

/** Indoor dose / outdoor dose for a plume passage of `seconds` at λ air changes per hour. */
export function shelterDoseFactor(airChangesPerHour: number, seconds: number): number {
  const lt = (airChangesPerHour * seconds) / 3600;
  if (lt <= 0) return 0;
  // For small λT, 1 − (1 − e^{−x})/x ≈ x/2 − x²/6; the series avoids cancellation.
  if (lt < 1e-4) return lt / 2 - (lt * lt) / 6;
  return 1 - (1 - exp(-lt)) / lt;
}
