// 大坝震损 — the damage an earthquake does to an embankment (earth or rockfill) dam, from the
// shaking at the dam. Most of China's reservoirs are held by earth dams (the 22 reservoirs
// damaged by the 2014 Ludian M6.5 earthquake were all earth dams: cracks in the dam, seepage on
// its slopes — 国家防总办公室 via Xinhua, 2014-08-12), so the embankment is the case modelled.
//
// Two published steps:
//  1. Crest settlement as a share of the dam's height from the peak ground acceleration and the
//     magnitude, Swaisgood (2003), "Embankment dam deformations caused by earthquakes", Pacific
//     Conference on Earthquake Engineering, paper 014, eq. (1), fitted to ~70 case histories:
//        settlement % = e^(6.07·PGA + 0.57·M − 8.00)     (PGA in g, M the moment magnitude)
//     The scenario gives Ms; for the Ms 6–7 events of the drills Ms ≈ Mw is taken (stated assumption).
//  2. The damage class by relative crest settlement and the width of the longitudinal cracks
//     that go with it, Pells & Fell (2003), "Damage and cracking of embankment dams by
//     earthquake and the implications for internal erosion and piping", Proc. 21st ICOLD
//     Congress, Q83-R17, Table 1 (as reproduced in USBR/USACE "Best Practices in Dam and Levee
//     Safety Risk Analysis", ch. IV-6 Seismic Risks for Embankments):
//        class 0 no or slight  settlement < 0.03 %   cracks < 10 mm
//        class 1 minor         0.03–0.2 %             10–30 mm
//        class 2 moderate      0.2–0.5 %              30–80 mm
//        class 3 major         0.5–1.5 %              80–150 mm
//        class 4 severe        1.5–5 %                150–500 mm
//        class 5 collapse      > 5 %                  > 500 mm
//  Both as recalled by their implementer: Swaisgood's paper was found but its equation's
//  coefficients were not in the part that could be read, and Pells & Fell's table was not reached
//  (docs/verification.md, "Damage state of an embankment dam") — to be checked against the papers.
//  What follows from a class for the exercise (seepage, how far the pool must come down, how
//  fast a damaged dam may pipe through) is breachRisk.ts: stated assumptions, not this table.
import { exp } from '../../math/index.ts';

export const DAM_DAMAGE_CLASSES = ['none', 'minor', 'moderate', 'major', 'severe', 'collapse'] as const;
export type DamDamageClass = typeof DAM_DAMAGE_CLASSES[number];

/** Pells & Fell (2003) Table 1: the upper bound of relative crest settlement (%) of classes 0–4. */
export const SETTLEMENT_BOUNDS = [0.03, 0.2, 0.5, 1.5, 5] as const;
/** Pells & Fell (2003) Table 1: longitudinal crack width (mm) of each class, [from, to] (class 5: more than 500). */
export const CRACK_WIDTH_MM: readonly (readonly [number, number])[] = [[0, 10], [10, 30], [30, 80], [80, 150], [150, 500], [500, 1000]];

const G = 9.80665;

/** Swaisgood (2003) eq. (1): crest settlement as a percentage of dam height plus alluvium depth. */
export function crestSettlementPercent(pga: number, magnitude: number): number {
  return exp(6.07 * (pga / G) + 0.57 * magnitude - 8.0);
}

/** Pells & Fell (2003) class (0–5) of a relative crest settlement (%). */
export function damageClassIndex(settlementPercent: number): number {
  let k = 0;
  while (k < SETTLEMENT_BOUNDS.length && settlementPercent >= SETTLEMENT_BOUNDS[k]) k++;
  return k;
}

export interface DamDamage {
  damage: DamDamageClass;
  /** Crest settlement, % of the dam's height and m. */
  settlementPercent: number;
  settlement: number;
  /** Widest longitudinal crack, mm: the middle of the class's range (Pells & Fell 2003). */
  crackWidth: number;
}

/** The damage of an embankment dam `height` m high shaken with `pga` (m/s²) by a magnitude-`magnitude` quake. */
export function embankmentDamage(pga: number, magnitude: number, height: number): DamDamage {
  const pct = crestSettlementPercent(pga, magnitude);
  const k = damageClassIndex(pct);
  const [lo, hi] = CRACK_WIDTH_MM[k];
  return { damage: DAM_DAMAGE_CLASSES[k], settlementPercent: pct, settlement: (pct / 100) * height, crackWidth: (lo + hi) / 2 };
}

/** The worse of two damage classes (a second shock never mends a dam). */
export function worseDamage(a: DamDamageClass, b: DamDamageClass): DamDamageClass {
  return DAM_DAMAGE_CLASSES.indexOf(a) >= DAM_DAMAGE_CLASSES.indexOf(b) ? a : b;
}
