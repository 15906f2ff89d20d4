// Fuel bed intermediates of Rothermel's (1972) surface fire model, computed as BehavePlus does
// (Andrews 2018, RMRS-GTR-371, ch. 5; firelab/behave surfaceFuelbedIntermediates.cpp and
// surfaceFireReactionIntensity.cpp), with Albini's (1976, INT-GTR-30) computer forms.
// Imperial units: lb, ft, Btu, min. Moisture contents are fractions (0.06 = 6 %).
//
// Particles: dead 1-h, 10-h, 100-h and cured (dead) herb; live herb and live woody.
// Everything is weighted by particle surface area (Rothermel 1972, eqs. 53–57); net loads are
// weighted by size class (Albini 1976, p. 88: the area fractions are pooled in SAV bins).

import type { FuelModel } from './fuelModels.ts';
import { exp, pow } from '../../math/index.ts';

interface FuelMoisture {
  /** dead 1-h, 10-h, 100-h; live herbaceous and live woody; fractions */
  d1: number;
  d10: number;
  d100: number;
  liveHerb: number;
  liveWoody: number;
}

export interface Fuelbed {
  /** false when the model carries no fuel (then every rate below is 0) */
  burnable: boolean;
  /** characteristic SAV σ, 1/ft (eq. 71) */
  sigma: number;
  /** packing ratio β and β/β_op (eqs. 31, 37) */
  packingRatio: number;
  relativePackingRatio: number;
  /** bulk density ρ_b, lb/ft³ */
  bulkDensity: number;
  /** ρ_b·ε·Q_ig summed over particles, Btu/ft³ (eq. 77 denominator) */
  heatSink: number;
  /** propagating flux ratio ξ (eq. 42) */
  propagatingFlux: number;
  /** reaction intensity I_R, Btu/ft²/min (eq. 27), and its dead and live parts */
  reactionIntensity: number;
  reactionIntensityDead: number;
  reactionIntensityLive: number;
  /** live moisture of extinction, fraction (Albini 1976, p. 89) */
  mxLive: number;
  /** no-wind, no-slope spread rate R₀ = I_R·ξ/(ρ_b·ε·Q_ig), ft/min */
  ros0: number;
  /** residence time τ = 384/σ, min (Anderson 1969) */
  residenceTime: number;
  /** wind factor φ_w = C·U^B·(β/β_op)^−E, U in ft/min (eqs. 47–50) */
  windB: number;
  windC: number;
  windE: number;
  /** φ_s = slopeK·tan²θ with slopeK = 5.275·β^−0.3 (eq. 51) */
  slopeK: number;
}

const PARTICLE_DENSITY = 32; // ρ_p, lb/ft³ (Albini 1976, p. 91)
const TOTAL_SILICA = 0.0555; // S_T
const EFFECTIVE_SILICA = 0.01; // S_e
const SAV_10H = 109;
const SAV_100H = 30;
const DEAD = 4;
const LIVE = 2;

// Scratch for one evaluation; computeFuelbed is not re-entrant, which the core never needs.
const wDead = new Float64Array(DEAD);
const sDead = new Float64Array(DEAD);
const mDead = new Float64Array(DEAD);
const aDead = new Float64Array(DEAD);
const wLive = new Float64Array(LIVE);
const sLive = new Float64Array(LIVE);
const mLive = new Float64Array(LIVE);
const aLive = new Float64Array(LIVE);
const gBins = new Float64Array(5);

/** The SAV bin of Albini's size-class weighting (1976, p. 88): ≥1200, ≥192, ≥96, ≥48, ≥16. */
function savBin(sav: number): number {
  if (sav >= 1200) return 0;
  if (sav >= 192) return 1;
  if (sav >= 96) return 2;
  if (sav >= 48) return 3;
  if (sav >= 16) return 4;
  return -1;
}

/** Σ g_ij·w_n,ij: net load weighted by the area fraction of each particle's size class. */
function sizeWeightedNetLoad(w: Float64Array, s: Float64Array, f: Float64Array): number {
  gBins.fill(0);
  for (let i = 0; i < w.length; i++) {
    const b = savBin(s[i]);
    if (b >= 0) gBins[b] += f[i];
  }
  let wn = 0;
  for (let i = 0; i < w.length; i++) {
    const b = savBin(s[i]);
    if (b >= 0) wn += gBins[b] * w[i] * (1 - TOTAL_SILICA); // eq. 24
  }
  return wn;
}

/** Moisture damping η_M = 1 − 2.59r + 5.11r² − 3.52r³, r = M_f/M_x, 0 at or past extinction (eq. 29). */
function moistureDamping(m: number, mx: number): number {
  const r = mx > 0 ? m / mx : 1;
  if (m >= mx || r > 1) return 0;
  return 1 - 2.59 * r + 5.11 * r * r - 3.52 * r * r * r;
}

export function computeFuelbed(model: FuelModel, moisture: FuelMoisture): Fuelbed {
  // Dynamic models move herbaceous load from live to dead as herb moisture falls from 120 % to
  // 30 % (Scott & Burgan 2005, p. 8); BehavePlus's linear form T = 1.333 − 1.11·M_herb.
  let herbLive = model.loadHerb;
  let herbDead = 0;
  if (model.dynamic && herbLive > 0) {
    if (moisture.liveHerb < 0.3) {
      herbDead = herbLive;
      herbLive = 0;
    } else if (moisture.liveHerb <= 1.2) {
      herbDead = herbLive * (1.333 - 1.11 * moisture.liveHerb);
      herbLive -= herbDead;
    }
  }
  wDead[0] = model.load1; wDead[1] = model.load10; wDead[2] = model.load100; wDead[3] = herbDead;
  sDead[0] = model.sav1; sDead[1] = SAV_10H; sDead[2] = SAV_100H; sDead[3] = model.savHerb;
  // Cured herb takes the 1-h moisture.
  mDead[0] = moisture.d1; mDead[1] = moisture.d10; mDead[2] = moisture.d100; mDead[3] = moisture.d1;
  wLive[0] = herbLive; wLive[1] = model.loadWoody;
  sLive[0] = model.savHerb; sLive[1] = model.savWoody;
  mLive[0] = moisture.liveHerb; mLive[1] = moisture.liveWoody;

  const totalLoad = wDead[0] + wDead[1] + wDead[2] + wDead[3] + wLive[0] + wLive[1];
  if (!(totalLoad > 0) || !(model.depth > 0)) return unburnable();

  // Surface areas A_ij = w·σ/ρ_p and their fractions f_ij, f_i (eqs. 53–56).
  let areaDead = 0;
  let areaLive = 0;
  for (let i = 0; i < DEAD; i++) areaDead += (aDead[i] = (wDead[i] * sDead[i]) / PARTICLE_DENSITY);
  for (let i = 0; i < LIVE; i++) areaLive += (aLive[i] = (wLive[i] * sLive[i]) / PARTICLE_DENSITY);
  for (let i = 0; i < DEAD; i++) aDead[i] = areaDead > 1e-7 ? aDead[i] / areaDead : 0;
  for (let i = 0; i < LIVE; i++) aLive[i] = areaLive > 1e-7 ? aLive[i] / areaLive : 0;
  const fDead = areaDead / (areaDead + areaLive);
  const fLive = 1 - fDead;

  // Area-weighted heat content, moisture and SAV per category; size-weighted net load.
  let heatDead = 0, heatLive = 0, moistDead = 0, moistLive = 0, savDead = 0, savLive = 0;
  let silicaDead = 0, silicaLive = 0;
  for (let i = 0; i < DEAD; i++) {
    heatDead += aDead[i] * model.heatDead;
    moistDead += aDead[i] * mDead[i];
    savDead += aDead[i] * sDead[i];
    silicaDead += aDead[i] * EFFECTIVE_SILICA;
  }
  for (let i = 0; i < LIVE; i++) {
    heatLive += aLive[i] * model.heatLive;
    moistLive += aLive[i] * mLive[i];
    savLive += aLive[i] * sLive[i];
    silicaLive += aLive[i] * EFFECTIVE_SILICA;
  }
  const netDead = sizeWeightedNetLoad(wDead, sDead, aDead);
  const netLive = sizeWeightedNetLoad(wLive, sLive, aLive);

  const sigma = fDead * savDead + fLive * savLive; // eq. 71
  const bulkDensity = totalLoad / model.depth; // eq. 40
  const packingRatio = totalLoad / (model.depth * PARTICLE_DENSITY); // eq. 31
  const optimumPackingRatio = 3.348 * pow(sigma, -0.8189); // eq. 37
  const relativePackingRatio = packingRatio / optimumPackingRatio;

  // Live moisture of extinction from the dead-to-live fine fuel ratio W (Albini 1976, p. 89):
  // M_x,live = 2.9·W·(1 − M_f,dead/M_x,dead) − 0.226, never below M_x,dead.
  let mxLive = model.mxDead;
  if (model.loadHerb + model.loadWoody > 0) {
    let fineDead = 0, fineDeadMoist = 0, fineLive = 0;
    for (let i = 0; i < DEAD; i++) {
      const h = wDead[i] * exp(-138 / sDead[i]);
      fineDead += h;
      fineDeadMoist += h * mDead[i];
    }
    for (let i = 0; i < LIVE; i++) fineLive += wLive[i] * exp(-500 / sLive[i]);
    const mfDead = fineDead > 1e-7 ? fineDeadMoist / fineDead : 0;
    const ratio = fineLive > 1e-7 ? fineDead / fineLive : 0;
    mxLive = Math.max(model.mxDead, 2.9 * ratio * (1 - mfDead / model.mxDead) - 0.226);
  }

  // Heat sink ρ_b·Σ f_i Σ f_ij·exp(−138/σ_ij)·(250 + 1116·M_ij) (eqs. 14, 12, 77).
  let sink = 0;
  for (let i = 0; i < DEAD; i++) sink += fDead * aDead[i] * exp(-138 / sDead[i]) * (250 + 1116 * mDead[i]);
  for (let i = 0; i < LIVE; i++) sink += fLive * aLive[i] * exp(-138 / sLive[i]) * (250 + 1116 * mLive[i]);
  const heatSink = sink * bulkDensity;

  // ξ = exp((0.792 + 0.681·σ^0.5)(β + 0.1)) / (192 + 0.2595·σ) (eq. 42).
  const propagatingFlux = exp((0.792 + 0.681 * Math.sqrt(sigma)) * (packingRatio + 0.1)) / (192 + 0.2595 * sigma);

  // Γ′ = Γ′_max·(β/β_op)^A·exp(A(1 − β/β_op)), A = 133·σ^−0.7913 (eqs. 36, 38; Albini 1976).
  const sigma15 = pow(sigma, 1.5);
  const gammaMax = sigma15 / (495 + 0.0594 * sigma15);
  const a = 133 * pow(sigma, -0.7913);
  const gamma = gammaMax * pow(relativePackingRatio, a) * exp(a * (1 - relativePackingRatio));
  const etaS = (s: number) => (s > 0 ? Math.min(1, 0.174 * pow(s, -0.19)) : 0); // eq. 30
  const irDead = gamma * netDead * heatDead * moistureDamping(moistDead, model.mxDead) * etaS(silicaDead);
  const irLive = gamma * netLive * heatLive * moistureDamping(moistLive, mxLive) * etaS(silicaLive);
  const reactionIntensity = irDead + irLive; // eq. 58

  const ros0 = heatSink < 1e-7 ? 0 : (reactionIntensity * propagatingFlux) / heatSink;

  return {
    burnable: true,
    sigma,
    packingRatio,
    relativePackingRatio,
    bulkDensity,
    heatSink,
    propagatingFlux,
    reactionIntensity,
    reactionIntensityDead: irDead,
    reactionIntensityLive: irLive,
    mxLive,
    ros0,
    residenceTime: 384 / sigma,
    windC: 7.47 * exp(-0.133 * pow(sigma, 0.55)),
    windB: 0.02526 * pow(sigma, 0.54),
    windE: 0.715 * exp(-3.59e-4 * sigma),
    slopeK: 5.275 * pow(packingRatio, -0.3),
  };
}

function unburnable(): Fuelbed {
  return {
    burnable: false, sigma: 0, packingRatio: 0, relativePackingRatio: 0, bulkDensity: 0, heatSink: 0,
    propagatingFlux: 0, reactionIntensity: 0, reactionIntensityDead: 0, reactionIntensityLive: 0,
    mxLive: 0, ros0: 0, residenceTime: 0, windB: 0, windC: 0, windE: 0, slopeK: 0,
  };
}
