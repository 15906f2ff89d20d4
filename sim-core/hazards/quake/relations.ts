// The attenuation relations of China's fifth-generation ground-motion zonation map (GB 18306-2015),
// for its eastern strong-earthquake region (东部强震区, which holds North China): 俞言祥, 李山有,
// 肖亮 (2013), 为新区划图编制所建立的地震动衰减关系 (Development of ground motion attenuation
// relations for the new seismic hazard map of China), 震灾防御技术 8(1): 24–33.
// Intensity: the paper's coefficient table for the four sub-regions, long (major) and short
// (minor) axis, as reproduced with that source line in a later journal article ("Table 1. Seismic
// intensity attenuation relation coefficients for each sub-region"); the eastern columns are the
// ones below, and the short-axis column also matches an independent code transcription citing
// 肖亮 & 俞言祥 (2011). PGA (aE): the paper's aE table as transcribed, with the same numbers for all
// four regions, in a public code file citing 俞言祥, 表4 — a secondary copy, not the paper itself.
// Every isoseismal is an ellipse: one relation along the long axis (the fault strike), one across
// it. Distances are epicentral, in km; magnitude is the surface-wave magnitude Ms.
// See docs/verification.md, "Earthquake intensity", for the source chain and the checks.
import { exp, log, pow } from '../../math/index.ts';

/** lg x with the core's deterministic natural log (Math.LN10 is a constant, not a function). */
export function lg(x: number): number {
  return log(x) / Math.LN10;
}

/** I = a + b·Ms + c·lg(R + r0), R the distance along one axis (km). */
export interface IntensityAxis {
  a: number;
  b: number;
  c: number;
  r0: number;
}

/** Eastern strong-earthquake region: long axis (along strike) and short axis; σ = 0.5826. */
export const EAST_INTENSITY: { long: IntensityAxis; short: IntensityAxis; sigma: number } = {
  long: { a: 5.7123, b: 1.3626, c: -4.2903, r0: 25 },
  short: { a: 3.6588, b: 1.3626, c: -3.5406, r0: 13 },
  sigma: 0.5826,
};

export function intensityOnAxis(axis: IntensityAxis, ms: number, r: number): number {
  return axis.a + axis.b * ms + axis.c * lg(r + axis.r0);
}

/** The distance (km) along the axis at which the intensity has fallen to `i` (negative: never). */
export function radiusOfIntensity(axis: IntensityAxis, ms: number, i: number): number {
  return pow(10, (i - axis.a - axis.b * ms) / axis.c) - axis.r0;
}

/** lg aE = a + b·Ms + c·lg(R + d·e^(e·Ms)), aE the horizontal peak ground acceleration in gal
 *  (cm/s²) on rock (site class II as the map defines it); (a1, b1) below Ms 6.5, (a2, b2) from it
 *  (the two branches meet at 6.5 to 3 decimals, so the side the boundary falls on does not matter). */
export interface PgaAxis {
  a1: number;
  b1: number;
  a2: number;
  b2: number;
  c: number;
  d: number;
  e: number;
}

/** Eastern strong-earthquake region, aE; σ = 0.236 (log10 units). */
export const EAST_PGA: { long: PgaAxis; short: PgaAxis; sigma: number } = {
  long: { a1: 1.979, b1: 0.671, a2: 3.533, b2: 0.432, c: -2.315, d: 2.088, e: 0.399 },
  short: { a1: 1.176, b1: 0.660, a2: 2.753, b2: 0.418, c: -2.004, d: 0.944, e: 0.447 },
  sigma: 0.236,
};

/** The magnitude at which the relations change branch. */
export const PGA_BRANCH_MS = 6.5;

function magnitudeTerm(axis: PgaAxis, ms: number): number {
  return ms < PGA_BRANCH_MS ? axis.a1 + axis.b1 * ms : axis.a2 + axis.b2 * ms;
}

/** The near-field saturation distance d·e^(e·Ms) (km). */
export function pgaSaturation(axis: PgaAxis, ms: number): number {
  return axis.d * exp(axis.e * ms);
}

/** lg aE (gal) at distance r (km) along the axis. */
export function lgPgaOnAxis(axis: PgaAxis, ms: number, r: number): number {
  return magnitudeTerm(axis, ms) + axis.c * lg(r + pgaSaturation(axis, ms));
}

/** The distance (km) along the axis at which lg aE has fallen to `lgY` (negative: never). */
export function radiusOfLgPga(axis: PgaAxis, ms: number, lgY: number): number {
  return pow(10, (lgY - magnitudeTerm(axis, ms)) / axis.c) - pgaSaturation(axis, ms);
}
