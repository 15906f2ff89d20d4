// 12345 热线 — citizens without water call the city hotline. Calls per zone are its residents ×
// the network's call rate (per 1,000 residents per hour, a stated assumption of the scenario),
// and the rate doubles once a zone has been dry for two hours (the drill's rule: patience runs
// out, the calls double — the same moment the scenario's conditional inject tells the chief).
// Once drinking water reaches the zone (a water truck's load on hand at one of its places — a
// 临时供水点), the calls halve: the commonest call, where to get water, is answered on the street.
// The halving is a stated assumption (SERVED_FACTOR; no published figure for 12345 traffic).
// Deterministic: whole calls, the fraction carried in the count of calls already made.
import type { WaterZone } from './network.ts';

/** A zone dry this long gets twice the calls. */
export const SURGE_AFTER = 2 * 3600;

/** The share of calls still made once water reaches the zone (assumed). */
export const SERVED_FACTOR = 0.5;

/**
 * Calls expected from a zone dry since `since`, over the whole time dry until `t` (before
 * rounding); `servedAt`: when drinking water first reached it, or null. The rate is the base ×2
 * after SURGE_AFTER dry, ×SERVED_FACTOR from servedAt: integrated piece by piece.
 */
export function expectedCalls(zone: WaterZone, callRate: number, since: number, t: number, servedAt: number | null = null): number {
  if (!(t > since)) return 0;
  const perSecond = (zone.population / 1000) * callRate / 3600;
  const surge = since + SURGE_AFTER;
  const cuts = [since, t];
  if (surge > since && surge < t) cuts.push(surge);
  if (servedAt !== null && servedAt > since && servedAt < t) cuts.push(servedAt);
  cuts.sort((a, b) => a - b);
  let weighted = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k], b = cuts[k + 1];
    const w = (a >= surge ? 2 : 1) * (servedAt !== null && a >= servedAt ? SERVED_FACTOR : 1);
    weighted += (b - a) * w;
  }
  return perSecond * weighted;
}

/** Calls arriving between the count made so far and `t`: whole calls, never negative. */
export function newCalls(zone: WaterZone, callRate: number, since: number, t: number, counted: number, servedAt: number | null = null): number {
  return Math.max(0, Math.floor(expectedCalls(zone, callRate, since, t, servedAt)) - counted);
}
