// Briggs (1973) dispersion parameters σy, σz (m) against downwind distance x (m), for open
// country and for urban areas, as tabulated by Gifford (1976) and reprinted in Williams, Boubel,
// Fox & Turner, "Fundamentals of Air Pollution" 3rd ed. (1994), Tables 19-6 (urban) and 19-7
// (rural), stated for 100 m ≤ x ≤ 10 km. Outside that range the same formulas are used (the
// nearest honest choice; the tables give nothing else) — callers are told so in the docs.
//
// Every form is a·x·(1 + b·x)^p with p ∈ {−1, −½, 0, +½}, so only sqrt and division are needed:
// no transcendental function, hence the same bits in every engine.
import type { StabilityClass } from './stability.ts';

/** a·x·(1 + b·x)^p, p one of −1, −0.5, 0, 0.5. */
interface Form { a: number; b: number; p: -1 | -0.5 | 0 | 0.5 }

function evaluate(f: Form, x: number): number {
  if (f.p === 0) return f.a * x;
  const s = 1 + f.b * x;
  if (f.p === -1) return (f.a * x) / s;
  if (f.p === -0.5) return (f.a * x) / Math.sqrt(s);
  return f.a * x * Math.sqrt(s);
}

// Table 19-7, open country.
const RURAL: Record<StabilityClass, { y: Form; z: Form }> = {
  A: { y: { a: 0.22, b: 0.0001, p: -0.5 }, z: { a: 0.20, b: 0, p: 0 } },
  B: { y: { a: 0.16, b: 0.0001, p: -0.5 }, z: { a: 0.12, b: 0, p: 0 } },
  C: { y: { a: 0.11, b: 0.0001, p: -0.5 }, z: { a: 0.08, b: 0.0002, p: -0.5 } },
  D: { y: { a: 0.08, b: 0.0001, p: -0.5 }, z: { a: 0.06, b: 0.0015, p: -0.5 } },
  E: { y: { a: 0.06, b: 0.0001, p: -0.5 }, z: { a: 0.03, b: 0.0003, p: -1 } },
  F: { y: { a: 0.04, b: 0.0001, p: -0.5 }, z: { a: 0.016, b: 0.0003, p: -1 } },
};

// Table 19-6, urban: the table pairs A with B and E with F.
const URBAN_AB = { y: { a: 0.32, b: 0.0004, p: -0.5 }, z: { a: 0.24, b: 0.001, p: 0.5 } } as const;
const URBAN_EF = { y: { a: 0.11, b: 0.0004, p: -0.5 }, z: { a: 0.08, b: 0.0015, p: -0.5 } } as const;
const URBAN: Record<StabilityClass, { y: Form; z: Form }> = {
  A: URBAN_AB,
  B: URBAN_AB,
  C: { y: { a: 0.22, b: 0.0004, p: -0.5 }, z: { a: 0.20, b: 0, p: 0 } },
  D: { y: { a: 0.16, b: 0.0004, p: -0.5 }, z: { a: 0.14, b: 0.0003, p: -0.5 } },
  E: URBAN_EF,
  F: URBAN_EF,
};

/** σy and σz in metres at downwind distance x > 0 (m). */
export function briggsSigmas(urban: boolean, cls: StabilityClass, x: number): { y: number; z: number } {
  const row = (urban ? URBAN : RURAL)[cls];
  return { y: evaluate(row.y, x), z: evaluate(row.z, x) };
}
