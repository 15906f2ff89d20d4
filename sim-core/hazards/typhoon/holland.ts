// Holland (1980), "An analytic model of the wind and pressure profiles in hurricanes", Mon.
// Weather Rev. 108:1212–1218. The surface pressure p(r) of a tropical cyclone follows a
// rectangular hyperbola in ln(p − pc) (his eq. 1 with A = Rmax^B, eq. 5):
//     p(r) = pc + (pn − pc)·exp(−(Rmax/r)^B)
// and the gradient wind that balances it (eq. 3: pressure gradient, centrifugal and Coriolis):
//     Vg(r) = √[ B(pn − pc)/ρ · (Rmax/r)^B · exp(−(Rmax/r)^B) + r²f²/4 ] − r·f/2
// Without the Coriolis terms (the cyclostrophic wind, eq. 4) the wind peaks exactly at r = Rmax
// with (eq. 6)   Vm = √(B(pn − pc)/(ρ·e)),
// and the pressure there is pc + (pn − pc)/e. Holland found B "between 1 and 2.5" for the
// hurricanes he fitted; outside that range the case refuses it.
import { exp, pow } from '../../math/index.ts';

/** Holland's range for the shape parameter B (1980, section 2). */
export const HOLLAND_B_MIN = 1;
export const HOLLAND_B_MAX = 2.5;
/** Air density in the boundary layer, kg/m³: the value Holland used (ρ = 1.15 kg m⁻³). */
export const AIR_DENSITY = 1.15;
/** Earth's angular velocity, rad/s (IERS: 7.292115 × 10⁻⁵). */
export const EARTH_OMEGA = 7.292115e-5;

export interface HollandVortex {
  /** Central pressure, Pa. */
  pc: number;
  /** Ambient (environmental) pressure, Pa. */
  pn: number;
  /** Radius of maximum wind, m. */
  rmax: number;
  /** Holland's B, 1–2.5. */
  b: number;
  /** Coriolis parameter f = 2Ω·sin(latitude), 1/s (0: cyclostrophic). */
  f: number;
  /** Air density, kg/m³. */
  rho: number;
}

/** Surface pressure at r metres from the centre, Pa (eq. 1). */
export function hollandPressure(v: HollandVortex, r: number): number {
  if (r <= 0) return v.pc;
  return v.pc + (v.pn - v.pc) * exp(-pow(v.rmax / r, v.b));
}

/** Gradient wind at r metres from the centre, m/s (eq. 3); 0 at the centre. */
export function hollandGradientWind(v: HollandVortex, r: number): number {
  if (r <= 0) return 0;
  const x = pow(v.rmax / r, v.b);
  const half = (r * v.f) / 2;
  return Math.sqrt((v.b * (v.pn - v.pc) / v.rho) * x * exp(-x) + half * half) - half;
}

/** The cyclostrophic maximum wind at r = Rmax, m/s (eq. 6). */
export function hollandMaxWind(v: Pick<HollandVortex, 'pc' | 'pn' | 'b' | 'rho'>): number {
  return Math.sqrt((v.b * (v.pn - v.pc)) / (v.rho * Math.E));
}

/**
 * Where a wind profile with one peak near Rmax peaks, [r (m), wind (m/s)]: golden-section search
 * on 0.1–1.5·Rmax to about 1e-7·Rmax. With Coriolis Holland's peak lies inside Rmax (for a weak,
 * wide storm well inside); along a ray of a moving storm the background wind and the inflow
 * angle shift it a little (typhoonView.ts).
 */
export function windPeak(wind: (r: number) => number, rmax: number): [number, number] {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = 0.1 * rmax, b = 1.5 * rmax;
  let c = b - g * (b - a), d = a + g * (b - a);
  let wc = wind(c), wd = wind(d);
  for (let k = 0; k < 40; k++) {
    if (wc >= wd) { b = d; d = c; wd = wc; c = b - g * (b - a); wc = wind(c); }
    else { a = c; c = d; wc = wd; d = a + g * (b - a); wd = wind(d); }
  }
  return wc >= wd ? [c, wc] : [d, wd];
}

/**
 * The strongest gradient wind (eq. 3) and where it blows, {r (m), wind (m/s)}: below eq. 6 with
 * Coriolis, so searched for (windPeak); cyclostrophic (f = 0) it is eq. 6 at Rmax.
 */
export function hollandPeakWind(v: HollandVortex): { r: number; wind: number } {
  const [r, wind] = windPeak((x) => hollandGradientWind(v, x), v.rmax);
  return { r, wind };
}
