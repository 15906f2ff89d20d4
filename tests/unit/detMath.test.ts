// sim-core/math: the deterministic transcendental functions agree with the engine's own to the
// stated accuracy over many arguments, and follow Math's special cases (NaN, ±0, ±∞, subnormals,
// signs) exactly. The bits they return are pinned for a few arguments, so an edit that changes
// them (and so every replay's hash) is seen here first.
import { describe, expect, it } from 'vitest';
import { atan2, cbrt, cos, exp, hypot, log, pow, sin, squared } from '../../sim-core/math/index.ts';

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
/** Position of x on the number line of doubles (adjacent doubles differ by 1). */
function ordinal(x: number): bigint {
  f64[0] = x;
  const v = i64[0];
  return v < 0n ? -(v & 0x7fffffffffffffffn) : v;
}
function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** A small LCG: the same arguments every run. */
function args(n: number, gen: (u: () => number) => number): number[] {
  let s = 2463534242;
  const u = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
  return Array.from({ length: n }, () => gen(u));
}
function maxUlp(xs: number[], ours: (x: number) => number, theirs: (x: number) => number): number {
  let worst = 0;
  for (const x of xs) worst = Math.max(worst, ulpDistance(ours(x), theirs(x)));
  return worst;
}
const N = 40_000;
const wide = (u: () => number) => (u() < 0.5 ? -1 : 1) * Math.exp((u() - 0.5) * 1400);

describe('deterministic math, accuracy against the engine (V8 here)', () => {
  it('exp within 1 ulp, over its whole range and near 0', () => {
    expect(maxUlp(args(N, (u) => (u() - 0.5) * 1490), exp, Math.exp)).toBeLessThanOrEqual(1);
    expect(maxUlp(args(N, (u) => (u() - 0.5) * 2), exp, Math.exp)).toBeLessThanOrEqual(1);
    expect(maxUlp(args(N, (u) => (u() - 0.5) * 1e-9), exp, Math.exp)).toBeLessThanOrEqual(1);
  });
  it('log within 1 ulp, from subnormals to the largest double and near 1', () => {
    expect(maxUlp(args(N, (u) => Math.abs(wide(u))), log, Math.log)).toBeLessThanOrEqual(1);
    expect(maxUlp(args(N, (u) => 1 + (u() - 0.5) * 0.02), log, Math.log)).toBeLessThanOrEqual(1);
    expect(maxUlp(args(N, (u) => u() * 1e-310), log, Math.log)).toBeLessThanOrEqual(1);
  });
  it('pow within 2 ulp for the exponents the fire model uses and beyond', () => {
    const pairs = args(N, (u) => u());
    let worst = 0;
    pairs.forEach((v, i) => {
      const x = Math.exp((v - 0.5) * 20), y = ((i * 0.618033988749895) % 1) * 8 - 4;
      worst = Math.max(worst, ulpDistance(pow(x, y), Math.pow(x, y)));
    });
    expect(worst).toBeLessThanOrEqual(2);
    expect(pow(2, 10)).toBe(1024);
    expect(pow(10, -3)).toBe(Math.pow(10, -3));
    expect(pow(-2, 3)).toBe(-8);
  });
  it('cbrt within 1 ulp, negative, huge and subnormal arguments too', () => {
    expect(maxUlp(args(N, wide), cbrt, Math.cbrt)).toBeLessThanOrEqual(1);
    expect(maxUlp(args(N, (u) => 0.001 + u() * 10), cbrt, Math.cbrt)).toBeLessThanOrEqual(1); // flood depths
    expect(maxUlp(args(N, (u) => u() * 2e-308), cbrt, Math.cbrt)).toBeLessThanOrEqual(1);
    expect(cbrt(27)).toBe(3);
    expect(cbrt(-8)).toBe(-2);
  });
  it('sin and cos within 1 ulp, small, medium and huge arguments', () => {
    for (const gen of [(u: () => number) => (u() - 0.5) * 20, (u: () => number) => (u() - 0.5) * 4e6, wide]) {
      const xs = args(N / 2, gen);
      expect(maxUlp(xs, sin, Math.sin)).toBeLessThanOrEqual(1);
      expect(maxUlp(xs, cos, Math.cos)).toBeLessThanOrEqual(1);
    }
    expect(sin(1e22)).toBe(Math.sin(1e22)); // a classic hard reduction: needs 2/π to many bits
    expect(sin(Number.MAX_VALUE)).toBe(Math.sin(Number.MAX_VALUE));
  });
  it('atan2 within 2 ulp in all four quadrants', () => {
    const ys = args(N, (u) => (u() - 0.5) * 20);
    const xs = args(N, (u) => (u() - 0.3) * 20);
    let worst = 0;
    ys.forEach((y, i) => { worst = Math.max(worst, ulpDistance(atan2(y, xs[i]), Math.atan2(y, xs[i]))); });
    expect(worst).toBeLessThanOrEqual(2);
  });
  it('hypot within 2 ulp, scaled at both ends of the range', () => {
    const xs = args(N, wide), ys = args(N, (u) => wide(u) * 1e-3);
    let worst = 0;
    xs.forEach((x, i) => { worst = Math.max(worst, ulpDistance(hypot(x, ys[i]), Math.hypot(x, ys[i]))); });
    expect(worst).toBeLessThanOrEqual(2);
    expect(hypot(3, 4)).toBe(5);
    expect(hypot(3e300, 4e300)).toBe(5e300);
    expect(hypot(3e-320, 4e-320)).toBe(5e-320);
  });
});

describe('deterministic math, special cases as Math', () => {
  const specials = [NaN, 0, -0, Infinity, -Infinity, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-310, 710, -746];
  const same = (a: number, b: number) => Object.is(a, b);
  it('one-argument functions: NaN, ±0, ±∞, subnormals, overflow and underflow', () => {
    const bad: string[] = [];
    for (const [name, ours, theirs] of [['exp', exp, Math.exp], ['log', log, Math.log], ['cbrt', cbrt, Math.cbrt], ['sin', sin, Math.sin], ['cos', cos, Math.cos]] as const) {
      for (const x of specials) {
        const a = ours(x), b = theirs(x);
        if (!(same(a, b) || (Number.isFinite(b) && b !== 0 && ulpDistance(a, b) <= 1))) bad.push(`${name}(${x}) = ${a}, Math: ${b}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('pow, atan2 and hypot over every pair of special arguments', () => {
    const bad: string[] = [];
    for (const x of specials) {
      for (const y of specials) {
        for (const [name, ours, theirs] of [['pow', pow, Math.pow], ['atan2', atan2, Math.atan2], ['hypot', hypot, Math.hypot]] as const) {
          const a = ours(x, y), b = theirs(x, y);
          if (!(same(a, b) || (Number.isFinite(b) && b !== 0 && ulpDistance(a, b) <= 2))) bad.push(`${name}(${x}, ${y}) = ${a}, Math: ${b}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('squared is the product, exactly', () => {
    for (const x of args(1000, wide)) expect(squared(x)).toBe(x * x);
  });
});

describe('deterministic math, pinned bits (a change here changes every replay)', () => {
  it('returns these exact values', () => {
    expect([exp(1), log(10), pow(2000, -0.8189), cbrt(0.37), sin(2.5), cos(2.5), atan2(-1, -2), hypot(1, 1)]).toEqual([
      2.7182818284590455, 2.302585092994046, 0.0019805533094067653, 0.7179054352068319, 0.5984721441039564, -0.8011436155469337, -2.677945044588987, 1.4142135623730951,
    ]);
  });
});
