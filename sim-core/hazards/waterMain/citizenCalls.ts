// 12345 热线 — citizens without water call the city hotline. Calls per zone are its residents ×
// the network's call rate (per 1,000 residents per hour, a stated assumption of the scenario),
// and the rate doubles once a zone has been dry for two hours (the drill's rule: patience runs
// out, the calls double — the same moment the scenario's conditional inject tells the chief).
// Deterministic: whole calls, the fraction carried in the count of calls already made.
import type { WaterZone } from './network.ts';

/** A zone dry this long gets twice the calls. */
export const SURGE_AFTER = 2 * 3600;

/** Calls expected from a zone dry since `since`, over the whole time dry until `t` (before rounding). */
export function expectedCalls(zone: WaterZone, callRate: number, since: number, t: number): number {
  const dry = Math.max(0, t - since);
  const perSecond = (zone.population / 1000) * callRate / 3600;
  return perSecond * (Math.min(dry, SURGE_AFTER) + 2 * Math.max(0, dry - SURGE_AFTER));
}

/** Calls arriving between the count made so far and `t`: whole calls, never negative. */
export function newCalls(zone: WaterZone, callRate: number, since: number, t: number, counted: number): number {
  return Math.max(0, Math.floor(expectedCalls(zone, callRate, since, t)) - counted);
}
