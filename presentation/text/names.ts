// Names of places, teams, roles, fires, injects and the core's codes, in either language: the
// one look-up table for every text (the server's timeline and report, the client's panels).
// In Chinese a name is always the scenario's Chinese name, never an id.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { placeIndex } from '../../sim-core/world/placeIndex.ts';
import { localText, type Lang } from './lang.ts';
import type { TaskKind } from '../../sim-core/forces/taskKinds.ts';
import { nodeName } from './roadNames.ts';
import { reservoirState } from './reservoirState.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import { SITE_INJECT_KINDS, siteExitName, siteName } from './siteText.ts';

type Pair = readonly [string, string];
const named = (table: Record<string, Pair>, code: string, lang: Lang) => table[code]?.[lang === 'en' ? 1 : 0] ?? code;

/** A place (township, village, shelter, depot, base, camera, reservoir, gauge, levee) or `node:N`. */
export function placeName(s: Scenario, label: string, lang: Lang): string {
  if (label.startsWith('node:')) return nodeName(s, Number(label.slice(5)), lang);
  const p = placeIndex(s).place.get(label) ?? s.levees.find((l) => l.id === label);
  return p ? localText(p.name, lang) : label;
}

export function teamName(s: Scenario, id: string, lang: Lang): string {
  const t = placeIndex(s).team.get(id);
  return t ? localText(t.name, lang) : id;
}

/** 供水管网: a main segment, a valve or a service zone by its Chinese name (hazards/waterMain/network.ts). */
export function waterMainName(s: Scenario, id: string, lang: Lang): string {
  const m = s.waterNetwork?.mains.find((x) => x.id === id);
  return m ? localText(m.name, lang) : id;
}
export function waterZoneName(s: Scenario, id: string, lang: Lang): string {
  const z = s.waterNetwork?.zones.find((x) => x.id === id);
  return z ? localText(z.name, lang) : id;
}
export function valveName(s: Scenario, id: string, lang: Lang): string {
  for (const m of s.waterNetwork?.mains ?? []) for (const v of m.valves) if (v.id === id) return localText(v.name, lang);
  return id;
}

export function rainZoneName(s: Scenario, id: string, lang: Lang): string {
  const z = s.rainZones.find((x) => x.id === id);
  return z ? localText(z.name, lang) : id;
}

/** Fires are numbered by the core in order of ignition (`fire-3`): 3号火场. */
export function fireName(id: string, lang: Lang): string {
  const n = /^fire-(\d+)$/.exec(id)?.[1];
  if (!n) return id;
  return lang === 'en' ? `fire ${n}` : `${n}号火场`;
}

/** Who found a fire: a camera, a team on patrol, or a report from the public. */
export function fireFinderName(s: Scenario, by: string, lang: Lang): string {
  if (by.startsWith('camera:')) return `${lang === 'en' ? 'camera' : '视频监控'} ${placeName(s, by.slice(7), lang)}`;
  if (by.startsWith('team:')) return `${lang === 'en' ? 'patrol' : '巡护'} ${teamName(s, by.slice(5), lang)}`;
  if (by === 'report') return lang === 'en' ? 'a report from the public' : '群众报告';
  return by;
}

const FIRE_CAUSE: Record<string, Pair> = { random: ['雷击或人为用火', 'lightning or people'], spot: ['飞火', 'spotting'] };
/** Why a fire started: `random`, `spot`, or `inject:ID` (the director's scenario). */
export function fireCauseName(cause: string, lang: Lang): string {
  if (cause.startsWith('inject:')) return lang === 'en' ? 'scenario inject' : '导调注入';
  return named(FIRE_CAUSE, cause, lang);
}

const INJECT_KIND: Record<string, Pair> = {
  message: ['信息', 'message'], closeRoad: ['道路中断', 'road cut'], openRoad: ['道路恢复', 'road open'], rain: ['实况降雨', 'actual rain'],
  weather: ['天气变化', 'weather change'], ignite: ['起火', 'ignition'], damBreak: ['溃坝', 'dam break'], leveeBreach: ['溃堤', 'levee breach'],
  outage: ['断电断通信', 'outage'], trapped: ['群众被困', 'people trapped'], damCrack: ['大坝裂缝', 'dam crack'], ...SITE_INJECT_KINDS, chemicalRelease: ['危化品泄漏', 'chemical release'],
  mainBurst: ['供水管线爆裂', 'water main burst'], aftershock: ['余震', 'aftershock'],
};
export const injectKindName = (kind: string, lang: Lang) => named(INJECT_KIND, kind, lang);

/** An MSEL entry by what it does and where ("溃堤：东河左堤"). */
export function injectLabel(s: Scenario, inj: Inject, lang: Lang): string {
  const kind = injectKindName(inj.kind, lang);
  const sep = lang === 'en' ? ': ' : '：';
  switch (inj.kind) {
    case 'message': return `${kind}${sep}${localText(inj.payload.from, lang)}`;
    case 'rain': return `${kind}${sep}${rainZoneName(s, inj.target.zone, lang)}`;
    case 'damBreak': case 'damCrack': case 'trapped': case 'outage': return `${kind}${sep}${placeName(s, inj.target.place, lang)}`;
    case 'leveeBreach': return `${kind}${sep}${placeName(s, inj.target.levee, lang)}`;
    case 'mainBurst': return `${kind}${sep}${waterMainName(s, inj.target.main, lang)}`;
    case 'aftershock': return lang === 'en' ? `${kind}${sep}Ms ${inj.payload.magnitude}` : `${kind}${sep}${inj.payload.magnitude} 级`;
    case 'closeRoad': case 'openRoad': return inj.payload.reason ? `${kind}${sep}${localText(inj.payload.reason, lang)}` : kind;
    case 'siteExitBlocked': return `${kind}${sep}${siteName(s, inj.target.site, lang)} ${siteExitName(inj.target.exit ?? 0, lang)}`;
    case 'siteAlarm': case 'sitePanic': return `${kind}${sep}${siteName(s, inj.target.site, lang)}`;
    default: return kind;
  }
}

/**
 * An MSEL entry by its id: looked up in the script as it stands (`script`, when the caller has
 * it), then the scenario's; an entry neither has (added, then deleted) is named by its kind.
 */
export function injectName(s: Scenario, id: string, lang: Lang, script?: readonly Inject[], kind?: string): string {
  const inj = script?.find((x) => x.id === id) ?? s.injects.find((x) => x.id === id);
  if (inj) return injectLabel(s, inj, lang);
  return kind ? injectKindName(kind, lang) : (lang === 'en' ? 'inject' : '注入事件');
}

export function roleName(s: Scenario, role: string, lang: Lang): string {
  const en = lang === 'en';
  if (role === 'chief') return en ? 'District HQ (chief)' : '区指挥部（指挥长）';
  if (role === 'director') return en ? 'Director' : '导调';
  if (role === 'evaluator') return en ? 'Evaluator' : '评估组';
  if (role === 'observer') return en ? 'Observer' : '观摩';
  if (role === 'onArrival') return en ? 'arriving evacuees' : '到达群众';
  if (role.startsWith('township:')) return placeName(s, role.slice(9), lang);
  if (role.startsWith('team:')) return teamName(s, role.slice(5), lang);
  return role;
}

const CLOSURE_CAUSE: Record<string, Pair> = { order: ['交通管制', 'traffic control'], inject: ['导调设定', 'scenario'], flood: ['积水漫路', 'flooded'], fire: ['火场烟雾', 'fire and smoke'], slide: ['塌方阻断', 'landslide'], bridge: ['桥梁震损', 'bridge down'], cordon: ['警戒区交通管制', 'cordon (closed to the public)'] };
/** Why a road is closed: the order's own words, or the cause the core recorded. */
export const closureReasonName = (reason: string, lang: Lang) => named(CLOSURE_CAUSE, reason, lang);

const LEVEL: Record<string, Pair> = { none: ['未启动', 'none'], IV: ['Ⅳ级', 'level IV'], III: ['Ⅲ级', 'level III'], II: ['Ⅱ级', 'level II'], I: ['Ⅰ级', 'level I'] };
export const levelName = (l: string, lang: Lang) => named(LEVEL, l, lang);

const WARN: Record<string, Pair> = { blue: ['蓝色', 'blue'], yellow: ['黄色', 'yellow'], orange: ['橙色', 'orange'], red: ['红色', 'red'] };
export const warnName = (l: string, lang: Lang) => named(WARN, l, lang);
export const WARN_CSS: Record<string, string> = { blue: '#1565c0', yellow: '#f9a825', orange: '#ef6c00', red: '#c62828' };

const CHANNEL: Record<string, Pair> = { broadcast: ['广播', 'broadcast'], loudspeaker: ['大喇叭', 'loudspeaker'], doorToDoor: ['入户通知', 'door to door'], sms: ['短信', 'SMS'] };
export const channelName = (c: string, lang: Lang) => named(CHANNEL, c, lang);

const STATUS: Record<string, Pair> = {
  atBase: ['在驻地', 'at base'], turningOut: ['集结出动', 'turning out'], enRoute: ['途中', 'en route'], onScene: ['在现场', 'on scene'], stranded: ['受阻', 'stranded'],
  loading: ['装车', 'loading'], arrived: ['已送达', 'arrived'],
};
export const statusName = (st: string, lang: Lang) => named(STATUS, st, lang);

const TEAM_TYPE: Record<string, Pair> = {
  fireStation: ['消防站', 'fire station'], forestFireBrigade: ['森林消防', 'forest fire brigade'], specialService: ['特勤大队', 'special service'],
  waterRescue: ['水上救援', 'water rescue'], army: ['驻区部队', 'army'], districtTeam: ['区级专业队', 'district team'], townshipTeam: ['乡镇队伍', 'township team'],
  medical: ['医疗救护', 'medical'], volunteer: ['志愿者', 'volunteers'], aviation: ['航空救援', 'aviation'],
};
export const teamTypeName = (t: string, lang: Lang) => named(TEAM_TYPE, t, lang);

/** Supplies: [Chinese, English, Chinese measure word]. */
const SUPPLY: Record<string, readonly [string, string, string]> = {
  tents: ['帐篷', 'tents', '顶'], quilts: ['棉被', 'quilts', '床'], food: ['食品', 'food rations', '份'], water: ['饮用水', 'water', '升'], pumps: ['水泵', 'pumps', '台'],
  generators: ['发电机', 'generators', '台'], satellitePhones: ['卫星电话', 'satellite phones', '部'], lifeJackets: ['救生衣', 'life jackets', '件'], sandbags: ['编织袋', 'sandbags', '条'],
};
export const supplyName = (k: string, lang: Lang) => SUPPLY[k]?.[lang === 'en' ? 1 : 0] ?? k;
/** A supply's Chinese measure word (顶, 床, 份 …). */
export const supplyUnit = (k: string) => SUPPLY[k]?.[2] ?? '';

/** "棉被 40 床、饮用水 600 升" / "40 quilts, 600 water". */
export function itemsText(items: Record<string, number | undefined>, lang: Lang): string {
  return Object.entries(items).filter(([, n]) => n !== undefined && n > 0)
    .map(([k, n]) => (lang === 'en' ? `${n} ${supplyName(k, lang)}` : `${supplyName(k, lang)} ${n} ${SUPPLY[k]?.[2] ?? ''}`.trimEnd())).join(lang === 'en' ? ', ' : '、');
}

const REPORT_KIND: Record<string, Pair> = { initial: ['初报', 'initial report'], update: ['续报', 'update'], final: ['终报', 'final report'], request: ['请示', 'request'], instruction: ['指示', 'instruction'] };
export const reportKindName = (k: string, lang: Lang) => named(REPORT_KIND, k, lang);

const RESERVOIR_STATE: Record<string, Pair> = {
  normal: ['正常', 'normal'], aboveFloodLimit: ['超汛限', 'above flood limit'], aboveWarning: ['超警戒', 'above warning'],
  aboveDesign: ['超设计', 'above design flood level'], overtopping: ['漫坝', 'overtopping'],
};
/** A reservoir's state (presentation/text/reservoirState.ts) in the duty room's words. */
export const reservoirStateName = (st: string, lang: Lang) => named(RESERVOIR_STATE, st, lang);

const GAUGE: Record<string, Pair> = { normal: ['正常', 'normal'], warning: ['超警戒', 'above warning'], danger: ['超保证', 'above danger'] };
export const gaugeStateName = (st: string, lang: Lang) => named(GAUGE, st, lang);
/** A gauge crossing into a state, as a sentence ends. */
const GAUGE_CROSSING: Record<string, Pair> = { normal: ['回落至警戒水位以下', 'back below the warning level'], warning: ['超警戒水位', 'above the warning level'], danger: ['超保证水位', 'above the danger level'] };
export const gaugeCrossingName = (st: string, lang: Lang) => named(GAUGE_CROSSING, st, lang);

/**
 * A gauge's reading in words: a river gauge by the core's state (超警戒 / 超保证), a reservoir's
 * dam gauge by the reservoir's own lines (正常 / 超汛限 / 超警戒 / 超设计 / 漫坝) — a pool at its
 * flood-limit level is normal, not "above warning".
 */
export function gaugeReading(s: Scenario, gaugeId: string, level: number, state: string, lang: Lang): string {
  const g = s.gauges.find((x) => x.id === gaugeId);
  if (g?.on === 'reservoir' && g.reservoir) return reservoirStateName(reservoirState(s, g.reservoir, level), lang);
  return gaugeStateName(state, lang);
}

/** True when a gauge's reading is anything but normal (for highlighting). */
export function gaugeAlarming(s: Scenario, gaugeId: string, level: number, state: string): boolean {
  const g = s.gauges.find((x) => x.id === gaugeId);
  if (g?.on === 'reservoir' && g.reservoir) return reservoirState(s, g.reservoir, level) !== 'normal';
  return state !== 'normal';
}

const OUTAGE: Record<string, Pair> = { power: ['断电', 'power cut'], comms: ['断通信', 'comms cut'], water: ['断水', 'water cut'] };
export const outageName = (o: string, lang: Lang) => named(OUTAGE, o, lang);
const RESTORED: Record<string, Pair> = { power: ['供电', 'power'], comms: ['通信', 'comms'], water: ['供水', 'water'] };
export const serviceName = (o: string, lang: Lang) => named(RESTORED, o, lang);

/** A dispatch's task kinds (sim-core/forces/taskKinds.ts): the dispatch form, unit lists and wording. */
const TASK_KIND: Record<TaskKind, Pair> = {
  rescue: ['营救', 'rescue'],
  evacuate: ['协助转移', 'help evacuate'],
  suppress: ['扑救', 'suppress fire'],
  clearRoad: ['抢通道路', 'clear the road'],
  medical: ['医疗救护', 'medical care'],
  deliver: ['物资运送', 'deliver supplies'],
  patrol: ['巡查', 'patrol'],
  reinforce: ['增援加固', 'reinforce'],
  recon: ['侦察核实', 'reconnoitre'],
  report: ['现场信息报送', 'report from the scene'],
  repair: ['抢修生命线', 'repair power, comms or water'],
  standby: ['前置备勤', 'stand by forward'],
  isolate: ['关阀堵漏', 'isolate the leak'],
  monitor: ['侦检监测', 'measure the gas'],
  closeValve: ['关阀止水', 'close the valves'],
  repairMain: ['管线抢修', 'repair the main'],
};
export const taskKindLabel = (kind: TaskKind, lang: Lang): string => named(TASK_KIND, kind, lang);
/** What a unit is doing, for people: the kind's name, and the order's own words when it gave any. */
export function taskWithLabel(kind: TaskKind | null, label: string | null | undefined, lang: Lang): string {
  if (kind === null) return '';
  const name = taskKindLabel(kind, lang);
  // Plans write bilingual notes ("抢通道路 clear the road"): a Chinese screen keeps the Chinese
  // part, and a note that only repeats the task's name is not said twice.
  const note = label && lang !== 'en' ? label.replace(/\s+[A-Za-z][A-Za-z\s,.'()/-]*$/, '').trim() : label;
  if (!note || note === name) return name;
  return lang === 'en' ? `${name} (${note})` : `${name}（${note}）`;
}

const TASK_REPLY: Record<string, Pair> = { accept: ['接受任务', 'accepted'], decline: ['拒绝任务', 'declined'], arrived: ['已到达', 'arrived'], done: ['任务完成', 'done'], help: ['请求支援', 'needs help'] };
/** A team's answer to its task (接受 / 拒绝 / 到达 / 完成 / 请求支援). */
export const taskReplyName = (r: string, lang: Lang) => named(TASK_REPLY, r, lang);

const TASK_FAILURE: Record<string, Pair> = { tooDangerous: ['现场过于危险，无法执行', 'too dangerous'], unreachable: ['无法到达目标', 'cannot reach the site'], nothingToDo: ['无事可做', 'nothing to do'] };
export const taskFailureName = (r: string, lang: Lang) => named(TASK_FAILURE, r, lang);

/** Orders by their kind (the validation page's refused orders, the logs' order types). */
const COMMAND_KIND: Record<string, Pair> = {
  dispatch: ['调派队伍', 'dispatch'], recall: ['召回队伍', 'recall'], closeRoad: ['封闭道路', 'close roads'], openRoad: ['开放道路', 'open roads'],
  setResponseLevel: ['调整响应级别', 'set the response level'], sendReport: ['报告', 'report'], fireInject: ['立即注入', 'fire an inject'],
  releaseReservoir: ['水库泄洪', 'reservoir release'], issueWarning: ['发布预警', 'issue a warning'], orderEvacuation: ['下达转移令', 'order an evacuation'],
  evacuateSite: ['人员密集场所疏散', 'empty a crowded site'], allocateSupplies: ['调拨物资', 'allocate supplies'], openShelter: ['启用避难场所', 'open shelters'], declineTask: ['拒绝任务', 'decline a task'],
  injectNow: ['临机导调', 'ad-hoc inject'], setPlayed: ['设置角色扮演', 'set who plays a role'], acknowledgeWarning: ['叫应', 'acknowledge a warning'],
  taskReply: ['任务反馈', 'answer a task'], addInject: ['新增注入', 'add an inject'], editInject: ['修改注入', 'edit an inject'], deleteInject: ['删除注入', 'delete an inject'],
  addPlot: ['标绘', 'plot'], movePlot: ['移动标绘', 'move a plot'], editPlot: ['修改标绘', 'edit a plot'], deletePlot: ['删除标绘', 'delete a plot'], sendMessage: ['会商消息', 'message'],
  orderShelterInPlace: ['下达就地避险令', 'order sheltering in place'],
  recallBoats: ['渔船回港', 'recall boats'],
  trafficControl: ['警戒区交通管制', 'traffic control in the threat zone'],
};
export const commandKindName = (type: string, lang: Lang) => named(COMMAND_KIND, type, lang);

const REJECT: Record<string, Pair> = {
  malformed: ['指令格式有误', 'malformed order'], unknownType: ['未知指令', 'unknown order'], unknownRole: ['未知角色', 'unknown role'],
  notPermitted: ['无权下达此指令', 'not permitted'], wrongTime: ['时间不符', 'wrong time'], unknownUnit: ['没有这支队伍', 'no such team'],
  unknownPlace: ['没有这个地点', 'no such place'], unknownNode: ['没有这个路网节点', 'no such road node'], unknownEdge: ['没有这个路段', 'no such road'],
  unknownInject: ['没有这个注入事件', 'no such inject'], unknownReservoir: ['没有这个水库', 'no such reservoir'], outOfRange: ['数值超出范围', 'out of range'],
  noRoute: ['无路可达', 'no route'], alreadyThere: ['已在该处', 'already there'], noChange: ['没有变化', 'nothing changes'],
  rateLimited: ['操作过于频繁', 'too many messages'], finished: ['演练已结束', 'the exercise has ended'], failed: ['演练已出错停止', 'the exercise has failed'],
  storageFailed: ['存储失败，请重试', 'not stored; try again'], internal: ['服务器内部错误', 'server error'], offline: ['未连接服务器', 'not connected'],
  timeout: ['服务器无响应', 'no answer from the server'],
  simMinuteQuota: ['本推演分钟内指令已达上限，请等待', 'too many orders this sim minute; wait'], tooLong: ['文字过长', 'text too long'],
  tooDeep: ['指令嵌套过深', 'nested too deeply'], tooLarge: ['消息过大', 'message too large'],
  codeUsedUp: ['此参演码使用次数已满，请向导调索取新码', 'this join code is used up; ask the director for a new one'],
  tooManyAttempts: ['尝试次数过多，请稍后再试', 'too many attempts; try again later'],
  tooManySockets: ['此参演身份同时打开的窗口已达上限，请关闭其他窗口或标签页后刷新本页', 'this role is open in as many tabs as allowed; close another tab, then reload'],
  unauthorized: ['参演身份已失效，请重新输入参演码', 'this login is no longer valid; enter the join code again'],
};
export const rejectionName = (code: string, lang: Lang) => named(REJECT, code, lang);

/** 危化品: substances (sim-core/hazards/plume/substances.ts), chemical sites, release causes, zone tiers. */
const SUBSTANCE: Record<string, Pair> = { chlorine: ['氯气', 'chlorine'], ammonia: ['氨气', 'ammonia'] };
export const substanceName = (id: string, lang: Lang) => named(SUBSTANCE, id, lang);
export function chemicalSiteName(s: Scenario, id: string, lang: Lang): string {
  const site = s.chemical?.sites.find((x) => x.id === id);
  return site ? localText(site.name, lang) : (lang === 'en' ? 'a chemical site' : '危化品企业');
}
const RELEASE_CAUSE: Record<string, Pair> = { leak: ['泄漏', 'leak'], fire: ['火灾', 'fire'], explosion: ['爆炸', 'explosion'] };
export const releaseCauseName = (c: string, lang: Lang) => named(RELEASE_CAUSE, c, lang);
/** AEGL-3: 致死性危害区 (life-threatening); AEGL-2: 严重伤害区 (irreversible harm or impaired escape). */
const ZONE_TIER: Record<string, Pair> = { 'AEGL-3': ['致死危害区', 'lethal zone (AEGL-3)'], 'AEGL-2': ['严重伤害区', 'serious-harm zone (AEGL-2)'], 'AEGL-1': ['轻微刺激区', 'irritation zone (AEGL-1)'], IDLH: ['立即威胁生命区', 'IDLH zone'] };
export const zoneTierName = (t: string, lang: Lang) => named(ZONE_TIER, t, lang);

/** A scenario bridge by its name (桥梁; hazards/quake/bridgeStep.ts), or "a bridge" when the scenario lacks it. */
export function bridgeName(s: Scenario, id: string, lang: Lang): string {
  const b = (s.bridges ?? []).find((x) => x.id === id);
  return b ? localText(b.name, lang) : lang === 'en' ? 'a bridge' : '桥梁';
}
