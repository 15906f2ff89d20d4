// Flood hazard to people — the Defra/EA Flood Risks to People method (FD2321, HR Wallingford et
// al. 2006, FD2321/TR1 and TR2; summarised in Penning-Rowsell et al. 2005, Natural Hazards 36,
// 43–64, and the Defra 2008 supplementary note on risk to life).
//
//   hazard rating          HR = d·(v + 0.5) + DF                       (REFERENCES.md)
//   debris factor          DF = 0 for d ≤ 0.25 m, else 1 — the conservative choice the Defra
//                          2008 note allows where debris is likely (mountain flash floods carry
//                          trees and stones), also DF = 1 when v > 2 m/s
//   classes                HR < 0.75 low; 0.75–1.25 danger for some; 1.25–2.0 danger for most;
//                          > 2.0 danger for all
//   injuries               N(I) = N(Z)·X·Y, with X = HR·AV/100 the share of those present who
//                          are harmed by a flood of that rating in that kind of area, and
//                          Y = 2·PV the people vulnerability
//   deaths                 N(F) = 2·N(I)·HR/100
//   area vulnerability     AV = speed of onset + nature of area + warning, each scored 1–3
//   people vulnerability   PV = share of the very old and the disabled or long-term ill
//
// The HR formula is the one REFERENCES.md gives. The injury and death relations are written
// here as we read the FD2321 method from the sources above (the reports themselves were not at
// hand): treat the casualty counts as an exercise figure of the right order, not a forecast.

type HazardClass = 'low' | 'dangerForSome' | 'dangerForMost' | 'dangerForAll';

export function debrisFactor(depth: number, velocity: number): number {
  return depth > 0.25 || velocity > 2 ? 1 : 0;
}

export function hazardRating(depth: number, velocity: number): number {
  if (!(depth > 0)) return 0;
  return depth * (velocity + 0.5) + debrisFactor(depth, velocity);
}

export function hazardClass(hr: number): HazardClass {
  return hr < 0.75 ? 'low' : hr < 1.25 ? 'dangerForSome' : hr <= 2 ? 'dangerForMost' : 'dangerForAll';
}

/** AV: onset 3 (flash flood in a gully), nature of area 2 (typical village houses), warning 1–3. */
export function areaVulnerability(warning: 'effective' | 'partial' | 'none'): number {
  return 3 + 2 + (warning === 'effective' ? 1 : warning === 'partial' ? 2 : 3);
}

/** Share of the people present who are injured by a flood of rating hr (X·Y, at most 1). */
export function injuryShare(hr: number, av: number, pv: number): number {
  return Math.min(1, ((hr * av) / 100) * 2 * pv);
}

/** Share of the people present who die (N(F)/N(Z) = 2·X·Y·HR/100, at most the injured share). */
export function deathShare(hr: number, av: number, pv: number): number {
  const inj = injuryShare(hr, av, pv);
  return Math.min(inj, (2 * inj * hr) / 100);
}
