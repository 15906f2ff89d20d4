// The two languages of every text a person reads: zh-CN first, English switchable. Presentation
// functions take the language as an argument (no global), so the server, a page and a worker
// word the same thing the same way.
import type { LocalText } from '../../sim-core/world/localText.ts';

export type Lang = 'zh' | 'en';

/** One of a pair of texts written inline: `pick(lang, '撤离', 'Evacuate')`. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

/** A scenario's or the core's LocalText in `lang` (English falls back to Chinese). */
export function localText(t: LocalText | undefined | null, lang: Lang): string {
  if (!t) return '';
  return lang === 'en' ? t.en ?? t.zh : t.zh;
}
