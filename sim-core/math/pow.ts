// x^y, deterministic (see exp.ts): the special cases of ECMA-262 Number::exponentiate in its
// order, then e^(y · log|x|) with log|x| as head + tail and the product y·head split exactly
// (Dekker 1971, no fused multiply-add needed), so the only sizeable error is exp's own:
// measured within 2 ulp of V8's Math.pow (tests/unit/detMath.test.ts).
import { expOfSum } from './exp.ts';
import { logParts, LOG_TAIL } from './log.ts';

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter for 53-bit doubles

function isOddInteger(y: number): boolean {
  return Math.trunc(y) === y && Math.abs(y) < 9007199254740992 && y % 2 !== 0;
}

/** x^y with Math.pow's special cases (including 1^±∞ = NaN). */
export function pow(x: number, y: number): number {
  if (!(y === y)) return NaN;
  if (y === 0) return 1;
  if (!(x === x)) return NaN;
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (x === -Infinity) return y > 0 ? (isOddInteger(y) ? -Infinity : Infinity) : (isOddInteger(y) ? -0 : 0);
  if (x === 0) {
    const negZero = 1 / x < 0 && isOddInteger(y);
    return y > 0 ? (negZero ? -0 : 0) : (negZero ? -Infinity : Infinity);
  }
  const ax = Math.abs(x);
  if (y === Infinity) return ax > 1 ? Infinity : ax === 1 ? NaN : 0;
  if (y === -Infinity) return ax > 1 ? 0 : ax === 1 ? NaN : Infinity;
  if (x < 0 && Math.trunc(y) !== y) return NaN;
  const sign = x < 0 && isOddInteger(y) ? -1 : 1;
  if (ax === 1) return sign;
  const head = logParts(ax);
  const tail = LOG_TAIL[0];
  const zHi = y * head;
  // Far outside exp's range the tail cannot matter (and the split below could overflow).
  if (zHi > 800) return sign * Infinity;
  if (zHi < -800) return sign * 0;
  // Exact error of y·head: y·head = zHi + err (Dekker's product).
  const yc = SPLIT * y, yH = yc - (yc - y), yL = y - yH;
  const hc = SPLIT * head, hH = hc - (hc - head), hL = head - hH;
  const err = ((yH * hH - zHi) + yH * hL + yL * hH) + yL * hL;
  return sign * expOfSum(zHi, err + y * tail);
}

/** x², exactly x·x (x ** 2 goes through pow, whose last bit is engine-dependent). */
export function squared(x: number): number {
  return x * x;
}
