// A course's groups side by side for the debrief (培训班对比): per group the score and grade,
// each plan requirement's verdict and time, and the key outcomes. The server computes the data
// (courseComparison), the admin page and any printed report render it with this one function.
import type { LocalText } from '../../sim-core/world/localText.ts';
import type { Lang } from '../text/lang.ts';
import { localText, pick } from '../text/lang.ts';
import { durationText } from '../text/clock.ts';

export type { Verdict } from '../../sim-core/score/scoreResults.ts';
import type { Verdict } from '../../sim-core/score/scoreResults.ts';

export interface GroupResult {
  group: number;
  exercise: string;
  /** Sim time the group has reached (s). */
  t: number;
  score: number | null;
  grade: string | null;
  requirements: { id: string; name: LocalText; verdict: Verdict; doneAt: number | null }[];
  outcomes: { dead: number; injured: number; rescued: number; evacuated: number; stranded: number };
}

export interface CourseComparison {
  course: { id: string; name: string; scenario: string; seed: number };
  groups: GroupResult[];
}

const VERDICT: Record<Verdict, [string, string]> = {
  onTime: ['按时', 'on time'], late: ['超时', 'late'], notDone: ['未完成', 'not done'], pending: ['进行中', 'pending'], notTriggered: ['未触发', 'not triggered'],
};

const OUTCOMES: [keyof GroupResult['outcomes'], string, string][] = [
  ['dead', '死亡', 'Deaths'], ['injured', '受伤', 'Injured'], ['rescued', '获救', 'Rescued'],
  ['evacuated', '转移到达', 'Evacuated'], ['stranded', '仍被困', 'Still cut off'],
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const GRADE: Record<string, string> = { 优秀: 'excellent', 良好: 'good', 合格: 'pass', 不合格: 'fail' };
export const gradeName = (g: string, lang: Lang) => (lang === 'en' ? GRADE[g] ?? g : g);

function groupName(g: number, lang: Lang): string {
  return pick(lang, `第 ${g} 组`, `Group ${g}`);
}

/** The comparison as an HTML table (one column per group), in `lang`. */
export function courseTableHtml(c: CourseComparison, lang: Lang): string {
  const groups = c.groups;
  const head = `<tr><th>${esc(pick(lang, '项目', 'Item'))}</th>${groups.map((g) => `<th data-group="${g.group}">${esc(groupName(g.group, lang))}</th>`).join('')}</tr>`;
  const row = (label: string, cells: string[], cls = '') => `<tr${cls ? ` class="${cls}"` : ''}><th>${esc(label)}</th>${cells.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  const rows = [
    row(pick(lang, '推演时间', 'Sim time reached'), groups.map((g) => esc(durationText(g.t, lang)))),
    row(pick(lang, '得分', 'Score'), groups.map((g) => (g.score === null ? '—' : `<b class="score">${g.score}</b>${g.grade ? ` ${esc(gradeName(g.grade, lang))}` : ''}`)), 'score-row'),
  ];
  // Requirements in the order of the first group that has them (all groups share one plan).
  const reqs = groups.find((g) => g.requirements.length)?.requirements ?? [];
  for (const r of reqs) {
    rows.push(row(localText(r.name, lang), groups.map((g) => {
      const mine = g.requirements.find((x) => x.id === r.id);
      if (!mine) return '—';
      const [zh, en] = VERDICT[mine.verdict];
      const when = mine.doneAt === null ? '' : ` ${esc(durationText(mine.doneAt, lang))}`;
      return `<span class="verdict ${mine.verdict}">${esc(pick(lang, zh, en))}</span>${when}`;
    }), 'requirement'));
  }
  for (const [key, zh, en] of OUTCOMES) rows.push(row(pick(lang, zh, en), groups.map((g) => String(g.outcomes[key])), 'outcome'));
  return `<table class="course-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
