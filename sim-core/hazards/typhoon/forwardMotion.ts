// The storm's forward motion in its surface wind (移动造成的风场不对称): on the right of a moving
// storm (northern hemisphere) the vortex's own wind and the storm's motion add, on the left they
// subtract. Lin, N. and D. Chavas (2012), "On hurricane parametric wind and applications in
// storm surge modeling", J. Geophys. Res. 117, D09120: the surface wind is the vector sum of the
// symmetric vortex's surface wind (turned in towards the centre by an inflow angle) and a
// surface background wind, which they find is best estimated as 0.55 × the storm's translation
// velocity, rotated 20° cyclonically (anticlockwise in the northern hemisphere) — their rounded
// estimate (their section 2, abstract).
//
// The inflow angle α of the vortex's surface wind is Bretschneider's (1972), as Phadke et al.
// (2003, Ocean Eng. 30:553–578, eqs. 11a–c) state it, with x = r/Rmax:
//     α = 10(1 + x)        x < 1
//     α = 20 + 25(x − 1)   1 ≤ x < 1.2
//     α = 25               x ≥ 1.2       (degrees)
// At r = Rmax, α = 20° equals the background wind's turn, so the strongest wind of a moving storm
// is exactly to the right of the track at Rmax: Vsym(Rmax) + 0.55·Vt, and to the left
// Vsym(Rmax) − 0.55·Vt. Far out (α = 25°) the strongest bearing lies 5° behind the perpendicular.
import { cos, sin } from '../../math/index.ts';

/** Lin & Chavas (2012): the surface background wind as a share of the translation speed. */
export const BACKGROUND_SHARE = 0.55;
/** Lin & Chavas (2012): the background wind's turn from the direction of motion, degrees, cyclonic. */
export const BACKGROUND_TURN_DEG = 20;

const RAD = Math.PI / 180;
const COS_TURN = cos(BACKGROUND_TURN_DEG * RAD), SIN_TURN = sin(BACKGROUND_TURN_DEG * RAD);
const COS_OUTER = cos(25 * RAD), SIN_OUTER = sin(25 * RAD);

/** +1 in the northern hemisphere (cyclones turn anticlockwise), −1 in the southern; the equator counts as north. */
export const hemisphereOf = (latitude: number): 1 | -1 => (latitude < 0 ? -1 : 1);

/**
 * The surface background wind (m/s, x east, y north) of a storm moving at (vx, vy) m/s:
 * 0.55 × the translation, turned 20° cyclonically (Lin & Chavas 2012).
 */
export function backgroundWind(vx: number, vy: number, hemisphere: 1 | -1): [number, number] {
  const s = SIN_TURN * hemisphere;
  return [BACKGROUND_SHARE * (vx * COS_TURN - vy * s), BACKGROUND_SHARE * (vx * s + vy * COS_TURN)];
}

/** Bretschneider's inflow angle (Phadke et al. 2003, eq. 11), degrees, at r from the centre. */
export function inflowAngle(r: number, rmax: number): number {
  const x = r / rmax;
  if (x < 1) return 10 * (1 + x);
  if (x < 1.2) return 20 + 25 * (x - 1);
  return 25;
}

const COS_SIN = new Float64Array(2);

/** cos and sin of the inflow angle at r (into COS_SIN); the constant 25° beyond 1.2·Rmax needs no trig. */
export function inflowCosSin(r: number, rmax: number): Float64Array {
  if (r >= 1.2 * rmax) { COS_SIN[0] = COS_OUTER; COS_SIN[1] = SIN_OUTER; return COS_SIN; }
  const a = inflowAngle(r, rmax) * RAD;
  COS_SIN[0] = cos(a); COS_SIN[1] = sin(a);
  return COS_SIN;
}
