// atan2(y, x), deterministic (see exp.ts). The ratio t = min/max of |y|, |x| lies in [0, 1]; with
// c = j/8 the nearest eighth, atan t = atan c + atan u, u = (t − c)/(1 + t c), |u| ≤ 1/16, and
// atan u by its Taylor series to u^15 (the next term is below 2^-62 relative). atan(j/8) comes
// exactly rounded, as head and tail, from constants.ts. Then the octant: π/2 − …, π − … .
// Measured: within 2 ulp of V8's Math.atan2 over all four quadrants (tests/unit/detMath.test.ts).
import { ATAN_EIGHTHS_HI, ATAN_EIGHTHS_LO, HALF_PI_HI, HALF_PI_LO, PI_HI, PI_LO, QUARTER_PI_HI } from './constants.ts';

/** atan t for 0 ≤ t ≤ 1, as head + tail (returned head; tail in ATAN_TAIL[0]). */
const ATAN_TAIL = new Float64Array(1);

function atanUnit(t: number): number {
  const j = Math.round(t * 8);
  const c = j * 0.125;
  const u = j === 0 ? t : (t - c) / (1 + t * c);
  const z = u * u;
  const p = u * z * (-1 / 3 + z * (1 / 5 + z * (-1 / 7 + z * (1 / 9 + z * (-1 / 11 + z * (1 / 13 + z * (-1 / 15)))))));
  if (j === 0) { ATAN_TAIL[0] = p; return u; }
  ATAN_TAIL[0] = ATAN_EIGHTHS_LO[j] + p;
  return ATAN_EIGHTHS_HI[j] + u;
}

/** The angle of the point (x, y) from the +x axis, in (−π, π], with Math.atan2's special cases. */
export function atan2(y: number, x: number): number {
  if (!(y === y) || !(x === x)) return NaN;
  const ay = Math.abs(y), ax = Math.abs(x);
  const yNeg = y < 0 || (y === 0 && 1 / y < 0);
  const xNeg = x < 0 || (x === 0 && 1 / x < 0);
  let a: number;
  if (ay === 0) {
    a = xNeg ? PI_HI : 0;
  } else if (ax === 0) {
    a = HALF_PI_HI;
  } else if (ax === Infinity || ay === Infinity) {
    if (ax === Infinity && ay === Infinity) a = xNeg ? 3 * QUARTER_PI_HI : QUARTER_PI_HI;
    else if (ax === Infinity) a = xNeg ? PI_HI : 0;
    else a = HALF_PI_HI;
  } else if (ay <= ax) {
    // angle = atan(ay/ax), or π − that for x < 0.
    const h = atanUnit(ay / ax), t = ATAN_TAIL[0];
    a = xNeg ? (PI_HI - h) + (PI_LO - t) : h + t;
  } else {
    // angle = π/2 − atan(ax/ay), or π/2 + that for x < 0.
    const h = atanUnit(ax / ay), t = ATAN_TAIL[0];
    a = xNeg ? (HALF_PI_HI + h) + (HALF_PI_LO + t) : (HALF_PI_HI - h) + (HALF_PI_LO - t);
  }
  return yNeg ? -a : a;
}
