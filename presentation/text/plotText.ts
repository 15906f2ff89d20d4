// 态势标绘 and 会商 in words: plot kinds, outside parties, conversations, and the problems the
// plot and message checks find (sim-core/plots/plotRules.ts), for the forms and the report.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { PlotKind } from '../../sim-core/plots/plotKinds.ts';
import type { PlotIssue, PlotProblem } from '../../sim-core/plots/plotRules.ts';
import type { Lang } from './lang.ts';
import { roleName } from './names.ts';

type Pair = readonly [string, string];
const pick = (p: Pair | undefined, lang: Lang, fallback: string) => (p ? p[lang === 'en' ? 1 : 0] : fallback);

const KIND: Record<PlotKind, Pair> = {
  hazard: ['险情点', 'hazard'], trapped: ['被困点', 'people trapped'], assembly: ['集结点', 'assembly point'],
  forwardCommand: ['前方指挥部', 'forward command post'], supplyPoint: ['物资点', 'supply point'], resettlement: ['安置点', 'resettlement site'],
  evacuationRoute: ['转移路线', 'evacuation route'], cordon: ['警戒线', 'cordon'], lockdown: ['封控线', 'lockdown line'],
  dangerZone: ['危险区', 'danger zone'], floodedArea: ['淹没区', 'flooded area'], fireArea: ['火场', 'fire area'],
  label: ['文字标注', 'text label'],
};
export const plotKindName = (kind: PlotKind, lang: Lang) => pick(KIND[kind], lang, kind);

const PARTY: Record<string, Pair> = {
  public: ['公众', 'the public'], hotline: ['12345热线', '12345 hotline'], cityBureau: ['市应急局', 'city emergency bureau'],
  weather: ['气象台', 'weather service'], media: ['媒体', 'the media'], cityHq: ['市防指', 'city flood-control HQ'], neighbour: ['邻区应急局', 'neighbouring district'],
};
export const partyName = (party: string, lang: Lang) => pick(PARTY[party], lang, lang === 'en' ? 'outside party' : '外部单位');

/** A participant of a conversation: a role or an outside party (`party:hotline`). */
export function participantName(s: Scenario, p: string, lang: Lang): string {
  if (p === 'all') return lang === 'en' ? 'everyone (joint consultation)' : '集体会商（全体）';
  if (p.startsWith('party:')) return partyName(p.slice(6), lang);
  return roleName(s, p, lang);
}

/** A conversation by the others in it (not `me`): "东河镇、西山乡", or the joint channel. */
export function conversationName(s: Scenario, conversation: string, me: string, lang: Lang): string {
  if (conversation === 'all') return participantName(s, 'all', lang);
  const others = conversation.split('|').filter((p) => p !== me);
  return others.map((p) => participantName(s, p, lang)).join(lang === 'en' ? ', ' : '、');
}

/** Who wrote a message: the party the director spoke as, the director itself (导调), or the role. */
export function senderName(s: Scenario, m: { from: string; as?: string }, lang: Lang): string {
  if (m.as) return partyName(m.as, lang);
  return roleName(s, m.from, lang);
}

type Words = (i: PlotIssue, lang: Lang) => string;
const both = (zh: string, en: string): Words => (_i, lang) => (lang === 'en' ? en : zh);
const kindOf = (i: PlotIssue, lang: Lang) => (i.value ? plotKindName(i.value as PlotKind, lang) : lang === 'en' ? 'this plot' : '该标绘');
const nth = (i: PlotIssue) => Number(/\[(\d+)\]/.exec(i.field)?.[1] ?? 0) + 1;

const PROBLEM: Record<PlotProblem, Words> = {
  tooFewPoints: (i, lang) => (lang === 'en' ? `A ${kindOf(i, lang)} needs at least ${i.limit} points` : `${kindOf(i, lang)}至少需要${i.limit}个点`),
  tooManyPoints: (i, lang) => (lang === 'en' ? `A ${kindOf(i, lang)} has at most ${i.limit} points` : `${kindOf(i, lang)}最多${i.limit}个点`),
  offMap: (i, lang) => (lang === 'en' ? `Point ${nth(i)} is off the map` : `第${nth(i)}个点在地图范围以外`),
  emptyName: both('请填写名称', 'Give it a name'),
  nameTooLong: (i, lang) => (lang === 'en' ? `A name has at most ${i.limit} characters` : `名称最多${i.limit}个字`),
  noteTooLong: (i, lang) => (lang === 'en' ? `A note has at most ${i.limit} characters` : `说明最多${i.limit}个字`),
  unknownRole: (i, lang) => (i.field === 'to' ? both('会商对象不存在', 'No such participant')(i, lang) : both('共享对象不存在', 'No such role to share with')(i, lang)),
  tooManyRoles: (i, lang) => (lang === 'en' ? `Share with at most ${i.limit} roles, or with everyone` : `最多共享给${i.limit}个席位，或选择全体`),
  unknownPlot: both('该标绘已不存在', 'That plot no longer exists'),
  notYours: both('只能修改本席位绘制的标绘', 'Only the role that drew a plot changes it'),
  wrongGeometry: both('点、线、面标绘之间不能互换类型', 'A point, line or area keeps its geometry'),
  emptyText: both('请填写消息内容', 'Write a message'),
  textTooLong: (i, lang) => (lang === 'en' ? `A message has at most ${i.limit} characters` : `消息最多${i.limit}个字`),
  noRecipients: both('请选择会商对象', 'Choose whom to write to'),
  tooManyRecipients: (i, lang) => (lang === 'en' ? `At most ${i.limit} participants` : `会商对象最多${i.limit}个`),
  unknownParty: both('没有这个外部单位', 'No such outside party'),
  partyOnlyDirector: both('只有导调可以以外部单位身份发言', 'Only the director writes as an outside party'),
  allAlone: both('选择“全体”时不能再选其他对象', '"Everyone" stands alone'),
  nothingToChange: both('没有要修改的内容', 'Nothing to change'),
};

export const plotProblemText = (i: PlotIssue, lang: Lang): string => PROBLEM[i.problem](i, lang);
