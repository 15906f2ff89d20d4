// The Gaussian plume (continuous release) and puff (instantaneous release) with total reflection
// at the ground (an image source at −H), as in Turner's Workbook of Atmospheric Dispersion
// Estimates (1970) and Williams et al., Fundamentals of Air Pollution 3rd ed. (1994), eq. 19-2.
// Units are the caller's: a rate in g/s gives g/m³; a mass in g gives g/m³.
import { exp } from '../../math/index.ts';

const TWO_PI = 2 * Math.PI;
/** (2π)^{3/2}, from sqrt (correctly rounded) rather than pow. */
const TWO_PI_3_2 = TWO_PI * Math.sqrt(TWO_PI);
/** Terms whose exponent is below −CUTOFF are taken as 0: e^−60 ≈ 9e−27 of the centreline value,
 *  far below any threshold; it saves the exp on most of a grid. */
const CUTOFF = 60;
export const LATERAL_CUTOFF = CUTOFF;

function gauss(arg: number): number {
  return arg > CUTOFF ? 0 : exp(-arg);
}

/** The vertical term with ground reflection: e^{−(z−H)²/2σz²} + e^{−(z+H)²/2σz²}. */
export function reflectedVertical(z: number, h: number, sz: number): number {
  const k = 1 / (2 * sz * sz);
  return gauss((z - h) * (z - h) * k) + gauss((z + h) * (z + h) * k);
}

/** Continuous plume: χ = Q / (2π u σy σz) · e^{−y²/2σy²} · vertical term. */
export function plumeConcentration(q: number, u: number, sy: number, sz: number, y: number, z: number, h: number): number {
  const lateral = gauss((y * y) / (2 * sy * sy));
  if (lateral === 0) return 0;
  return (q / (TWO_PI * u * sy * sz)) * lateral * reflectedVertical(z, h, sz);
}

/** Instantaneous puff, centre at along-wind distance xc: χ = M / ((2π)^{3/2} σx σy σz) ·
 *  e^{−(x−xc)²/2σx²} · e^{−y²/2σy²} · vertical term (the puff form of Turner's Workbook, with σx = σy
 *  as is usual when no along-wind data exist — an assumption, stated). */
export function puffConcentration(m: number, sx: number, sy: number, sz: number, dx: number, y: number, z: number, h: number): number {
  const along = gauss((dx * dx) / (2 * sx * sx));
  if (along === 0) return 0;
  const lateral = gauss((y * y) / (2 * sy * sy));
  if (lateral === 0) return 0;
  return (m / (TWO_PI_3_2 * sx * sy * sz)) * along * lateral * reflectedVertical(z, h, sz);
}
