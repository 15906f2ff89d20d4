// The words of evaluation (GB/T 46792 / HSEEP ratings P/S/M/U, the evaluators' note categories),
// shared by the evaluator's form and the director's live panel.
import type { Lang } from './lang.ts';

export const RATING_WORDS: Record<'P' | 'S' | 'M' | 'U', [string, string]> = {
  P: ['P 完成且无挑战', 'P performed without challenges'], S: ['S 完成但有一些挑战', 'S some challenges'],
  M: ['M 完成但有重大挑战', 'M major challenges'], U: ['U 未能完成', 'U unable to perform'],
};
export const CATEGORY_WORDS: Record<string, [string, string]> = {
  strength: ['亮点', 'strength'], improvement: ['待改进', 'to improve'], safety: ['安全', 'safety'],
  planGap: ['预案缺陷', 'plan gap'], resource: ['资源保障', 'resources'], other: ['其他', 'other'],
};

const pick = (w: [string, string] | undefined, lang: Lang, none: [string, string]) => (w ?? none)[lang === 'en' ? 1 : 0];

export function ratingName(r: string | null, lang: Lang): string {
  return pick(r ? RATING_WORDS[r as 'P'] : undefined, lang, ['未评定', 'not rated']);
}

export function categoryName(c: string | null, lang: Lang): string {
  return pick(c ? CATEGORY_WORDS[c] : undefined, lang, ['其他', 'other']);
}
