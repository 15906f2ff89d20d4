// π and ln 2 to 256 bits in exact integer arithmetic (BigInt), split into the double parts the
// argument reductions need. Computed here rather than typed in, so every part is visibly the
// correctly rounded slice of the true constant. BigInt arithmetic and BigInt→Number conversion
// (round to nearest, ECMA-262 §21.2.1.1) are exact in every engine.
import { powerOfTwo } from './bits.ts';

const BITS = 256n;
const ONE = 1n << BITS;

/** atan(p/q) · 2^256, from its Taylor series (|p/q| < 1). */
function atanFixed(p: bigint, q: bigint): bigint {
  let term = (ONE * p) / q;
  let sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    sum += (k % 2n === 0n ? term : -term) / (2n * k + 1n);
    term = (term * p * p) / (q * q);
  }
  return sum;
}

/** atanh(1/q) · 2^256 = Σ 1 / ((2k+1) q^(2k+1)). */
function atanhInvFixed(q: bigint): bigint {
  let term = ONE / q;
  let sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    sum += term / (2n * k + 1n);
    term /= q * q;
  }
  return sum;
}

// Machin: π/4 = 4 atan(1/5) − atan(1/239). ln 2 = 2 atanh(1/3).
const PI_FIXED = 4n * (4n * atanFixed(1n, 5n) - atanFixed(1n, 239n));
const LN2_FIXED = 2n * atanhInvFixed(3n);

function bitLength(v: bigint): bigint {
  return BigInt(v.toString(2).length);
}

/** Splits a fixed-point value (·2^256) into doubles of at most `bits` significant bits each. */
export function splitFixed(v: bigint, bitsEach: number[]): number[] {
  const scale = powerOfTwo(-Number(BITS));
  const parts: number[] = [];
  let rest = v;
  for (const bits of bitsEach) {
    const neg = rest < 0n;
    const mag = neg ? -rest : rest;
    const shift = bitLength(mag) - BigInt(bits);
    const head = shift > 0n ? (mag >> shift) << shift : mag;
    // head has ≤ bits (≤ 53) significant bits, so Number(head) is exact; the scale is exact.
    const part = Number(neg ? -head : head) * scale;
    parts.push(part);
    rest -= neg ? -head : head;
  }
  return parts;
}

/** Rounds a fixed-point value (·2^256) to the nearest double, and the nearest double of the rest. */
export function roundFixed(v: bigint): [number, number] {
  const scale = powerOfTwo(-Number(BITS));
  const hi = Number(v) * scale;
  const lo = Number(v - BigInt(Number(v))) * scale;
  return [hi, lo];
}

export const PI_FIXED_256 = PI_FIXED;
export const [PI_HI, PI_LO] = roundFixed(PI_FIXED);
export const [HALF_PI_HI, HALF_PI_LO] = roundFixed(PI_FIXED / 2n);
export const [QUARTER_PI_HI, QUARTER_PI_LO] = roundFixed(PI_FIXED / 4n);
/** π/2 in three 33-bit parts: k times a part is exact for |k| < 2^20 (Cody & Waite 1980). */
export const [HALF_PI_1, HALF_PI_2, HALF_PI_3] = splitFixed(PI_FIXED / 2n, [33, 33, 53]);
/** 2/π rounded. */
export const TWO_OVER_PI = roundFixed((ONE * ONE * 2n) / PI_FIXED)[0];
/** ln 2 as a 32-bit head (k · LN2_HI exact for |k| < 2^21) and the rounded rest. */
export const [LN2_HI, LN2_LO] = splitFixed(LN2_FIXED, [32, 53]);
export const INV_LN2 = roundFixed((ONE * ONE) / LN2_FIXED)[0];

/** atan(j/8) for j = 0…8 as head and tail, for the atan reduction. */
export const ATAN_EIGHTHS_HI = new Float64Array(9);
export const ATAN_EIGHTHS_LO = new Float64Array(9);
for (let j = 1; j <= 8; j++) {
  const [hi, lo] = j === 8 ? roundFixed(PI_FIXED / 4n) : roundFixed(atanFixed(BigInt(j), 8n));
  ATAN_EIGHTHS_HI[j] = hi;
  ATAN_EIGHTHS_LO[j] = lo;
}
