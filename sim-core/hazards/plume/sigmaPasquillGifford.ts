// Turner's analytic fits of the Pasquill–Gifford curves, used by the EPA point-source programs
// PTDIS and PTMTP (and ISC): Williams, Boubel, Fox & Turner, "Fundamentals of Air Pollution"
// 3rd ed. (1994), Table 19-4 (σy) and Table 19-5 (σz), x in km:
//   σy = 465.116 · x · tan θ,  θ = c − d·ln x  (degrees; θ is half Pasquill's angle)
//   σz = a · x^b, with a, b by distance band; σz capped at 5000 m where the table says so.
// Only classes A–D: the σz rows for E and F were cut off in the only copy of Table 19-5 found
// while writing this (stable classes are served by the Briggs schemes); asking for E or F here
// is an error, never a guess.
import { cos, exp, log, sin } from '../../math/index.ts';
import type { StabilityClass } from './stability.ts';

const THETA: Record<StabilityClass, [number, number]> = {
  A: [24.167, 2.5334],
  B: [18.333, 1.8096],
  C: [12.5, 1.0857],
  D: [8.3333, 0.72382],
  E: [6.25, 0.54287],
  F: [4.1667, 0.36191],
};

/** Bands [upper bound of x in km (exclusive), a, b], nearest first; a null a means σz = 5000 m. */
type Band = [number, number | null, number];
const SIGMA_Z: Partial<Record<StabilityClass, Band[]>> = {
  A: [[0.1, 122.8, 0.9447], [0.15, 158.08, 1.0542], [0.2, 170.22, 1.0932], [0.25, 179.52, 1.1262], [0.3, 217.41, 1.2644],
    [0.4, 258.89, 1.4094], [0.5, 346.75, 1.7283], [3.11, 453.85, 2.1166], [Infinity, null, 0]],
  B: [[0.2, 90.673, 0.93198], [0.4, 98.483, 0.98332], [35, 109.3, 1.0971], [Infinity, null, 0]],
  C: [[Infinity, 61.141, 0.91465]],
  D: [[0.3, 34.459, 0.86974], [1, 32.093, 0.81066], [3, 32.093, 0.64403], [10, 33.504, 0.60486], [30, 36.65, 0.56589], [Infinity, 44.053, 0.51179]],
};

export const PASQUILL_GIFFORD_CLASSES: readonly StabilityClass[] = ['A', 'B', 'C', 'D'];
const SIGMA_Z_CAP = 5000;

/** σy and σz in metres at downwind distance x > 0 (m); classes A–D only. */
export function pasquillGiffordSigmas(cls: StabilityClass, x: number): { y: number; z: number } {
  const bands = SIGMA_Z[cls];
  if (bands === undefined) throw new Error(`Pasquill–Gifford σz fits are not available for class ${cls}; use briggsRural or briggsUrban`);
  const km = x / 1000;
  const [c, d] = THETA[cls];
  // One log serves both: θ uses ln x, and x^b = e^{b ln x} (km > 0 here).
  const lnKm = log(km);
  const theta = ((c - d * lnKm) * Math.PI) / 180;
  const y = 465.116 * km * (sin(theta) / cos(theta));
  let z = SIGMA_Z_CAP;
  for (const [upper, a, b] of bands) {
    if (km < upper) {
      z = a === null ? SIGMA_Z_CAP : Math.min(SIGMA_Z_CAP, a * exp(b * lnKm));
      break;
    }
  }
  return { y, z };
}
