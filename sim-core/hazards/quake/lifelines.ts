// 断电、断通信、断水: the chance that a village loses each service in a shock, and the work to bring
// it back (docs/verification.md, "Lifelines").
//
// Power, from published fragilities: HAZUS 5.1 Earthquake Model Technical Manual (FEMA 2022),
// electric power system, as transcribed in NHERI SimCenter's DamageAndLossModelLibrary
// (seismic/power_network/portfolio/Hazus v5.1/fragility.csv, rows EP.S.L.U and EP.C.U): lognormal
// fragilities in PGA (g), median and β for slight, moderate, extensive and complete damage —
//   low-voltage substation (34.5–150 kV), standard (unanchored) components:
//     0.13/0.65, 0.26/0.50, 0.34/0.40, 0.74/0.40
//   distribution circuits (poles, wires, in-line equipment), standard components:
//     0.24/0.25, 0.33/0.20, 0.58/0.15, 0.89/0.15,
//   the circuit damage states being the failure of 4, 12, 50 and 80 % of all circuits.
// How a village's supply follows from them is ASSUMED: it is lost when the substation that feeds
// it is moderately damaged or worse (40 % of its breakers and switches failed) or its own circuit
// fails (the expected share of failed circuits); the substation feels the village's PGA, and rural
// equipment is taken as standard, not seismically anchored.
//
// Water, by a chain of published relations with one assumption: the intensity's peak ground
// velocity by the Chinese seismic intensity scale's instrumental relation (GB/T 17742-2020,
// I_V = 3.00·lg PGV + 9.77, PGV in m/s; read in code transcriptions of the standard, table A.1's
// degree VI spanning 0.0381–0.0817 m/s), the HAZUS pipeline repair rate for brittle pipe under
// shaking (RR = 0.0001·PGV^2.25 repairs per km, PGV in cm/s; HAZUS potable-water system as
// transcribed in NHERI SimCenter pelicun's damage_DB_Hazus_EQ_water.csv, row PWP.B.GS), and repairs
// as a Poisson count on the village's pipe: P(cut) = 1 − e^(−RR·L). ASSUMED: L = 5 km of brittle-
// equivalent main per village (a branched rural network — cast iron, asbestos cement or old steel
// mains with PVC branches, ductile pipe counting 0.3 of brittle in HAZUS), and any repair on it cuts
// the village's tap water until it is fixed (a branched network has no second way round).
// Communications, ASSUMED per intensity degree (HAZUS's central-office fragilities need an exchange
// the scenario does not have, and were not reached): 2/15/50/90 % at VI/VII/VIII/IX — base stations
// hold on batteries for a few hours but fibre on poles breaks.
// Restoration by a repair team on scene (task `repair`): the person-hours each service needs.
import type { Outage } from '../../world/outage.ts';
import { exp, log, pow } from '../../math/index.ts';
import { normalCdf } from '../chemical/probit.ts';

/** A lognormal fragility in PGA (g). */
export interface Fragility { median: number; beta: number }

/** HAZUS 5.1 EP.S.L.U: substation, low voltage, standard components; slight … complete. */
export const SUBSTATION_LOW_VOLTAGE: readonly Fragility[] = [
  { median: 0.13, beta: 0.65 }, { median: 0.26, beta: 0.5 }, { median: 0.34, beta: 0.4 }, { median: 0.74, beta: 0.4 },
];
/** HAZUS 5.1 EP.C.U: distribution circuits, standard components; slight … complete. */
export const DISTRIBUTION_CIRCUITS: readonly Fragility[] = [
  { median: 0.24, beta: 0.25 }, { median: 0.33, beta: 0.2 }, { median: 0.58, beta: 0.15 }, { median: 0.89, beta: 0.15 },
];
/** HAZUS 5.1: share of distribution circuits failed in each damage state, slight … complete. */
export const CIRCUITS_FAILED = [0.04, 0.12, 0.5, 0.8] as const;

const G = 9.80665;

/** P(damage ≥ the state) at PGA `g` (in g). */
export function exceedance(f: Fragility, g: number): number {
  return g > 0 ? normalCdf(log(g / f.median) / f.beta) : 0;
}

/** The expected share of distribution circuits failed at PGA `g` (in g). */
export function circuitsFailed(g: number): number {
  let share = 0;
  for (let k = 0; k < DISTRIBUTION_CIRCUITS.length; k++) {
    const p = exceedance(DISTRIBUTION_CIRCUITS[k], g);
    const next = k + 1 < DISTRIBUTION_CIRCUITS.length ? exceedance(DISTRIBUTION_CIRCUITS[k + 1], g) : 0;
    share += CIRCUITS_FAILED[k] * Math.max(0, p - next);
  }
  return share;
}

/** Chance that a village loses power at PGA `g` (in g): its substation moderately damaged or worse, or its circuit failed. */
export function powerCutChance(g: number): number {
  return 1 - (1 - exceedance(SUBSTATION_LOW_VOLTAGE[1], g)) * (1 - circuitsFailed(g));
}

/** GB/T 17742-2020 instrumental intensity from PGV: I_V = 3.00·lg PGV + 9.77 (PGV m/s); inverted. */
export function pgvAtIntensity(intensity: number): number {
  return pow(10, (intensity - 9.77) / 3);
}

/** HAZUS brittle-pipe repair rate under shaking, repairs per km, at PGV `pgv` (m/s; the relation takes cm/s). */
export function pipeRepairRate(pgv: number): number {
  return 0.0001 * pow(pgv * 100, 2.25);
}

/** Brittle-equivalent water main per village, km (assumed). */
export const VILLAGE_MAIN_KM = 5;

/** Chance that a village's tap water is cut at intensity `intensity`: at least one repair on its main. */
export function waterCutChance(intensity: number): number {
  return 1 - exp(-pipeRepairRate(pgvAtIntensity(intensity)) * VILLAGE_MAIN_KM);
}

/** Chance of a comms cut at intensity VI, VII, VIII, IX (assumed; linear between; none at V or below; IX's above). */
const COMMS_CUT_CHANCE = [0.02, 0.15, 0.5, 0.9] as const;

/** Chance that a village loses `service` where the shaking is `intensity` with horizontal PGA `pga` (m/s²). */
export function cutChance(service: Outage, intensity: number, pga: number): number {
  if (service === 'power') return powerCutChance(pga / G);
  // Below V the scale's houses are undamaged and the pipe rate is a fraction of a per cent: none.
  if (intensity <= 5) return 0;
  if (service === 'water') return waterCutChance(intensity);
  const c = COMMS_CUT_CHANCE;
  if (intensity >= 9) return c[3];
  const lo = Math.floor(intensity);
  const at = (i: number): number => (i <= 5 ? 0 : c[i - 6]);
  return at(lo) + (at(lo + 1) - at(lo)) * (intensity - lo);
}

/** Person-hours of a repair team on scene to bring the service back at one village (assumed). */
export const REPAIR_PERSON_HOURS: Record<Outage, number> = { power: 60, comms: 30, water: 90 };
