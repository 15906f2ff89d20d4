// What a zh-CN screen may show in Latin letters: units, numbers, times, road route numbers and
// single letters (P/S/M/U ratings, D1 for the exercise's first day). Anything else — an English
// word, an id, a file path, a repository name — is internal text that leaked to a player.
// Used by tests/e2e/visibleText.test.ts on every console, the replay, the report and a
// validation page.

/** Allowed tokens, removed before the search (units, route numbers, the language switch). */
const ALLOWED = [
  // Units, also written right after their number (50mm/h, 4h).
  /(?<![A-Za-z])(m³\/s|km²?|mm(\/h)?|ha|m|h|kg)(?![A-Za-z])/g,
  /\b[GXYSC]\d{3}\b/g, // 国道 G101, 县道 X002 …
  /\bD\d+\b/g, // the exercise's day: D1
  /\b(GB|AQ)(\/T)? ?[\d.]+(-\d{4})?/g, // national and industry standards: GB/T 46792-2025, AQ/T 9009-2015
  /\b(I|II|III|IV)(?=级|（|\b)/g, // response levels: Ⅳ级 written in Latin capitals by plans
  /\b(V|VI|VII|VIII|IX|X|XI|XII)(?=度)/g, // intensity degrees as Chinese maps write them: VIII度区
  /\bDN\d{2,4}\b/g, // a pipe's nominal size as Chinese water engineers write it (公称尺寸, GB/T 1047): DN800
];

/** Each internal-looking token in `text`, with a little context around it. */
export function leaks(text: string): string[] {
  let scrubbed = text;
  for (const re of ALLOWED) scrubbed = scrubbed.replace(re, ' ');
  const out: string[] = [];
  const patterns = [
    /[\w.-]{2,}\/[\w./-]+/g, // paths: seeds/004, scenarios/demo-district
    /\b[\w-]+\.(md|json|jsonl|ts|js|html|txt|yaml)\b/g, // file names
    /[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]/g, // words and ids of two characters or more
  ];
  for (const re of patterns) {
    for (const m of scrubbed.matchAll(re)) {
      const at = m.index ?? 0;
      out.push(`«${m[0]}» in “${scrubbed.slice(Math.max(0, at - 20), at + m[0].length + 20).replace(/\s+/g, ' ')}”`);
    }
  }
  return out;
}
