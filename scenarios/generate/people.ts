// Who lives in the villages. The at-risk figures (险村险户) are the Miyun plan's (DOMAIN.md,
// 001): 1,776 households and 7,703 people over the 238 villages, apportioned exactly by
// largest remainders; each village's whole population is larger; `vulnerable` (独居老人、
// 失能人员) are counted among its at-risk people, as they are the ones who need carrying out.
import type { Prng } from './prng.ts';

export const AT_RISK_HOUSEHOLDS = 1776;
export const AT_RISK_PEOPLE = 7703;

/** Splits `total` in proportion to `weights`, each part at least `min` (largest remainder;
 *  ties go to the lower index). */
export function apportion(total: number, weights: number[], min: number): number[] {
  const n = weights.length;
  const rest = total - min * n;
  if (rest < 0) throw new Error(`cannot give ${n} parts at least ${min} from ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  const parts = exact.map((e) => min + Math.floor(e));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, k) => k).sort((a, b) => {
    const ra = exact[a] - Math.floor(exact[a]), rb = exact[b] - Math.floor(exact[b]);
    return rb - ra || a - b;
  });
  for (let q = 0; left > 0; q++, left--) parts[order[q % n]]++;
  return parts;
}

export interface VillagePeople {
  population: number;
  households: number;
  atRisk: { people: number; households: number };
  vulnerable: number;
}

/** Figures for each village in order; `onPlain[k]` villages are larger farming villages. */
export function villagePeople(onPlain: boolean[], rng: Prng): VillagePeople[] {
  const n = onPlain.length;
  const hWeights = onPlain.map(() => {
    const r = rng.next();
    return 1 + 9 * r * r;
  });
  const households = apportion(AT_RISK_HOUSEHOLDS, hWeights, 1);
  const extra = apportion(AT_RISK_PEOPLE - AT_RISK_HOUSEHOLDS, households.map((h) => h * (0.6 + 0.8 * rng.next())), 0);
  const out: VillagePeople[] = [];
  for (let k = 0; k < n; k++) {
    const atRisk = { households: households[k], people: households[k] + extra[k] };
    const others = onPlain[k] ? rng.int(180, 900) : rng.int(40, 420);
    const perHousehold = 2.2 + 0.8 * rng.next();
    const vulnerable = Math.min(atRisk.people, Math.round(atRisk.people * (0.06 + 0.1 * rng.next())));
    out.push({
      population: atRisk.people + Math.round(others * perHousehold),
      households: atRisk.households + others,
      atRisk,
      vulnerable,
    });
  }
  return out;
}
