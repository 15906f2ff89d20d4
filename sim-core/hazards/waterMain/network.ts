// 供水管网 — the town's water network as the scenario gives it: service zones (供水分区, each a
// set of places and the people living there) fed through main segments (输水干管) with their
// valves (阀门). The mains form a tree from the waterworks: a segment feeds its own zones and,
// through the segments downstream of it, theirs. A leaf type file: it imports nothing that
// leads back to the scenario.
import type { LocalText } from '../../world/localText.ts';
import { compareStrings } from '../../order.ts';

export interface WaterZone {
  id: string;
  name: LocalText;
  /** Places (villages, shelters, township seats, depots) supplied from this zone. */
  places: string[];
  /** Residents supplied (for the 12345 call rate). */
  population: number;
}

export interface WaterValve {
  id: string;
  name: LocalText;
  /** Time a crew needs on scene to close it, s (large gate valves are closed slowly to avoid water hammer). */
  closeTime: number;
}

export interface WaterMainSegment {
  id: string;
  name: LocalText;
  /** Inside diameter, m. */
  diameter: number;
  /** The segment that feeds this one (null: fed straight from the waterworks). */
  upstream: string | null;
  /** Zones this segment supplies directly. */
  zones: string[];
  /** The valves that isolate the segment, in the order a crew closes them. */
  valves: WaterValve[];
  /** Time a crew needs on scene to repair a burst, once isolated, s (excavation, new pipe, flushing). */
  repairTime: number;
}

export interface WaterNetwork {
  name: LocalText;
  /** Who runs it (自来水公司), for the wording. */
  operator: LocalText;
  /** Pressure head in the mains at the burst, m of water (service pressure; a stated assumption per scenario). */
  serviceHead: number;
  /** Discharge coefficient of the burst opening (orifice.ts). */
  dischargeCoefficient: number;
  /** 12345 calls per 1,000 residents per hour without water, before the surge (citizenCalls.ts). */
  callRate: number;
  zones: WaterZone[];
  mains: WaterMainSegment[];
}

/** The segment ids at and below `main` (itself first, then downstream in breadth-first id order). */
export function segmentsFrom(net: WaterNetwork, main: string): string[] {
  const out = [main];
  for (let k = 0; k < out.length; k++) {
    const below = net.mains.filter((m) => m.upstream === out[k]).map((m) => m.id).sort(compareStrings);
    for (const id of below) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Zones that lose water when `main` is cut (its own and every zone downstream), sorted. */
export function zonesDownstream(net: WaterNetwork, main: string): string[] {
  const segs = new Set(segmentsFrom(net, main));
  const zones = new Set<string>();
  for (const m of net.mains) if (segs.has(m.id)) for (const z of m.zones) zones.add(z);
  return [...zones].sort(compareStrings);
}
