// log(x), deterministic (see exp.ts). x = 2^k · m with m in [√½, √2), f = m − 1 (exact), and
// with s = f/(2+f): log(1+f) = 2 atanh s = 2s + 2s³/3 + 2s⁵/5 + …; since 2s = f − s·f this is
// log(1+f) = f − s·(f − R), R = 2s²/3 + 2s⁴/5 + … + 2s^20/21 (|s| ≤ 0.172: the next term is
// below 2^-60 relative). The rounding errors fall on the small s·(f − R), so the sum stays
// within 1 ulp (measured against V8's Math.log, subnormals to the largest double). logParts
// returns the result as a head and a tail for pow.
import { highWord, mantissa, powerOfTwo } from './bits.ts';
import { LN2_HI, LN2_LO } from './constants.ts';

/** The tail of the last logParts result: log x = head + LOG_TAIL[0] to about 2^-60 relative. */
export const LOG_TAIL = new Float64Array(1);

/** log x for finite x > 0 as head (returned) + tail (LOG_TAIL[0]). */
export function logParts(x: number): number {
  let k = 0;
  if (x < powerOfTwo(-1022)) { x *= powerOfTwo(54); k = -54; } // subnormal: make it normal first
  k += ((highWord(x) >>> 20) & 0x7ff) - 1023;
  let m = mantissa(x);
  if (m > Math.SQRT2) { m *= 0.5; k += 1; }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const R = z * (2 / 3 + z * (2 / 5 + z * (2 / 7 + z * (2 / 9 + z * (2 / 11 + z * (2 / 13 + z * (2 / 15 + z * (2 / 17
    + z * (2 / 19 + z * (2 / 21))))))))));
  const c = s * (f - R);
  const head = f - c;
  const tail = (f - head) - c; // exact remainder of the subtraction (|f| ≥ |c|)
  if (k === 0) { LOG_TAIL[0] = tail; return head; }
  const kHi = k * LN2_HI; // exact: |k| ≤ 1075 and LN2_HI has 32 significant bits
  const sum = kHi + head;
  LOG_TAIL[0] = ((kHi - sum) + head) + (tail + k * LN2_LO);
  return sum;
}

/** Natural logarithm; NaN or x < 0 → NaN, ±0 → −∞, +∞ → +∞, as Math.log. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  const head = logParts(x);
  return head + LOG_TAIL[0];
}
