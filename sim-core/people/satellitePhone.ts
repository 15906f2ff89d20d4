// 卫星电话: a village that holds a satellite phone can still call its township when the quake (or a
// storm) has cut its phones, instead of sending someone on foot. Which villages hold one is the
// scenario's: the village row (`satellitePhone`, from the village register) or, for a day that
// extends a base district, the earthquake block's `satellitePhones` list.
import type { Scenario } from '../world/scenario.ts';

const cache = new WeakMap<Scenario, ReadonlySet<string>>();

function holders(s: Scenario): ReadonlySet<string> {
  let set = cache.get(s);
  if (!set) {
    set = new Set([...s.villages.filter((v) => v.satellitePhone === true).map((v) => v.id), ...(s.earthquake?.satellitePhones ?? [])]);
    cache.set(s, set);
  }
  return set;
}

export function hasSatellitePhone(s: Scenario, village: string): boolean {
  return holders(s).has(village);
}
