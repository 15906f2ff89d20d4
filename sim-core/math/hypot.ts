// √(x² + y²) for two numbers, deterministic: Math.hypot's result is implementation-approximated,
// √ is correctly rounded everywhere (see index.ts). When the squares would overflow or lose
// bits as subnormals, both sides are scaled by an exact power of two first. Within 2 ulp of
// V8's Math.hypot (tests/unit/detMath.test.ts), with its special cases (an infinite side beats NaN).
import { powerOfTwo } from './bits.ts';

const BIG = powerOfTwo(511); // above it a square may overflow
const SMALL = powerOfTwo(-484); // below it a square may be subnormal
const DOWN = powerOfTwo(-600);
const UP = powerOfTwo(600);

export function hypot(x: number, y: number): number {
  const ax = Math.abs(x), ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (!(ax === ax) || !(ay === ay)) return NaN;
  const m = ax > ay ? ax : ay;
  if (m > BIG) { const a = ax * DOWN, b = ay * DOWN; return Math.sqrt(a * a + b * b) * UP; }
  if (m < SMALL) { const a = ax * UP, b = ay * UP; return Math.sqrt(a * a + b * b) * DOWN; }
  return Math.sqrt(ax * ax + ay * ay);
}
