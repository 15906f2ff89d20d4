// The value of an elliptical attenuation field at a point. A relation pair gives, for each level
// v, the ellipse's semi-axes (long along the strike, short across it); the level at a point is the
// v whose ellipse passes through it: (along/Ra(v))² + (across/Rb(v))² = 1. Both radii fall as v
// rises, so the left side rises with v and bisection finds the root. Fixed iteration count, no
// transcendental beyond the radii themselves: the same bits on every engine.

/** The radii (km) of the level-v isoseismal; negative when v is above that axis's peak. */
export interface EllipseRadii {
  long(v: number): number;
  short(v: number): number;
}

/** How far below the peak the search goes: 20 units of intensity (or of lg PGA) is further than
 *  any point on Earth for these relations (R + R0 ≈ 10^(20/4.3) km), so the floor is never met. */
const SEARCH_DEPTH = 20;
const MAX_HALVINGS = 80;

/** The level at (along, across) km from the epicentre, given the peak `top` (the lower of the two
 *  axes' values at zero distance: the field never exceeds it). */
export function levelAt(radii: EllipseRadii, top: number, along: number, across: number): number {
  const outside = (v: number): boolean => {
    const ra = radii.long(v);
    const rb = radii.short(v);
    if (!(ra > 0) || !(rb > 0)) return true;
    const u = along / ra;
    const w = across / rb;
    return u * u + w * w > 1;
  };
  if (!outside(top)) return top;
  let lo = top - SEARCH_DEPTH; // inside (or the floor)
  let hi = top; // outside
  if (outside(lo)) return lo;
  for (let k = 0; k < MAX_HALVINGS; k++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (outside(mid)) hi = mid;
    else lo = mid;
  }
  return lo;
}
