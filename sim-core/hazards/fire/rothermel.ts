// Rothermel's (1972) surface fire at the head, with wind and slope combined as BehavePlus
// combines them (Andrews 2018, RMRS-GTR-371; firelab/behave surfaceFire.cpp): the wind and slope
// spread increments R₀φ_w and R₀φ_s are added as vectors, which gives the direction of maximum
// spread and, through the wind factor inverted, the effective wind speed. The effective-wind-
// speed limit is a choice (windLimit.ts), by default none, as in behave; when chosen it acts as
// behave applies it: on the head after the vector sum.
// Fireline intensity I_B = R·I_R·τ/60 (Byram 1959; Albini 1976), flame length 0.45·I_B^0.46 ft
// (Byram 1959). Imperial inside; `surfaceFire` takes and returns SI.

import type { FuelModel } from './fuelModels.ts';
import { computeFuelbed, type Fuelbed } from './fuelbed.ts';
import { backingRate, eccentricity, flankingRate, lengthToWidthRatio } from './ellipse.ts';
import { DEFAULT_WIND_LIMIT, type WindLimit } from './windLimit.ts';
import { BTU_FT2_MIN_TO_KW_M2, BTU_FT_S_TO_KW_M, FT, FT_PER_MIN_PER_MPH, MPS_TO_FT_PER_MIN } from './units.ts';
import { atan2, cos, pow, sin } from '../../math/index.ts';

const DEG = Math.PI / 180;

/** Moisture contents in percent (6 = 6 %). */
export interface MoisturePercent {
  d1: number;
  d10: number;
  d100: number;
  liveHerb: number;
  liveWoody: number;
}

export interface SurfaceFireResult {
  /** head (maximum) rate of spread, m/min */
  ros: number;
  /** backing and flanking rates from the ellipse, m/min */
  rosBacking: number;
  rosFlanking: number;
  /** length-to-width ratio of the fire ellipse, and its eccentricity */
  lw: number;
  eccentricity: number;
  /** compass direction of maximum spread, degrees in [0, 360) */
  directionOfMaxSpread: number;
  /** flame length at the head, m (Byram 1959) */
  flameLength: number;
  /** Byram's fireline intensity at the head, kW/m */
  intensity: number;
  /** reaction intensity I_R, kW/m² */
  reactionIntensity: number;
  /** effective midflame wind speed, m/s */
  effectiveWindSpeed: number;
  /** true when the chosen wind limit capped the head rate */
  windLimited: boolean;
}

/** Head spread in imperial units, as written by `headSpread`. */
export interface HeadSpread {
  /** ft/min */
  ros: number;
  /** direction of maximum spread, degrees clockwise from upslope, [0, 360) */
  azimuthFromUpslope: number;
  /** ft/min */
  effectiveWind: number;
  windLimited: boolean;
}

/** φ_w = C·U^B·(β/β_op)^−E, U the midflame wind in ft/min (Rothermel 1972, eq. 47). */
export function windFactor(bed: Fuelbed, windFtMin: number): number {
  if (!bed.burnable || windFtMin < 1e-7) return 0;
  return bed.windC * pow(windFtMin, bed.windB) * pow(bed.relativePackingRatio, -bed.windE);
}

/** φ_s = 5.275·β^−0.3·tan²θ (Rothermel 1972, eq. 51). */
export function slopeFactor(bed: Fuelbed, tanSlope: number): number {
  return bed.slopeK * tanSlope * tanSlope;
}

/**
 * Head rate, direction and effective wind for a fuel bed, given the wind factor φ_w, the angle
 * (radians, clockwise) from upslope to the direction the wind blows toward, and the slope
 * factor φ_s, under the chosen effective-wind-speed limit (windLimit.ts). Writes into `out` so
 * grid code allocates nothing per cell.
 */
export function headSpread(
  bed: Fuelbed, phiW: number, windFromUpslope: number, phiS: number, out: HeadSpread, windLimit: WindLimit = DEFAULT_WIND_LIMIT,
): HeadSpread {
  const r0 = bed.ros0;
  out.ros = 0;
  out.azimuthFromUpslope = 0;
  out.effectiveWind = 0;
  out.windLimited = false;
  if (!(r0 > 0)) return out;

  const limit = 0.9 * bed.reactionIntensity;
  // behave caps φ_s at 0.9·I_R before the vector sum whatever the wind-limit choice
  // (surfaceFire.cpp, calculateWindSpeedLimit).
  const slopeF = phiS > limit ? limit : phiS;
  const x = r0 * slopeF + r0 * phiW * cos(windFromUpslope);
  const y = r0 * phiW * sin(windFromUpslope);
  let ros = r0 + Math.sqrt(x * x + y * y);
  let az = atan2(y, x) / DEG;
  if (az < 0) az += 360;
  if (Math.abs(az) < 0.5) az = 0; // BehavePlus snaps near-upslope heads to upslope
  if (az >= 360) az -= 360;

  // Effective wind: the wind alone that would give the same head rate (eq. 87 inverted).
  const phiE = ros / r0 - 1;
  let uEff = phiE > 0 ? pow((phiE * pow(bed.relativePackingRatio, bed.windE)) / bed.windC, 1 / bed.windB) : 0;
  if (windLimit === 'rothermel1972' && uEff > limit) {
    uEff = limit;
    ros = r0 * (1 + bed.windC * pow(limit, bed.windB) * pow(bed.relativePackingRatio, -bed.windE));
    out.windLimited = true;
  } else if (windLimit === 'spreadRate2013' && ros > uEff && uEff > FT_PER_MIN_PER_MPH) {
    ros = uEff;
    out.windLimited = true;
  }
  out.ros = ros;
  out.azimuthFromUpslope = az;
  out.effectiveWind = uEff;
  return out;
}

const scratch: HeadSpread = { ros: 0, azimuthFromUpslope: 0, effectiveWind: 0, windLimited: false };

/**
 * Surface fire at the head for one fuel model and site.
 * @param moisture percent
 * @param windSpeed midflame wind, m/s
 * @param windDir compass direction the wind blows toward, degrees
 * @param slopePercent rise over run × 100
 * @param aspect compass direction the slope faces (downhill), degrees
 * @param windLimit the effective-wind-speed limit (windLimit.ts); by default BehavePlus's, none
 */
export function surfaceFire(
  model: FuelModel,
  moisture: MoisturePercent,
  windSpeed: number,
  windDir: number,
  slopePercent: number,
  aspect: number,
  windLimit: WindLimit = DEFAULT_WIND_LIMIT,
): SurfaceFireResult {
  const bed = computeFuelbed(model, {
    d1: moisture.d1 / 100,
    d10: moisture.d10 / 100,
    d100: moisture.d100 / 100,
    liveHerb: moisture.liveHerb / 100,
    liveWoody: moisture.liveWoody / 100,
  });
  const upslope = aspect + 180;
  const head = headSpread(
    bed,
    windFactor(bed, windSpeed * MPS_TO_FT_PER_MIN),
    (windDir - upslope) * DEG,
    slopeFactor(bed, slopePercent / 100),
    scratch,
    windLimit,
  );
  return toSI(bed, head, upslope);
}

function toSI(bed: Fuelbed, head: HeadSpread, upslope: number): SurfaceFireResult {
  const lw = lengthToWidthRatio(head.effectiveWind / FT_PER_MIN_PER_MPH);
  const ecc = eccentricity(lw);
  const intensityBtu = (head.ros * bed.reactionIntensity * bed.residenceTime) / 60; // Btu/ft/s
  const flameFt = intensityBtu < 1e-7 ? 0 : 0.45 * pow(intensityBtu, 0.46);
  let dir = (upslope + head.azimuthFromUpslope) % 360;
  if (dir < 0) dir += 360;
  return {
    ros: head.ros * FT,
    rosBacking: backingRate(head.ros, ecc) * FT,
    rosFlanking: flankingRate(head.ros, ecc, lw) * FT,
    lw,
    eccentricity: ecc,
    directionOfMaxSpread: dir,
    flameLength: flameFt * FT,
    intensity: intensityBtu * BTU_FT_S_TO_KW_M,
    reactionIntensity: bed.reactionIntensity * BTU_FT2_MIN_TO_KW_M2,
    effectiveWindSpeed: head.effectiveWind / MPS_TO_FT_PER_MIN,
    windLimited: head.windLimited,
  };
}

/**
 * Spread rate (m/min) toward a compass direction for a fire ignited at a point: the ellipse
 * about its rear focus, R·(1 − e)/(1 − e·cos ψ), ψ the angle from the head direction.
 */
export function rosInDirection(result: SurfaceFireResult, compassDeg: number): number {
  const e = result.eccentricity;
  const psi = (compassDeg - result.directionOfMaxSpread) * DEG;
  return (result.ros * (1 - e)) / (1 - e * cos(psi));
}
