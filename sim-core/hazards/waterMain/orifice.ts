// The flow out of a burst main: the orifice equation Q = Cd·A·√(2gH) (Torricelli's law with a
// discharge coefficient; e.g. White, Fluid Mechanics, 7th ed., §6.12 and §3.5; ISO 5167-2 for
// thin-plate orifices), with A the opening's area (m²), H the pressure head at the main (m of
// water) and Cd the discharge coefficient: 0.61 for a sharp-edged opening (the vena contracta
// of a thin-plate orifice; White fig. 6.41, the classic value for Cd of a sharp-edged orifice
// at high Reynolds number). The head is held at the service pressure while the main leaks —
// the network upstream keeps it up; an upper bound, stated in docs/verification.md.

/** Standard gravity, m/s² (CGPM 1901). */
export const G = 9.80665;

/** Discharge coefficient of a sharp-edged opening (thin-plate orifice). */
export const SHARP_EDGED_CD = 0.61;

/** Q = Cd·A·√(2gH), m³/s; no flow without head or opening. */
export function orificeFlow(cd: number, area: number, head: number): number {
  if (!(area > 0) || !(head > 0)) return 0;
  return cd * area * Math.sqrt(2 * G * head);
}

/** Pressure head (m of water) of a gauge pressure in MPa: H = p/(ρg), ρ = 1000 kg/m³. */
export function headOfPressure(mpa: number): number {
  return (mpa * 1e6) / (1000 * G);
}
