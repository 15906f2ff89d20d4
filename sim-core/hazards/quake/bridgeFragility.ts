// 桥梁震害 — the chance that a bridge is closed by the shaking: HAZUS-MH MR4 Earthquake Model
// Technical Manual (FEMA/NIBS 2003), chapter 7, Table 7.9: lognormal fragility curves of highway
// bridges by class (HWB1–HWB28), medians of the 1.0 s spectral acceleration Sa(1.0) in g for the
// slight, moderate, extensive and complete damage states, dispersion β = 0.6 for all. The values
// are those of the manual's table as carried by the SimCenter's damage database (pelicun,
// damage_DB_Hazus_EQ_trnsp.csv, HWB.GS.1–28). The manual's modifiers for skew and 3-D arch
// action (K_skew, K_3D) are taken as 1 (straight bridges, spans unknown): the basic curves.
//
// Sa(1.0) from the PGA the attenuation relation gives (shaking.ts): ASSUMED by the shape of the
// Chinese design spectrum — plateau βm = 2.5 times the PGA (GB 18306-2015's basic spectrum) and
// the descending branch (Tg/T)^γ with γ = 0.9 (GB 50011-2010 §5.1.5, 5 % damping) and
// Tg = 0.35 s (the zonation map's characteristic period for a class II site in most of North
// China): Sa(1.0) = 2.5 · 0.35^0.9 · PGA ≈ 0.97 PGA.
//
// A bridge is closed from extensive damage on (ASSUMED from HAZUS's functionality: at moderate
// damage a bridge is mostly usable within days; at extensive or complete it is out until
// repaired or replaced): P(closed) = Φ(ln(Sa(1.0) / median_extensive) / β).
import { log, pow } from '../../math/index.ts';
import { normalCdf } from '../typhoon/fragility.ts';

export const HAZUS_BRIDGE_CLASSES = [
  'HWB1', 'HWB2', 'HWB3', 'HWB4', 'HWB5', 'HWB6', 'HWB7', 'HWB8', 'HWB9', 'HWB10', 'HWB11', 'HWB12', 'HWB13', 'HWB14',
  'HWB15', 'HWB16', 'HWB17', 'HWB18', 'HWB19', 'HWB20', 'HWB21', 'HWB22', 'HWB23', 'HWB24', 'HWB25', 'HWB26', 'HWB27', 'HWB28',
] as const;
export type HazusBridgeClass = typeof HAZUS_BRIDGE_CLASSES[number];

/** Table 7.9 medians, Sa(1.0) in g: [slight, moderate, extensive, complete]. */
type Medians = readonly [number, number, number, number];
const C: Record<string, Medians> = {
  a: [0.25, 0.35, 0.45, 0.7], b: [0.3, 0.5, 0.6, 0.9], c: [0.5, 0.8, 1.1, 1.7], d: [0.35, 0.45, 0.55, 0.8],
  e: [0.6, 0.9, 1.3, 1.6], f: [0.6, 0.9, 1.1, 1.5], g: [0.9, 0.9, 1.1, 1.5], h: [0.75, 0.75, 0.75, 1.1], i: [0.8, 1, 1.2, 1.7],
};
export const BRIDGE_MEDIANS: Record<HazusBridgeClass, Medians> = {
  HWB1: [0.4, 0.5, 0.7, 0.9], HWB2: [0.6, 0.9, 1.1, 1.7], HWB3: C.i, HWB4: C.i, HWB5: C.a, HWB6: C.b, HWB7: C.c, HWB8: C.d,
  HWB9: C.e, HWB10: C.f, HWB11: C.g, HWB12: C.a, HWB13: C.b, HWB14: C.c, HWB15: C.h, HWB16: C.g, HWB17: C.a, HWB18: C.b,
  HWB19: C.c, HWB20: C.d, HWB21: C.e, HWB22: C.f, HWB23: C.g, HWB24: C.a, HWB25: C.b, HWB26: C.h, HWB27: C.h, HWB28: C.i,
};
export const BRIDGE_BETA = 0.6;
/** A bridge of unknown class: HWB5, a multi-span simply supported concrete bridge of conventional (non-seismic) design, the common county-road bridge. */
export const DEFAULT_BRIDGE_CLASS: HazusBridgeClass = 'HWB5';

const G = 9.80665;
/** Sa(1.0 s) / PGA by the design-spectrum shape above. */
export const SA1_PER_PGA = 2.5 * pow(0.35, 0.9);

/** Sa(1.0) in g for a PGA in m/s². */
export function sa1FromPga(pga: number): number {
  return (pga / G) * SA1_PER_PGA;
}

/** P(damage ≥ state) at Sa(1.0) `sa1` g; state 0 slight … 3 complete. */
export function bridgeExceedance(cls: HazusBridgeClass, sa1: number, state: 0 | 1 | 2 | 3): number {
  if (sa1 <= 0) return 0;
  return normalCdf(log(sa1 / BRIDGE_MEDIANS[cls][state]) / BRIDGE_BETA);
}

/** The chance a bridge of class `cls` is closed (extensive damage or worse) by a PGA of `pga` m/s². */
export function bridgeClosureChance(cls: HazusBridgeClass, pga: number): number {
  return bridgeExceedance(cls, sa1FromPga(pga), 2);
}
