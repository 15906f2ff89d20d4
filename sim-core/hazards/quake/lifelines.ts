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
// Water and communications, ASSUMED per intensity degree (HAZUS's pipe repair rates need peak
// ground velocity and a pipe network, its plant fragilities a plant, neither of which a village has
// in the scenario): water 2/20/50/85 %, communications 2/15/50/90 % at VI/VII/VIII/IX — the village
// pump needs power, base stations hold on batteries for a few hours but fibre on poles breaks.
// Restoration by a repair team on scene (task `repair`): the person-hours each service needs.
import type { Outage } from '../../world/outage.ts';
import { log } from '../../math/index.ts';
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

/** Chance of a water or comms cut at intensity VI, VII, VIII, IX (assumed; linear between; none at V or below; IX's above). */
const CUT_CHANCE: Record<Exclude<Outage, 'power'>, readonly [number, number, number, number]> = {
  water: [0.02, 0.2, 0.5, 0.85],
  comms: [0.02, 0.15, 0.5, 0.9],
};

/** Chance that a village loses `service` where the shaking is `intensity` with horizontal PGA `pga` (m/s²). */
export function cutChance(service: Outage, intensity: number, pga: number): number {
  if (service === 'power') return powerCutChance(pga / G);
  const c = CUT_CHANCE[service];
  if (intensity <= 5) return 0;
  if (intensity >= 9) return c[3];
  const lo = Math.floor(intensity);
  const at = (i: number): number => (i <= 5 ? 0 : c[i - 6]);
  return at(lo) + (at(lo + 1) - at(lo)) * (intensity - lo);
}

/** Person-hours of a repair team on scene to bring the service back at one village (assumed). */
export const REPAIR_PERSON_HOURS: Record<Outage, number> = { power: 60, comms: 30, water: 90 };
