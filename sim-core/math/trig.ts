// sin and cos, deterministic (see exp.ts). x = k·π/2 + r with |r| ≤ π/4: for |x| < 2^20 by
// Cody & Waite with π/2 in three 33-bit parts, beyond that by exact integer arithmetic on
// 2/π to 1400 bits (the Payne & Hanek idea, done with BigInt). Then Taylor series on |r| ≤ π/4,
// to r^17 for sin and r^18 for cos (next terms below 2^-58 relative), with the reduction's
// tail carried in first order. Measured: within 1 ulp of V8's Math.sin and Math.cos for small,
// medium and huge arguments (tests/unit/detMath.test.ts).
import { HALF_PI_1, HALF_PI_2, HALF_PI_3, TWO_OVER_PI, PI_FIXED_256, splitFixed } from './constants.ts';

const REDUCED = new Float64Array(2); // r head and tail of the last reduction
const QUARTER_PI = 0.7853981633974483;
const MEDIUM = 1048576; // 2^20

/** Reduces finite x: returns the quadrant k mod 4; r = REDUCED[0] + REDUCED[1]. */
function reduce(x: number): number {
  if (Math.abs(x) < MEDIUM) {
    const k = Math.round(x * TWO_OVER_PI);
    const w = (x - k * HALF_PI_1) - k * HALF_PI_2; // both products exact, first difference exact
    const r = w - k * HALF_PI_3;
    REDUCED[0] = r;
    REDUCED[1] = (w - r) - k * HALF_PI_3;
    return ((k % 4) + 4) % 4;
  }
  return reduceHuge(x);
}

/** 2/π · 2^P as an integer, computed once, on the first huge argument. */
let twoOverPiFixed: bigint | null = null;
const P = 1400n;

function reduceHuge(x: number): number {
  if (twoOverPiFixed === null) {
    // π to 256 bits is too short for P; recompute π to P + 64 bits (Machin) for 2/π.
    twoOverPiFixed = (2n << (2n * P + 64n)) / piFixed(P + 64n);
  }
  const neg = x < 0;
  const ax = Math.abs(x);
  // ax = mant · 2^exp exactly, mant < 2^53 an integer.
  let exp = 0, mant = ax;
  while (mant >= 9007199254740992) { mant *= 0.5; exp += 1; }
  while (Math.trunc(mant) !== mant) { mant *= 2; exp -= 1; }
  // ax · 2/π = mant · 2^exp · T / 2^P: integer part mod 4 and fraction.
  const prod = BigInt(mant) * twoOverPiFixed;
  const shift = P - BigInt(exp);
  let k = Number((prod >> shift) & 3n);
  let frac = prod & ((1n << shift) - 1n);
  const half = 1n << (shift - 1n);
  let fracNeg = false;
  if (frac >= half) { frac = (1n << shift) - frac; fracNeg = true; k = (k + 1) % 4; }
  // r = frac / 2^shift · π/2, as a double pair (to 2^-106 relative, from the fixed-point product).
  const scaled = (frac * (PI_FIXED_256 / 2n)) >> (shift + 256n - 200n); // r · 2^200
  const [hi, lo] = splitFixed(scaled << 56n, [53, 53]); // back to the ·2^256 scale
  let rHi = hi, rLo = lo;
  if (fracNeg) { rHi = -rHi; rLo = -rLo; }
  if (neg) { rHi = -rHi; rLo = -rLo; k = (4 - k) % 4; }
  REDUCED[0] = rHi;
  REDUCED[1] = rLo;
  return k;
}

function piFixed(bits: bigint): bigint {
  const one = 1n << bits;
  const atan = (q: bigint): bigint => {
    let term = one / q, sum = 0n;
    for (let k = 0n; term !== 0n; k++) { sum += (k % 2n === 0n ? term : -term) / (2n * k + 1n); term /= q * q; }
    return sum;
  };
  return 4n * (4n * atan(5n) - atan(239n));
}

/** sin(r + t) for |r| ≤ π/4, tail |t| ≪ ulp(r). */
function sinKernel(r: number, t: number): number {
  const z = r * r;
  const p = z * (-1 / 6 + z * (1 / 120 + z * (-1 / 5040 + z * (1 / 362880 + z * (-1 / 39916800 + z * (1 / 6227020800
    + z * (-1 / 1307674368000 + z * (1 / 355687428096000))))))));
  return r + (r * p + t * (1 - 0.5 * z));
}

/** cos(r + t) for |r| ≤ π/4, tail |t| ≪ ulp(r). */
function cosKernel(r: number, t: number): number {
  const z = r * r;
  const hz = 0.5 * z;
  const q = z * z * (1 / 24 + z * (-1 / 720 + z * (1 / 40320 + z * (-1 / 3628800 + z * (1 / 479001600 + z * (-1 / 87178291200
    + z * (1 / 20922789888000 + z * (-1 / 6402373705728000))))))));
  const w = 1 - hz;
  // 1 − z/2 rounded, its lost part, then the small terms: keeps cos within 1 ulp near π/4.
  return w + (((1 - w) - hz) + (q - r * t));
}

/** sin x; NaN and ±∞ → NaN, ±0 → ±0, as Math.sin. */
export function sin(x: number): number {
  if (Math.abs(x) <= QUARTER_PI) return x === 0 ? x : sinKernel(x, 0);
  if (!(x - x === 0)) return NaN;
  const k = reduce(x);
  const r = REDUCED[0], t = REDUCED[1];
  switch (k) {
    case 0: return sinKernel(r, t);
    case 1: return cosKernel(r, t);
    case 2: return -sinKernel(r, t);
    default: return -cosKernel(r, t);
  }
}

/** cos x; NaN and ±∞ → NaN, as Math.cos. */
export function cos(x: number): number {
  if (Math.abs(x) <= QUARTER_PI) return cosKernel(x, 0);
  if (!(x - x === 0)) return NaN;
  const k = reduce(x);
  const r = REDUCED[0], t = REDUCED[1];
  switch (k) {
    case 0: return cosKernel(r, t);
    case 1: return -sinKernel(r, t);
    case 2: return -cosKernel(r, t);
    default: return sinKernel(r, t);
  }
}

