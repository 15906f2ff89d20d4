// ∛x, deterministic (see exp.ts), and fast: it is in the flood kernel's friction term, the hottest
// loop of a storm day. A first guess from tables by the exponent and a quadratic in the mantissa
// (relative error below 1.3·10⁻³), one Halley step t ← t (t³ + 2a)/(2t³ + a) (cubic convergence:
// about 2·10⁻⁹), and a second one written as a correction t + t (a − t³)/(2t³ + a), whose own
// rounding is damped by the smallness of the correction. Measured: within 1 ulp of V8's Math.cbrt
// from subnormals to the largest double (tests/unit/detMath.test.ts); faster than it in the flood kernel.
// Reading the exponent costs one store and one load; no number is rebuilt from its bits here,
// which would stall the CPU's store forwarding.
import { HI, powerOfTwo } from './bits.ts';

// cbrt's own view of a number's bits, and the word index read once: in the flood kernel every
// call counts, and a call into bits.ts (a getter under a test runner's module transform) costs.
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH = HI;

/**
 * For each biased exponent e of a normal number: 2^−(e−1023), and ∛(2^(e−1023)) rounded to a
 * double. Exported for the flood kernel's WebAssembly ∛ (hazards/flood/floodWasm.ts), which must
 * start from the very same first guess.
 */
export const UNSCALE = new Float64Array(2048);
export const ROOT_OF_SCALE = new Float64Array(2048);
// ∛2 and ∛4 (any close values would do: they only seed the iteration).
const CUBE_ROOTS_OF_2: readonly number[] = [1, 1.2599210498948732, 1.5874010519681994];
for (let e = 1; e < 2047; e++) {
  const k = e - 1023;
  const q = Math.floor(k / 3);
  UNSCALE[e] = k === 1023 ? powerOfTwo(-1022) * 0.5 : powerOfTwo(-k);
  ROOT_OF_SCALE[e] = powerOfTwo(q) * CUBE_ROOTS_OF_2[k - 3 * q];
}
// Least-squares quadratic for ∛m on [1, 2).
const G0 = 0.6263522077797512, G1 = 0.4335672380068696, G2 = -0.05863781317614534;
const TWO_54 = 18014398509481984;

/** ∛x; NaN, ±0 and ±∞ are returned as they are, negative x gives −∛|x|, as Math.cbrt. */
export function cbrt(x: number): number {
  if (x > 0 && x < Infinity) {
    if (x >= 2.2250738585072014e-308 && x < 1e300) return cbrtNormal(x);
    // At the ends t³ would overflow or the mantissa be subnormal: scale by 2^∓54, exactly undone after.
    return x < 1 ? cbrtNormal(x * TWO_54) * (1 / 262144) : cbrtNormal(x * (1 / TWO_54)) * 262144;
  }
  if (x < 0 && x > -Infinity) return -cbrt(-x);
  return x;
}

function cbrtNormal(a: number): number {
  BITS[0] = a;
  const e = WORDS[HIGH] >>> 20;
  const m = a * UNSCALE[e];
  let t = ROOT_OF_SCALE[e] * (G0 + m * (G1 + m * G2));
  let t3 = t * t * t;
  // Ratios first, then × t: t · (t³ + 2a) alone would overflow or underflow at the ends of the range.
  t *= (t3 + a + a) / (t3 + t3 + a);
  t3 = t * t * t;
  return t + t * ((a - t3) / (t3 + t3 + a));
}
