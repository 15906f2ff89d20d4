// The core's deterministic mathematics: the same bits from every JavaScript engine, so a replay
// in a browser's worker (V8, SpiderMonkey, JavaScriptCore) reaches the server's state hash.
//
// Why these functions exist: ECMA-262 (§21.3.2, "Function Properties of the Math Object") makes
// Math.exp, log, pow, cbrt, sin, cos, atan2, hypot (and tan, atan, …) return "an
// implementation-approximated Number", and engines do differ in the last bits. The operators
// + − × ÷ are IEEE-754 binary64 round-to-nearest-even (§6.1.6.1, Number::add etc.), so they are
// exact-by-contract everywhere. Math.sqrt is defined as 𝔽(√ℝ(n)) — the mathematical square root
// converted to the nearest Number, i.e. correctly rounded like IEEE-754 squareRoot, which every
// engine implements with the CPU's sqrt instruction — so it may be used here. Math.abs, floor,
// ceil, round, trunc, sign, min, max, fround, imul and clz32 are exact by definition. `x ** y`
// is Math.pow (Number::exponentiate, implementation-approximated): use `squared` or a product.
//
// Each function here uses only those operations, typed-array views of the bits, and BigInt
// (exact integer arithmetic) for constants. Accuracies, measured in tests/unit/detMath.test.ts
// against the engine's own functions, are stated in each file.
export { exp } from './exp.ts';
export { log } from './log.ts';
export { pow, squared } from './pow.ts';
export { cbrt } from './cbrt.ts';
export { sin, cos } from './trig.ts';
export { atan2 } from './atan2.ts';
export { hypot } from './hypot.ts';
