// What affected people need, and when their basic living counts as secured (基本生活得到保障,
// the 10 h target of DOMAIN.md). Units: tents and quilts are pieces; `food` is person-day
// rations (one person's food for a day, ~2,100 kcal: Sphere Handbook 2018, food security
// standard 6.1); `water` is litres.
//
// Secured at a site means, for everyone there now:
//   - a place under a roof: a shelter (school, hall) within its capacity at 1.5 m² a person
//     (DOMAIN.md, 001); people in a flooded village need tents (below);
//   - a quilt (棉被) each (Sphere 2018, shelter and settlement standard 4: bedding for each
//     person);
//   - a day's food and water on site: 1 ration and 15 L a person (Sphere 2018, water supply
//     standard 2.1: at least 15 L a person a day for drinking, cooking and hygiene).
import type { Draft } from 'immer';
import type { Stocks, SupplyEntities } from './supplyState.ts';
import { sortedKeys } from '../order.ts';

const WATER_LITRES_PER_PERSON_DAY = 15;
const RATIONS_PER_PERSON_DAY = 1;
const QUILTS_PER_PERSON = 1;
/**
 * A standard relief tent is 12 m² (民政部 MZ/T 011 救灾帐篷, the 12 m² single tent) and a person
 * needs 3.5 m² of covered living space (Sphere 2018, shelter and settlement standard 3): about
 * one tent a household of 3–4.
 */
const TENT_AREA_M2 = 12;
const COVERED_M2_PER_PERSON = 3.5;

const DAY = 86_400;

export function tentsFor(people: number): number {
  return Math.ceil((people * COVERED_M2_PER_PERSON) / TENT_AREA_M2);
}

/** What must be on hand for `people` to count as secured; `roofed` where a building houses them. */
function needsOf(people: number, roofed: boolean): Stocks {
  const out: Stocks = {
    quilts: people * QUILTS_PER_PERSON,
    food: people * RATIONS_PER_PERSON_DAY,
    water: people * WATER_LITRES_PER_PERSON_DAY,
  };
  if (!roofed) out.tents = tentsFor(people);
  return out;
}

/** Whether the stocks cover the needs of the people there (and they fit in the building). */
export function isSecured(stocks: Stocks, people: number, roofed: boolean, capacity: number): boolean {
  if (people <= 0 || people > capacity) return false;
  const need = needsOf(people, roofed);
  return (['tents', 'quilts', 'food', 'water'] as const).every((k) => (stocks[k] ?? 0) >= (need[k] ?? 0));
}

/**
 * Food and water eaten and drunk by `people` over `seconds`: people × per-day ÷ 86,400 s each
 * second, never below zero. Quilts and tents are not used up.
 */
function consume(stocks: Stocks, people: number, seconds: number): void {
  if (people <= 0 || seconds <= 0) return;
  if (stocks.food !== undefined) stocks.food = Math.max(0, stocks.food - (people * RATIONS_PER_PERSON_DAY * seconds) / DAY);
  if (stocks.water !== undefined) stocks.water = Math.max(0, stocks.water - (people * WATER_LITRES_PER_PERSON_DAY * seconds) / DAY);
}

/** Consumption at every site up to time t, by the people counted there at the last check. */
export function consumeUntil(sup: Draft<SupplyEntities>, t: number): void {
  const elapsed = t - sup.consumedTo;
  if (elapsed <= 0) return;
  for (const id of sortedKeys(sup.sites)) consume(sup.sites[id].stocks, sup.sites[id].people, elapsed);
  sup.consumedTo = t;
}
