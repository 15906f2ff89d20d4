// Who is hurt in a crush (挤压踩踏受伤). Helbing, Farkas & Vicsek (2000, Nature 407: 487–490)
// count a person injured when the radial forces on them, per unit of circumference, pass
// 1,600 N/m — with their bone-hard bodies (k = 1.2·10⁵ kg/s²). This model's bodies are a hard
// core that rapier keeps from overlapping plus a soft shell (crowd/crowdParams.ts), so those
// forces are not comparable; what the model does reproduce is density up to Weidmann's jam
// density of 5.4 P/m² (cores hexagonally packed, every shell flattened). Crush injuries come
// where a crowd stays compressed: Fruin (1993, "The causes and prevention of crowd disasters")
// places the onset of dangerous pressure at about 7 P/m² in real, compressible crowds.
//
// The rule (a stated assumption): a person is hurt once the local density round them (the
// model's count on a 4 m² disc, crowd/crowdCase.ts) has been at least CRUSH_DENSITY for
// CRUSH_SECONDS of egress in all. CRUSH_DENSITY is 5 P/m²: 93 % of the model's packing limit,
// the nearest it comes to Fruin's compressed crowd; CRUSH_SECONDS is 10 s, so a passing squeeze
// at a door hurts nobody but standing pressed in a jam does. Both are assumptions, not fitted.

/** Local density at or above which a person counts as crushed, P/m². */
export const CRUSH_DENSITY = 5;
/** Time at crush density, in all, after which the person is hurt, s. */
export const CRUSH_SECONDS = 10;
