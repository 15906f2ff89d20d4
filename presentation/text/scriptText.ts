// The script's words (演练脚本): conditions as sentences, what made an inject fire, the names of
// an inject's fields and of what is wrong with them, so the director's editor, the log and the
// report word them alike. Chinese names only: no ids in Chinese text.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { FiredBecause, InjectCondition } from '../../sim-core/injects/condition.ts';
import { AFTERSHOCK_MAGNITUDE, type Inject } from '../../sim-core/injects/inject.ts';
import type { ScriptProblem } from '../../sim-core/commands/command.ts';
import { clockLabel, durationText } from './clock.ts';
import { localText, type Lang } from './lang.ts';
import { injectName, placeName, roleName, waterZoneName } from './names.ts';

type Pair = readonly [string, string];
const pick = (p: Pair | undefined, lang: Lang, fallback: string) => (p ? p[lang === 'en' ? 1 : 0] : fallback);

/** Orders by their kind, as a condition names them ("未下达转移避险指令"). */
const COMMAND_KIND: Record<string, Pair> = {
  dispatch: ['调派队伍', 'dispatch a team'], recall: ['召回队伍', 'recall a team'], closeRoad: ['封闭道路', 'close a road'], openRoad: ['开放道路', 'open a road'],
  setResponseLevel: ['启动应急响应', 'set the response level'], sendReport: ['信息报送', 'send a report'], releaseReservoir: ['水库泄洪', 'release a reservoir'],
  issueWarning: ['发布预警', 'issue a warning'], orderEvacuation: ['转移避险', 'order an evacuation'], allocateSupplies: ['物资调拨', 'allocate supplies'],
  openShelter: ['启用避难场所', 'open a shelter'], declineTask: ['拒绝任务', 'decline a task'],
  recallBoats: ['渔船回港', 'recall boats'],
  trafficControl: ['警戒区交通管制', 'traffic control in the threat zone'],
};
export const commandKindName = (type: string, lang: Lang) => pick(COMMAND_KIND[type], lang, lang === 'en' ? type : '指令');
/** The command kinds a "not done by" condition may name, in the editor's order. */
export const CONDITION_COMMANDS = Object.keys(COMMAND_KIND).filter((k) => k !== 'declineTask');

const CONDITION_KIND: Record<InjectCondition['kind'], Pair> = {
  reservoirLevel: ['水库水位达到', 'reservoir level reaches'], gaugeLevel: ['水文站水位达到', 'gauge stage reaches'],
  waterAtPlace: ['某地水深达到', 'water at a place reaches'], waterOnRoad: ['道路积水达到', 'water on a road reaches'],
  fireNearPlace: ['火线逼近某地', 'fire reaches a place'], fireInArea: ['火线进入区域', 'fire reaches an area'],
  peopleInDanger: ['村内群众处于危险', "a village's people in danger"], notDone: ['到时未下达指令', 'an order not given by a time'],
  notAnswered: ['信息未回应', 'a message not answered'], warningNotAcknowledged: ['预警未叫应', 'a warning not acknowledged'],
  leakNotIsolated: ['泄漏未及时处置', 'a leak not isolated in time'],
  zoneDry: ['供水分区停水已达', 'a water zone dry for'],
};
export const conditionKindName = (k: InjectCondition['kind'], lang: Lang) => pick(CONDITION_KIND[k], lang, k);

const m = (v: number) => `${Math.round(v * 100) / 100} m`;

/** The condition as a sentence ("石门水库水位达到 125.5 m"; "10:00 前湖畔镇未下达转移避险指令"). */
export function conditionText(s: Scenario, c: InjectCondition, lang: Lang, script?: readonly Inject[]): string {
  const en = lang === 'en';
  const P = (id: string) => placeName(s, id, lang);
  switch (c.kind) {
    case 'reservoirLevel': return en ? `${P(c.reservoir)} level reaches ${m(c.above)}` : `${P(c.reservoir)}水位达到 ${m(c.above)}`;
    case 'gaugeLevel': return en ? `${P(c.gauge)} stage reaches ${m(c.above)}` : `${P(c.gauge)}水位达到 ${m(c.above)}`;
    case 'waterAtPlace': return en ? `water at ${P(c.place)} ${m(c.above)} deep` : `${P(c.place)}水深达到 ${m(c.above)}`;
    case 'waterOnRoad': return en ? `water on road segment ${c.edge} ${m(c.above)} deep` : `所选路段积水达到 ${m(c.above)}`;
    case 'fireNearPlace': return en ? `fire within ${c.radius} m of ${P(c.place)}` : `火线到达${P(c.place)} ${c.radius} 米以内`;
    case 'fireInArea': return en ? `fire within ${c.radius} m of (${(c.x / 1000).toFixed(1)} km, ${(c.y / 1000).toFixed(1)} km)` : `火线进入（${(c.x / 1000).toFixed(1)} km，${(c.y / 1000).toFixed(1)} km）周围 ${c.radius} 米`;
    case 'peopleInDanger': return en ? `${c.atLeast}+ people of ${P(c.village)} in danger` : `${P(c.village)}仍有 ${c.atLeast} 人以上处于危险`;
    case 'notDone': {
      const who = c.role ? (c.role === 'township:*' ? (en ? 'any township' : '各镇街') : roleName(s, c.role, lang)) : (en ? 'nobody' : '');
      const where = c.place ? (en ? ` for ${P(c.place)}` : `（${P(c.place)}）`) : '';
      return en ? `by ${clockLabel(s, c.by)} ${who} has not ordered: ${commandKindName(c.command, lang)}${where}` : `${clockLabel(s, c.by)} 前${who}未下达「${commandKindName(c.command, lang)}」指令${where}`;
    }
    case 'warningNotAcknowledged': return en ? `${P(c.township)} has not acknowledged the warning within ${durationText(c.within, lang)}` : `${P(c.township)}收到预警后${durationText(c.within, lang)}内未叫应`;
    case 'leakNotIsolated': {
      const site = s.chemical?.sites.find((x) => x.id === c.site);
      const name = site ? localText(site.name, lang) : c.site;
      return en ? `the leak at ${name} not isolated within ${durationText(c.within, lang)}` : `${name}泄漏后${durationText(c.within, lang)}内未完成关阀堵漏`;
    }
    case 'zoneDry': return en ? `${waterZoneName(s, c.zone, lang)} without water for ${durationText(c.for, lang)}` : `${waterZoneName(s, c.zone, lang)}停水已达${durationText(c.for, lang)}`;
    case 'notAnswered': return en ? `no answer to "${injectName(s, c.inject, lang, script)}" within ${durationText(c.within, lang)}` : `「${injectName(s, c.inject, lang, script)}」${durationText(c.within, lang)}内无人回应`;
  }
}

/** What made an inject fire, for the log ("条件触发：水深 0.62 m"). */
export function becauseText(_s: Scenario, b: FiredBecause, lang: Lang): string {
  const en = lang === 'en';
  const head = en ? `on condition: ${conditionKindName(b.condition, lang)}` : `条件触发：${conditionKindName(b.condition, lang)}`;
  if (b.value === undefined) return head;
  const v = b.condition === 'peopleInDanger' ? (en ? `${b.value} people` : `${b.value} 人`) : b.condition === 'zoneDry' ? (en ? `${b.value} h` : `${b.value} 小时`) : m(b.value);
  return `${head} ${v}`;
}

/** An inject's fields as the editor's form labels them (`when.*` under 触发条件). */
const FIELD: Record<string, Pair> = {
  id: ['该行', 'the row'], inject: ['注入事件', 'the inject'], kind: ['类型', 'kind'], t: ['时间', 'time'], jitter: ['时间浮动', 'time jitter'],
  visibleTo: ['知悉方', 'who perceives it'], expected: ['预期响应', 'expected response'], tests: ['检验的预案要求', 'plan requirement tested'],
  target: ['目标位置', 'target'], 'target.place': ['目标地点', 'target place'], 'target.edges': ['道路', 'roads'], 'target.zone': ['降雨分区', 'rain zone'],
  'target.levee': ['堤防', 'levee'], payload: ['内容', 'content'], 'payload.from': ['来电/来文方', 'from'], 'payload.text': ['内容', 'text'],
  'payload.reason': ['原因', 'reason'], 'payload.series': ['降雨过程', 'rain series'], 'payload.wind': ['风', 'wind'], 'payload.moisture': ['可燃物含水率', 'fuel moisture'],
  'payload.formation': ['溃口形成时间', 'breach formation time'], 'payload.people': ['被困人数', 'people trapped'], 'payload.services': ['中断的服务', 'services cut'],
  when: ['触发条件', 'condition'], 'when.kind': ['触发条件', 'condition'], 'when.reservoir': ['水库', 'reservoir'], 'when.gauge': ['水文站', 'gauge'],
  'when.place': ['地点', 'place'], 'when.edge': ['路段', 'road segment'], 'when.above': ['阈值', 'threshold'], 'when.radius': ['半径', 'radius'], 'when.x': ['位置', 'position'],
  'when.village': ['村', 'village'], 'when.atLeast': ['人数', 'people'], 'when.command': ['指令类型', 'order kind'], 'when.role': ['责任方', 'role'],
  'when.by': ['截止时间', 'deadline'], 'when.requirement': ['预案要求', 'plan requirement'], 'when.inject': ['所等待的注入', 'inject waited on'], 'when.township': ['镇街', 'township'], 'when.within': ['回应时限', 'answer within'],
  'target.main': ['供水管线', 'water main'], 'payload.area': ['破口面积', 'opening'], 'when.zone': ['分区', 'zone'], 'when.for': ['停水时长', 'dry for'],
  'payload.magnitude': ['震级', 'magnitude'], 'payload.depth': ['震源深度', 'focal depth'], 'payload.strike': ['断层走向', 'fault strike'],
};
export function scriptFieldName(field: string, lang: Lang): string {
  const base = field.replace(/\[\d+\]$/, '');
  return pick(FIELD[field] ?? FIELD[base], lang, lang === 'en' ? field : '某一项');
}

const PROBLEM: Record<string, Pair> = {
  badInject: ['不是一条注入事件', 'not an inject'], badKind: ['请选择类型', 'choose a kind'], badTime: ['请填写有效时间', 'give a valid time'],
  inPast: ['时间早于当前演练时间（立即注入请用“立即注入”）', 'the time is already past (use "fire now" instead)'],
  badDuration: ['请填写有效时长', 'give a valid duration'], noRole: ['没有这个角色', 'no such role'], needText: ['请填写文字', 'write the text'],
  badId: ['编号无效', 'not a valid id'], duplicateId: ['脚本中已有同一编号的注入', 'the script already has an inject of this id'],
  noInject: ['脚本中没有这条注入', 'no such inject in the script'], alreadyFired: ['该注入已经触发，不能再修改或删除', 'it has fired already and cannot change'],
  waitedOn: ['另一条注入正在等待对它的回应，请先修改那一条', 'another inject waits for an answer to it'],
  noEdge: ['请在地图上选择道路', 'pick roads on the map'], noZone: ['没有这个降雨分区', 'no such rain zone'],
  badSeries: ['降雨过程须按时间先后、雨强 0–500 mm/h', 'steps in time order, 0–500 mm/h'], needWeather: ['请至少填写风或含水率', 'give wind or moisture'],
  badWind: ['风速 0–60 m/s，风向 0–359°', 'wind 0–60 m/s, direction 0–359°'], badMoisture: ['含水率 1–300%', 'moisture 1–300 %'],
  offGrid: ['位置不在本区范围内', 'the point is outside the district'], noReservoir: ['没有这个水库', 'no such reservoir'], noLevee: ['没有这段堤防', 'no such levee'],
  noVillage: ['没有这个村', 'no such village'], badCount: ['请填写不少于 1 的整数', 'give a whole number, 1 or more'], noPlace: ['没有这个地点', 'no such place'],
  badServices: ['请至少选择一项：供电、通信、供水', 'choose power, comms or water'], badCondition: ['请选择触发条件类型', 'choose a kind of condition'],
  noGauge: ['没有这个水文站', 'no such gauge'], badLevel: ['请填写有效的水位或水深（米）', 'give a level or depth in metres'], badRadius: ['半径 0–5000 米', 'radius 0–5000 m'],
  noCommand: ['请选择指令类型', 'choose the kind of order'], noTownship: ['没有这个镇街', 'no such township'],
  noMain: ['没有这条供水管线', 'no such water main'], badArea: ['破口面积须大于 0 且不超过管道截面', 'the opening must be more than 0 and at most the bore'],
  // 余震 (sim-core/injects/adHoc.ts): the bounds are the core's.
  noEarthquake: ['本想定没有地震，不能注入余震', 'the scenario has no earthquake to follow'],
  beforeMainShock: ['余震须在主震之后', 'an aftershock comes after the main shock'],
  badMagnitude: [`震级须在 ${AFTERSHOCK_MAGNITUDE[0]}–${AFTERSHOCK_MAGNITUDE[1]} 级之间`, `Ms ${AFTERSHOCK_MAGNITUDE[0]}–${AFTERSHOCK_MAGNITUDE[1]}`],
  badDepth: ['震源深度须在 0–100 千米之间', 'focal depth 0–100 km'], badStrike: ['断层走向须在 0–360 度之间', 'strike 0–360°'],
};
export const scriptProblemCode = (code: string, lang: Lang) => pick(PROBLEM[code], lang, lang === 'en' ? code : '填写有误');

/** A refusal of a script edit, for people: "第 3 行「目标地点」：没有这个村". `row` is how the caller numbers the row. */
export function scriptProblemText(p: Pick<ScriptProblem, 'field' | 'code'>, lang: Lang, row?: string): string {
  const where = lang === 'en' ? `${row ? `${row}, ` : ''}${scriptFieldName(p.field, lang)}: ` : `${row ?? ''}「${scriptFieldName(p.field, lang)}」：`;
  return `${where}${scriptProblemCode(p.code, lang)}`;
}
