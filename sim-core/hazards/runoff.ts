// Infiltration by the SCS curve-number method (USDA NRCS, National Engineering Handbook
// Part 630, ch. 10): cumulative runoff Q = (P − Ia)² / (P − Ia + S) for P > Ia, else 0, with
// S = 25400/CN − 254 (mm) and Ia = 0.2·S. Runoff over a step is Q(P_end) − Q(P_start), so rain,
// not runoff, is what the scenario gives, and the ground soaks up the start of a storm.
import { LAND_COVER, LAND_COVER_MAX } from '../world/landCover.ts';

/**
 * Curve numbers for antecedent moisture II on hydrologic soil group C — thin, stony mountain
 * soils over rock (NEH 630 ch. 9, tables 9-1 and 9-5: woods good 70, brush good 65, pasture good
 * 74, row crops straight good 82, urban 1/8-acre lots 90, bare rock taken as 91, open water 100).
 */
const CURVE_NUMBER: Record<number, number> = {
  [LAND_COVER.water]: 100,
  [LAND_COVER.forest]: 70,
  [LAND_COVER.shrub]: 65,
  [LAND_COVER.grass]: 74,
  [LAND_COVER.cropland]: 82,
  [LAND_COVER.built]: 90,
  [LAND_COVER.bare]: 91,
};

/** Cumulative runoff depth (mm) for cumulative rain P (mm) on a curve number. */
function scsRunoff(P: number, cn: number): number {
  if (cn >= 100) return P;
  const S = 25400 / cn - 254;
  const Ia = 0.2 * S;
  return P > Ia ? ((P - Ia) * (P - Ia)) / (P - Ia + S) : 0;
}

/** Runoff (mm) between cumulative rain P0 and P1, for every land-cover code. */
export function runoffIncrements(P0: number, P1: number, out = new Float64Array(LAND_COVER_MAX + 1)): Float64Array {
  for (let code = 1; code <= LAND_COVER_MAX; code++) {
    const cn = CURVE_NUMBER[code] ?? 80;
    out[code] = scsRunoff(P1, cn) - scsRunoff(P0, cn);
  }
  return out;
}
