// Why a requirement got its credit, in words: for each note of the scorer's explanation
// (sim-core/score/credit.ts) who gave which order when, and why it did or did not count.
import type { CommandEntry, LogEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { CreditNote } from '../../sim-core/score/credit.ts';
import { TEAM_CAPABILITIES } from '../../sim-core/plan/teamClass.ts';
import { clockLabel } from '../text/clock.ts';
import { pick, type Lang } from '../text/lang.ts';
import { orderText } from '../text/orderText.ts';
import { eventLine, eventSentence } from '../text/eventText.ts';
import { channelName, levelName, placeName, reportKindName, roleName, taskKindLabel, teamName, teamTypeName, warnName } from '../text/names.ts';
import type { TaskKind } from '../../sim-core/forces/taskKinds.ts';

const FIELD: Record<string, [string, string]> = {
  level: ['级别', 'level'], villages: ['村', 'villages'], shelters: ['安置点', 'shelters'], unit: ['队伍', 'team'], to: ['对象', 'addressee'],
  kind: ['类型', 'kind'], depot: ['储备库', 'depot'], reservoir: ['水库', 'reservoir'], townships: ['乡镇', 'townships'], task: ['任务', 'task'],
  channels: ['发布渠道', 'channels'], rate: ['泄量', 'release rate'], items: ['物资', 'items'], reply: ['答复', 'reply'], label: ['任务说明', 'label'],
};

const CAPABILITY: Record<keyof typeof TEAM_CAPABILITIES, [string, string]> = {
  medical: ['医疗救护', 'medical'], waterRescue: ['水上救援', 'water rescue'], rescue: ['抢险救援', 'rescue'], fireSuppression: ['灭火', 'fire suppression'],
};

function valueText(s: Scenario, field: string, v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return pick(lang, '未填写', 'none');
  if (Array.isArray(v)) return v.map((x) => valueText(s, field, x, lang)).join(pick(lang, '、', ', '));
  if (typeof v === 'object') return 'place' in (v as object) ? placeName(s, String((v as { place: unknown }).place), lang) : pick(lang, '路网节点', 'road node');
  const x = String(v);
  if (field === 'level') return warnName(x, lang) !== x ? warnName(x, lang) : levelName(x, lang);
  if (field === 'unit') return teamName(s, x, lang);
  if (field === 'task') return taskKindLabel(x as TaskKind, lang);
  if (field === 'channels') return channelName(x, lang);
  if (field === 'rate' || field === 'label' || field === 'reply') return x;
  if (field === 'kind') return reportKindName(x, lang);
  if (field === 'to' && (['chief', 'director', 'evaluator', 'observer'].includes(x) || x.includes(':'))) return roleName(s, x, lang);
  return placeName(s, x, lang);
}

const roles = (s: Scenario, want: string[], lang: Lang) => want.map((r) => (r.endsWith(':?') ? pick(lang, '触发地所在乡镇', "the trigger place's township") : r === 'township:*' ? pick(lang, '任一乡镇', 'any township') : r === 'team:*' ? pick(lang, '任一队伍', 'any team') : roleName(s, r, lang))).join(pick(lang, '或', ' or '));

/** "区指挥部（指挥长） 07-16 08:30 转移 湖畔村" — who did what when. */
export function creditWho(s: Scenario, n: CreditNote, entry: LogEntry | undefined, lang: Lang): string {
  if (n.t === null) return '';
  const when = clockLabel(s, n.t);
  if (entry?.entry === 'event') { const line = eventLine(s, entry, lang); return `${when} ${line ? eventSentence(line) : ''}`; }
  return `${n.role ? roleName(s, n.role, lang) : ''} ${when} ${entry?.entry === 'command' ? orderText(s, entry as CommandEntry, lang) : ''}`.trim();
}

/** Why it did or did not count. */
export function creditReason(s: Scenario, n: CreditNote, lang: Lang): string {
  const r = n.reason;
  switch (r.why) {
    case 'met': return pick(lang, '计入：满足本项要求', 'counted: it meets the requirement');
    case 'metAhead': return pick(lang, '计入：触发前已提前下达（预案允许提前）', 'counted: given ahead of the trigger, which the plan allows');
    case 'event': return pick(lang, '计入：结果事件', 'counted: an outcome event');
    case 'beforeTrigger': return pick(lang, '不计入：在要求触发之前下达', 'not counted: given before the requirement was triggered');
    case 'alreadyMet': return pick(lang, '不计入：本项要求此前已满足', 'not counted: the requirement was already met');
    case 'noCommand': return pick(lang, `不计入：${roles(s, r.want, lang)}未下达此类指令`, `not counted: ${roles(s, r.want, lang)} gave no such order`);
    case 'wrongRole': return pick(lang, `不计入：由${n.role ? roleName(s, n.role, lang) : ''}下达，本项要求由${roles(s, r.want, lang)}执行`, `not counted: given by ${n.role ? roleName(s, n.role, lang) : ''}; the requirement is for ${roles(s, r.want, lang)}`);
    case 'wrongField': {
      const f = FIELD[r.field] ?? ['指令内容', r.field];
      return pick(lang, `不计入：${f[0]}为“${valueText(s, r.field, r.got, lang)}”，要求为“${valueText(s, r.field, r.want, lang)}”`, `not counted: ${f[1]} was "${valueText(s, r.field, r.got, lang)}", required "${valueText(s, r.field, r.want, lang)}"`);
    }
    case 'wrongTeam': return pick(lang, `不计入：${r.team ? teamName(s, r.team, lang) : '未指定队伍'}不是要求的队伍类型`, `not counted: ${r.team ? teamName(s, r.team, lang) : 'no team'} is not of the team class required`);
    case 'intoDamBreakZone': return pick(lang, `不计入：将${placeName(s, r.village, lang)}群众转移至${placeName(s, r.reservoir, lang)}溃坝洪水淹没范围内的${placeName(s, r.shelter, lang)}`, `not counted: people of ${placeName(s, r.village, lang)} sent to ${placeName(s, r.shelter, lang)}, inside the dam-break zone of ${placeName(s, r.reservoir, lang)}`);
    case 'notAtPlace': return pick(lang, `不计入：指向${r.place ? placeName(s, r.place, lang) : '其他地点'}，不是触发地`, `not counted: aimed at ${r.place ? placeName(s, r.place, lang) : 'another place'}, not the trigger's place`);
  }
}

/** The team class a requirement asks for, in words ("医疗救护类队伍"). */
export function teamClassText(team: { type?: string; capability?: keyof typeof TEAM_CAPABILITIES } | undefined, lang: Lang): string {
  if (!team) return '';
  const parts = [team.type ? teamTypeName(team.type, lang) : '', team.capability ? CAPABILITY[team.capability][lang === 'en' ? 1 : 0] : ''].filter(Boolean);
  return pick(lang, `${parts.join('、')}类队伍`, `a ${parts.join(', ')} team`);
}
