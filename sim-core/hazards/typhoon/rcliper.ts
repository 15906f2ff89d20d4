// The typhoon's rain: the R-CLIPER symmetric rain-rate profile (Marks & DeMaria 2003; the bias-
// adjusted coefficients of Tuleya et al. 2007, Wea. Forecasting 22:56–70, as CLIMADA's
// climada_RCLIPER.m carries them). With the normalised intensity U = 1 + (Vmax − 35 kt)/33 kt:
//   T0 = −1.10 + 3.96·U  (in/day, at the centre)      Tm = −1.60 + 4.80·U  (in/day, at rm)
//   rm = 64 − 13·U  (km)                               re = 150 − 16·U  (km, e-folding beyond rm)
//   R(r) = T0 + (Tm − T0)·r/rm  for r < rm;   R(r) = Tm·exp(−(r − rm)/re)  beyond.
// A climatology, not a forecast: it gives a storm's mean rain by distance, which is what a drill
// needs to drive the flood model; the scenario may scale it (orographic rain, a wetter storm).
import { exp } from '../../math/index.ts';

const KNOT = 1852 / 3600;
const IN_PER_DAY_TO_MM_PER_H = 25.4 / 24;

/** Rain rate, mm/h, at r metres from the centre of a storm whose maximum sustained wind is vmax m/s. */
export function rcliperRain(vmax: number, r: number): number {
  const u = 1 + (vmax / KNOT - 35) / 33;
  const t0 = -1.1 + 3.96 * u, tm = -1.6 + 4.8 * u;
  const rm = (64 - 13 * u) * 1000, re = (150 - 16 * u) * 1000;
  if (rm <= 0 || re <= 0) return 0;
  const rate = r < rm ? t0 + (tm - t0) * (r / rm) : tm * exp(-(r - rm) / re);
  return Math.max(0, rate) * IN_PER_DAY_TO_MM_PER_H;
}
