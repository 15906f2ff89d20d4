// Value noise on an integer-hashed lattice, and its fractal sums. Only + − × ÷, Math.floor,
// Math.abs and Math.imul are used: IEEE 754 makes these exact-to-the-bit on every engine,
// which Math.sin/exp/pow are not, so the rasters are the same in Node, a browser or a worker.

const HX = 0x27d4eb2d, HY = 0x165667b1, HS = 0x9e3779b1;

/** The murmur3 32-bit finaliser, mapped to [0, 1). */
function finalise(h: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** A uniform value in [0, 1) for lattice point (ix, iy): an integer hash of the point. */
export function latticeValue(ix: number, iy: number, seed: number): number {
  return finalise(Math.imul(ix, HX) ^ Math.imul(iy, HY) ^ Math.imul(seed, HS));
}

/** 3t² − 2t³: the cubic Hermite step, flat at 0 and 1. */
export function smoothstep(t: number): number {
  const u = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return u * u * (3 - 2 * u);
}

/** Value noise in [0, 1): the four lattice values around (x, y) blended with smoothstep
 *  weights (latticeValue written out, sharing the terms of neighbouring points). */
export function valueNoise(x: number, y: number, seed: number): number {
  const ix = Math.floor(x), iy = Math.floor(y);
  const fx = x - ix, fy = y - iy;
  const sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy);
  const hs = Math.imul(seed, HS);
  const x0 = Math.imul(ix, HX) ^ hs, x1 = Math.imul(ix + 1, HX) ^ hs;
  const y0 = Math.imul(iy, HY), y1 = Math.imul(iy + 1, HY);
  const a = finalise(x0 ^ y0), b = finalise(x1 ^ y0), c = finalise(x0 ^ y1), d = finalise(x1 ^ y1);
  const ab = a + (b - a) * sx, cd = c + (d - c) * sx;
  return ab + (cd - ab) * sy;
}

// Each octave is turned by the 3-4-5 rotation (cos 0.6, sin 0.8: no trigonometry needed),
// doubled and shifted, so the lattice axes do not line up from one octave to the next and the
// blocky look of value noise is broken up.
const COS = 0.6, SIN = 0.8;

/** Fractional Brownian motion: octaves of value noise, each at twice the frequency and half
 *  the amplitude of the last, normalised back to [0, 1). */
export function fbm(x: number, y: number, seed: number, octaves: number): number {
  let sum = 0, amp = 1, total = 0, u = x, v = y;
  for (let o = 0; o < octaves; o++) {
    sum += amp * valueNoise(u, v, seed + 1013 * o);
    total += amp;
    amp *= 0.5;
    const ru = 2 * (COS * u - SIN * v) + 17.25, rv = 2 * (SIN * u + COS * v) + 5.5;
    u = ru;
    v = rv;
  }
  return sum / total;
}

/** Ridged fBm: each octave folded at its mid-value (1 − |2n − 1|, squared) so crests are
 *  sharp and long, like ridgelines; in [0, 1]. */
export function ridgedFbm(x: number, y: number, seed: number, octaves: number): number {
  let sum = 0, amp = 1, total = 0, u = x, v = y;
  for (let o = 0; o < octaves; o++) {
    const r = 1 - Math.abs(2 * valueNoise(u, v, seed + 7919 * o) - 1);
    sum += amp * r * r;
    total += amp;
    amp *= 0.5;
    const ru = 2 * (COS * u - SIN * v) + 3.75, rv = 2 * (SIN * u + COS * v) + 11.5;
    u = ru;
    v = rv;
  }
  return sum / total;
}
