// What the shock does to one village: its houses by damage state (vulnerability.ts) for its stock
// (buildingStock.ts), and its people — killed, injured, buried — by the casualty rates of the
// occupants indoors at that hour (casualtyRates.ts). Expected values, rounded to whole people:
// the same every run (the exercise varies by timing, not by the toss of a die over each house).
import type { StockShares } from './buildingStock.ts';
import { STRUCTURE_TYPES } from './buildingStock.ts';
import { damageShares, meanDamageIndex } from './vulnerability.ts';
import { BURIED_SHARE, CASUALTY_RATES } from './casualtyRates.ts';

export interface VillageDamage {
  /** Mean damage index of the village's houses (0–1). */
  damageIndex: number;
  /** Share of the houses severely damaged or destroyed (严重破坏 + 毁坏): their people need shelter. */
  unsafe: number;
  /** People killed outright, injured (not buried), and buried alive needing a rescue team. */
  dead: number;
  injured: number;
  buried: number;
  /** People without a safe home (in unsafe houses). */
  homeless: number;
}

export function villageDamage(population: number, stock: StockShares, intensity: number, indoors: number): VillageDamage {
  let damageIndex = 0, unsafe = 0, s123 = 0, s4 = 0, buried = 0;
  for (const type of STRUCTURE_TYPES) {
    const share = stock[type];
    if (share === 0) continue;
    const d = damageShares(type, intensity);
    const r = CASUALTY_RATES[type];
    damageIndex += share * meanDamageIndex(d);
    unsafe += share * (d[3] + d[4]);
    const inside = population * indoors * share; // occupants of this type's houses now
    const collapsed = d[4] * r.collapseShare;
    const states = [[d[1], r.slight], [d[2], r.moderate], [d[3], r.extensive], [d[4] - collapsed, r.complete], [collapsed, r.collapse]] as const;
    for (const [p, rates] of states) {
      s123 += (inside * p * (rates[0] + rates[1] + rates[2])) / 100;
      s4 += (inside * p * rates[3]) / 100;
    }
    buried += inside * collapsed * BURIED_SHARE * (1 - r.collapse[3] / 100);
  }
  const dead = Math.round(s4);
  const b = Math.round(buried);
  return {
    damageIndex: Math.round(damageIndex * 1000) / 1000,
    unsafe: Math.round(unsafe * 1000) / 1000,
    dead,
    buried: b,
    injured: Math.max(0, Math.round(s123) - b),
    homeless: Math.round(population * unsafe),
  };
}
