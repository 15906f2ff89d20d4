// The words for a damaged dam: its damage class (Pells & Fell 2003, hazards/dam/damDamage.ts)
// and its dam-break zone.
import { pick, type Lang } from './lang.ts';

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
