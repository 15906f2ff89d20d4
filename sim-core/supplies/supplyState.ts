// 应急物资 — what each depot holds now, the convoys carrying supplies, and what each site has on
// hand and when it was affected, first supplied and secured (the measures of the 4 h / 10 h
// targets of DOMAIN.md are read from these records).
import type { Trip } from '../forces/unitState.ts';
import type { SupplyKind } from '../world/places.ts';
import type { Scenario } from '../world/scenario.ts';
import { sortedKeys } from '../order.ts';

export type Stocks = Partial<Record<SupplyKind, number>>;

/** loading at the depot → on the road → delivered; stranded where no open road goes on. */
export type ConvoyStatus = 'loading' | 'enRoute' | 'arrived' | 'stranded';

/** The vehicles carrying one allocation from a depot to a place. */
export interface Convoy {
  id: string;
  depot: string;
  /** Place id it goes to. */
  to: string;
  items: Stocks;
  status: ConvoyStatus;
  /** Last road node reached (the depot's at the start). */
  node: number;
  /** When loading ends (loading), or when it left (on the road and after). */
  departAt: number;
  trip: Trip | null;
  /** The arrival the players are told: by the roads the chief (who sends it) knows to be open;
   *  unset while the true route is the one they would expect (issue 15). */
  toldEta?: number;
  arrivedAt: number | null;
  /** The order that sent it (log seq). */
  orderSeq: number;
}

/** A place that received supplies or has people who need them (a shelter, a flooded village). */
interface SupplySite {
  /** On hand now (food and water are used up as people eat and drink: fractional). */
  stocks: Stocks;
  /** People there now, and their households, as counted at the last check. */
  people: number;
  households: number;
  /** First evacuees in (shelter) or homes under water with people in them (village); null: not affected. */
  affectedAt: number | null;
  firstSuppliesAt: number | null;
  /** First moment everyone there had a place, a quilt, and a day's food and water (needs.ts). */
  securedAt: number | null;
}

export interface SupplyEntities {
  depots: Record<string, Stocks>;
  convoys: Record<string, Convoy>;
  sites: Record<string, SupplySite>;
  /** When the sites were last checked for people, arrivals and the secured condition. */
  checkedAt: number;
  /** Food and water are eaten and drunk up to here (before any delivery is added). */
  consumedTo: number;
}

export function initialSupplies(scenario: Scenario): SupplyEntities {
  const depots: Record<string, Stocks> = {};
  for (const d of scenario.depots) {
    const stocks: Stocks = {};
    for (const k of sortedKeys(d.stocks) as SupplyKind[]) stocks[k] = d.stocks[k];
    depots[d.id] = stocks;
  }
  return { depots, convoys: {}, sites: {}, checkedAt: 0, consumedTo: 0 };
}

export function emptySite(): SupplySite {
  return { stocks: {}, people: 0, households: 0, affectedAt: null, firstSuppliesAt: null, securedAt: null };
}
