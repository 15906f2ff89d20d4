// A plan requirement's source as people cite it: the plan's article, then the document that
// grounds it by its title — never a file name ("seeds/004", "DOMAIN.md"). Plans written for this
// project cite the public documents by their folder number (scenarios/PLANS.md); this table
// turns each into its title, in Chinese or English.
import { localText, type Lang } from './lang.ts';
import type { LocalText } from '../../sim-core/world/localText.ts';

const DOCUMENTS: Record<string, readonly [string, string]> = {
  'seeds/000': ['《全市应急管理系统2019年以来工作情况和2020年下半年重点工作安排》', 'Beijing Emergency Management Bureau work report (July 2020)'],
  'seeds/001': ['《密云区“十四五”时期应急管理事业发展规划》', "Miyun District's 14th Five-Year Plan for Emergency Management"],
  'seeds/002': ['《区“十四五”时期应急管理事业发展规划执行情况中期评估报告》', "A district's mid-term evaluation of its 14th Five-Year emergency plan"],
  'seeds/003': ['《2020年全区应急管理工作要点》（宁波市江北区）', 'Ningbo Jiangbei District emergency-management work points 2020'],
  'seeds/004': ['《关于进一步加强基层应急管理能力建设的实施意见》（北京市，2025年）', "Beijing's 2025 opinion on strengthening grass-roots emergency capacity"],
  'DOMAIN.md': ['《区级应急演练业务要求》', 'the district exercise requirements'],
};

/** A citation with every document reference replaced by that document's title. */
export function citationText(source: LocalText | string, lang: Lang): string {
  let text = typeof source === 'string' ? source : localText(source, lang);
  for (const [ref, [zh, en]] of Object.entries(DOCUMENTS)) text = text.split(ref).join(lang === 'en' ? en : zh);
  // Any other file-like reference (a path, a markdown file) is dropped rather than shown.
  return text.replace(/\b[\w.-]+\/[\w./-]+|\b[\w-]+\.(md|json|txt|jsonl)\b/g, '').replace(/\s{2,}/g, ' ').trim();
}
