// The value of an elliptical attenuation field at a point. A relation pair gives, for each level
// v, the ellipse's semi-axes (long along the strike, short across it); the level at a point is the
// v whose ellipse passes through it: (along/Ra(v))² + (across/Rb(v))² = 1. Both radii fall as v
// rises, so the left side rises with v and there is one root. It is bracketed by the two axes'
// levels at the point's distance d (the ellipse through d on the short axis contains the point,
// the one through d on the long axis does not) and found by Newton steps on ln S(v), S the left
// side — nearly straight in v because both radii are exponential in v — kept inside the bracket
// (bisection when a step leaves it): two to four steps where plain bisection needed sixty, and
// the same bits on every engine (fixed rule, deterministic pow and log).
import { log } from '../../math/index.ts';

/** One axis of a relation: its radius (km) at level v, negative when v is above the axis's peak;
 *  the level at radius r; and dR/dv = (R + offset)·rate, which holds for R = 10^((v − k)/c) − offset
 *  with rate = ln 10 / c. */
export interface EllipseAxis {
  radius(v: number): number;
  level(r: number): number;
  offset: number;
  rate: number;
}

/** How far below the peak a fallback bracket reaches: 20 units of intensity (or of lg PGA) is
 *  further than any point on Earth for these relations (R + R0 ≈ 10^(20/4.3) km). */
const SEARCH_DEPTH = 20;
const MAX_STEPS = 100;
const TOLERANCE = 1e-12;

/** The level at (along, across) km from the epicentre, given the peak `top` (the lower of the two
 *  axes' values at zero distance: the field never exceeds it). */
export function levelAt(long: EllipseAxis, short: EllipseAxis, top: number, along: number, across: number): number {
  const a2 = along * along;
  const c2 = across * across;
  const excess = (v: number): number => { // > 0 outside the level-v ellipse
    const ra = long.radius(v);
    const rb = short.radius(v);
    if (!(ra > 0) || !(rb > 0)) return Infinity;
    return a2 / (ra * ra) + c2 / (rb * rb) - 1;
  };
  if (!(excess(top) > 0)) return top;
  const d = Math.sqrt(a2 + c2);
  const onLong = long.level(d);
  const onShort = short.level(d);
  let lo = Math.min(onLong, onShort, top); // inside
  let hi = Math.min(Math.max(onLong, onShort), top); // outside
  if (excess(lo) > 0) lo = top - SEARCH_DEPTH;
  if (!(excess(hi) > 0)) hi = top;
  if (excess(lo) > 0) return lo;
  let v = lo + (hi - lo) / 2;
  for (let k = 0; k < MAX_STEPS; k++) {
    const ra = long.radius(v);
    const rb = short.radius(v);
    if (!(ra > 0) || !(rb > 0)) { hi = v; v = lo + (hi - lo) / 2; continue; }
    const sum = a2 / (ra * ra) + c2 / (rb * rb);
    if (sum > 1) hi = v;
    else lo = v;
    const slope = -2 * a2 / (ra * ra * ra) * (ra + long.offset) * long.rate
      - 2 * c2 / (rb * rb * rb) * (rb + short.offset) * short.rate; // dS/dv > 0
    let next = slope > 0 ? v - log(sum) * sum / slope : NaN; // Newton on ln S
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    const step = Math.abs(next - v);
    v = next;
    if (step <= TOLERANCE * Math.max(1, Math.abs(v)) || hi - lo <= TOLERANCE) break;
  }
  return v;
}
