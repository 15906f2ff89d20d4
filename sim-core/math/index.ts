// The core's deterministic mathematics: the same bits from every JavaScript engine, so a replay
// in a browser's worker (V8, SpiderMonkey, JavaScriptCore) reaches the server's state hash.
//
// Why these functions exist: ECMA-262 (§21.3.2, "Function Properties of the Math Object") makes
// Math.exp, log, pow, cbrt, sin, cos, atan2, hypot (and tan, atan, …) return "an
// implementation-approximated Number", and engines do differ in the last bits (measured: the
// storm day's hash at 6 h differed between Node, Chromium and Firefox before this folder).
//
// What may be used instead, because every engine must give the same bits:
// - + − × ÷: Number::add etc. return 𝔽(ℝ(x) ∘ ℝ(y)), and "the Number value for x" is IEEE-754
//   roundTiesToEven (§6.1.6.1): correctly rounded.
// - Math.sqrt: ES2025 and later define it as 𝔽(the square root of ℝ(n)) (§21.3.2.32), correctly
//   rounded like IEEE-754 squareRoot. ES2024 and earlier still called it implementation-
//   approximated, but engines compile it to the CPU's IEEE sqrt instruction (sqrtsd), which is
//   correctly rounded, so it has always agreed.
// - Math.abs, floor, ceil, round, trunc, sign, min, max, fround, imul, clz32: exact by definition.
// - Typed-array views of a number's bits, and BigInt (exact integer arithmetic; BigInt→Number
//   rounds to nearest by definition).
// Not `x ** y`: that is Number::exponentiate, implementation-approximated like Math.pow; use
// `squared` or a product.
//
// Each function here uses only those. Accuracies, measured in tests/unit/detMath.test.ts
// against the engine's own functions, are stated in each file.
export { exp } from './exp.ts';
export { log } from './log.ts';
export { pow, squared } from './pow.ts';
export { cbrt } from './cbrt.ts';
export { sin, cos } from './trig.ts';
export { atan2 } from './atan2.ts';
export { hypot } from './hypot.ts';
