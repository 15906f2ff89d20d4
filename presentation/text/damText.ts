// The words for a damaged dam: its damage class (Pells & Fell 2003, hazards/dam/damDamage.ts)
// and its dam-break zone.
import { pick, type Lang } from './lang.ts';
import { placeName } from './names.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const DAMAGE: Record<string, [string, string]> = {
  none: ['基本完好', 'no or slight damage'], minor: ['轻微震损', 'minor damage'], moderate: ['中等震损', 'moderate damage'],
  major: ['较重震损', 'major damage'], severe: ['严重震损', 'severe damage'], collapse: ['坝体垮塌', 'collapse'],
};

export function damDamageName(damage: string, lang: Lang): string {
  const p = DAMAGE[damage];
  return p ? pick(lang, p[0], p[1]) : pick(lang, '震损', 'damage');
}

/** The map legend of the dam-break zone layer. */
export const damBreakZoneLegend = (lang: Lang) => pick(lang, '溃坝洪水淹没范围', 'dam-break inundation zone');

/**
 * What the briefing says of each dam-break zone: where it is on the map and which villages and
 * shelters lie inside (names only, never ids), one paragraph per reservoir.
 */
export function damBreakZoneBriefing(s: Scenario, lang: Lang): string[] {
  const sep = pick(lang, '、', ', ');
  return (s.damBreakZones ?? []).map((z) => {
    const res = placeName(s, z.reservoir, lang);
    const villages = z.villages.map((id) => placeName(s, id, lang)).join(sep) || pick(lang, '无', 'none');
    const shelters = z.shelters.map((id) => placeName(s, id, lang)).join(sep) || pick(lang, '无', 'none');
    return pick(lang,
      `${res}溃坝洪水淹没范围（地图上紫色斜线区域；库水位达坝顶时溃决，${z.hours} 小时内水深 ${z.depth} 米以上）内的村庄：${villages}；避难场所：${shelters}。`,
      `The dam-break zone of ${res} (violet hatching on the map: a break with the pool at the crest, water ${z.depth} m deep or more within ${z.hours} h) holds the villages ${villages} and the shelters ${shelters}.`);
  });
}
