// Names and messages carry Chinese first, English optional (the UI is zh-CN first).
export interface LocalText {
  zh: string;
  en?: string;
}

export function textOf(t: LocalText, lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'en' ? t.en ?? t.zh : t.zh;
}
