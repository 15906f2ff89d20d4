// Who is hurt, killed or buried when houses are damaged: the Hazus earthquake casualty model
// (HAZUS-MH MR4 Technical Manual, FEMA/NIBS 2003, ch. 13; the same rates in the Hazus 5.1
// Earthquake Model Technical Manual, FEMA 2022) — indoor casualty rates, percent of occupants, by
// model building type and damage state (severity 1 minor injury, 2 hospital care, 3 life-
// threatening, 4 killed), for slight, moderate, extensive, complete without collapse and complete
// with collapse, and the share of completely damaged buildings that collapse. Checked against the
// machine-readable transcription of the Hazus 5.1 tables in NHERI SimCenter's pelicun
// (resources/SimCenterDBDL/data_sources/HAZUS_MH_5.1_EQ/hazus_data_eq.json:
// Structural_Fragility_Groups.Injury_rates DS1–DS4 and Collapse, and P_collapse), rows URML/URMM
// and C1L: every number below is that file's (tests/models/quakeDamage.test.ts).
// 土木, 砖木 and 砖混 take Hazus's unreinforced masonry (URM) rates, 钢混 its low-rise concrete
// moment frame (C1L): that mapping is ours (Hazus has no adobe or rammed-earth class).
//
// Buried (被埋压, needing search and rescue): ASSUMED half of the survivors of a collapse, the
// order of the share of occupants trapped by the collapse of masonry houses in Coburn, Spence &
// Pomonis (1992), "Factors determining human casualty levels in earthquakes" (their M3; not
// re-read).
// Indoors at the hour of the shock: ASSUMED shares of a village's residents at home indoors by
// local hour (most farmers are out in the fields or at work by day).
import type { StructureType } from './buildingStock.ts';

/** [S1, S2, S3, S4] percent of occupants. */
type Rates = readonly [number, number, number, number];
interface TypeRates { slight: Rates; moderate: Rates; extensive: Rates; complete: Rates; collapse: Rates; collapseShare: number }

const URM: TypeRates = {
  slight: [0.05, 0, 0, 0], moderate: [0.35, 0.4, 0.001, 0.001], extensive: [2, 0.2, 0.002, 0.002],
  complete: [10, 2, 0.02, 0.02], collapse: [40, 20, 5, 10], collapseShare: 0.15,
};
const C1L: TypeRates = {
  slight: [0.05, 0, 0, 0], moderate: [0.25, 0.03, 0, 0], extensive: [1, 0.1, 0.001, 0.001],
  complete: [5, 1, 0.01, 0.01], collapse: [40, 20, 5, 10], collapseShare: 0.13,
};

export const CASUALTY_RATES: Record<StructureType, TypeRates> = { adobeTimber: URM, brickTimber: URM, brickConcrete: URM, rc: C1L };

/** Survivors of a collapse who are buried and need a rescue team (assumed). */
export const BURIED_SHARE = 0.5;

/** Residents indoors at home by local hour: [from hour, share] steps (assumed). */
const INDOORS: readonly (readonly [number, number])[] = [[0, 0.95], [6, 0.7], [8, 0.45], [18, 0.8], [22, 0.95]];

export function indoorShare(localHour: number): number {
  let share = INDOORS[0][1];
  for (const [h, s] of INDOORS) if (localHour >= h) share = s;
  return share;
}

/** The local hour (0–24) of sim time t, from the scenario's start (ISO 8601 with its offset: the local clock is the one written). */
export function localHourAt(start: string, t: number): number {
  const m = /T(\d\d):(\d\d)(?::(\d\d))?/.exec(start);
  const s0 = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : 0;
  return (((s0 + t) % 86_400) + 86_400) % 86_400 / 3600;
}
