// Bit access to IEEE-754 binary64 numbers through one shared 8-byte buffer, and exact powers of
// two built from their bits. Every engine stores a Float64Array element as binary64, so reading
// its words is exact and the same everywhere; only the byte order of the words is platform's,
// and it is probed once here.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the word holding sign, exponent and the top 20 mantissa bits. */
export const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The high 32 bits of x: sign, 11 exponent bits, top 20 mantissa bits. */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[HI];
}

/** The number whose high and low 32-bit words are hi and lo. */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

/** x with its exponent field replaced by that of 1, i.e. its mantissa in [1, 2) (x normal, positive). */
export function mantissa(x: number): number {
  f64[0] = x;
  u32[HI] = (u32[HI] & 0x000fffff) | 0x3ff00000;
  return f64[0];
}

/** 2^k exactly, for normal powers −1022 ≤ k ≤ 1023. */
export function powerOfTwo(k: number): number {
  return fromWords((k + 1023) * 0x100000, 0);
}

/** x · 2^k exactly when the result is normal; rounded once when it is subnormal. */
export function scaleByPowerOfTwo(x: number, k: number): number {
  if (k > 1023) return x * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return x * powerOfTwo(k + 600) * powerOfTwo(-600);
  return x * powerOfTwo(k);
}
