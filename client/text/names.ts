// Names of places, teams, roles and the core's codes in the current language.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { placeIndex } from '../../sim-core/world/placeIndex.ts';
import { formatClock } from '../../sim-core/time/duration.ts';
import { currentLang, lt, tx } from '../i18n.ts';

type Pair = readonly [string, string];
const pick = (p: Pair | undefined, fallback: string) => (p ? p[currentLang() === 'en' ? 1 : 0] : fallback);

export function placeName(s: Scenario, label: string): string {
  if (label.startsWith('node:')) return tx(`路网节点${label.slice(5)}`, `road node ${label.slice(5)}`);
  const p = placeIndex(s).place.get(label);
  if (p) return lt(p.name);
  const r = s.reservoirs.find((x) => x.id === label) ?? s.gauges.find((x) => x.id === label);
  return r ? lt(r.name) : label;
}

export function teamName(s: Scenario, id: string): string {
  const t = placeIndex(s).team.get(id);
  return t ? lt(t.name) : id;
}

export function roleName(s: Scenario, role: string): string {
  if (role === 'chief') return tx('区指挥部（指挥长）', 'District HQ (chief)');
  if (role === 'director') return tx('导调', 'Director');
  if (role === 'evaluator') return tx('评估组', 'Evaluator');
  if (role === 'observer') return tx('观摩', 'Observer');
  if (role === 'onArrival') return tx('到达群众', 'arriving evacuees');
  if (role.startsWith('township:')) return placeName(s, role.slice(9));
  if (role.startsWith('team:')) return teamName(s, role.slice(5));
  return role;
}

const LEVEL: Record<string, Pair> = { none: ['未启动', 'none'], IV: ['Ⅳ级', 'level IV'], III: ['Ⅲ级', 'level III'], II: ['Ⅱ级', 'level II'], I: ['Ⅰ级', 'level I'] };
export const levelName = (l: string) => pick(LEVEL[l], l);

const WARN: Record<string, Pair> = { blue: ['蓝色', 'blue'], yellow: ['黄色', 'yellow'], orange: ['橙色', 'orange'], red: ['红色', 'red'] };
export const warnName = (l: string) => pick(WARN[l], l);
export const WARN_CSS: Record<string, string> = { blue: '#1565c0', yellow: '#f9a825', orange: '#ef6c00', red: '#c62828' };

const CHANNEL: Record<string, Pair> = { broadcast: ['广播', 'broadcast'], loudspeaker: ['大喇叭', 'loudspeaker'], doorToDoor: ['入户通知', 'door to door'], sms: ['短信', 'SMS'] };
export const channelName = (c: string) => pick(CHANNEL[c], c);

const STATUS: Record<string, Pair> = {
  atBase: ['在驻地', 'at base'], turningOut: ['集结出动', 'turning out'], enRoute: ['途中', 'en route'], onScene: ['在现场', 'on scene'], stranded: ['受阻', 'stranded'],
  loading: ['装车', 'loading'], arrived: ['已送达', 'arrived'],
};
export const statusName = (s: string) => pick(STATUS[s], s);

const TEAM_TYPE: Record<string, Pair> = {
  fireStation: ['消防站', 'fire station'], forestFireBrigade: ['森林消防', 'forest fire brigade'], specialService: ['特勤大队', 'special service'],
  waterRescue: ['水上救援', 'water rescue'], army: ['驻区部队', 'army'], districtTeam: ['区级专业队', 'district team'], townshipTeam: ['乡镇队伍', 'township team'],
  medical: ['医疗救护', 'medical'], volunteer: ['志愿者', 'volunteers'], aviation: ['航空救援', 'aviation'],
};
export const teamTypeName = (t: string) => pick(TEAM_TYPE[t], t);

const SUPPLY: Record<string, readonly [string, string, string]> = {
  tents: ['帐篷', 'tents', '顶'], quilts: ['棉被', 'quilts', '床'], food: ['食品', 'food rations', '份'], water: ['饮用水', 'water', '升'], pumps: ['水泵', 'pumps', '台'],
  generators: ['发电机', 'generators', '台'], satellitePhones: ['卫星电话', 'satellite phones', '部'], lifeJackets: ['救生衣', 'life jackets', '件'], sandbags: ['编织袋', 'sandbags', '条'],
};
export const supplyName = (k: string) => pick(SUPPLY[k] ? [SUPPLY[k][0], SUPPLY[k][1]] : undefined, k);
export function itemsText(items: Record<string, number | undefined>): string {
  return Object.entries(items).filter(([, n]) => n !== undefined && n > 0)
    .map(([k, n]) => (currentLang() === 'en' ? `${n} ${supplyName(k)}` : `${supplyName(k)} ${n} ${SUPPLY[k]?.[2] ?? ''}`)).join(tx('、', ', '));
}

const REPORT_KIND: Record<string, Pair> = { initial: ['初报', 'initial report'], update: ['续报', 'update'], final: ['终报', 'final report'], request: ['请示', 'request'], instruction: ['指示', 'instruction'] };
export const reportKindName = (k: string) => pick(REPORT_KIND[k], k);

const GAUGE: Record<string, Pair> = { normal: ['正常', 'normal'], warning: ['超警戒', 'above warning'], danger: ['超保证', 'above danger'] };
export const gaugeStateName = (s: string) => pick(GAUGE[s], s);

const OUTAGE: Record<string, Pair> = { power: ['断电', 'power cut'], comms: ['断通信', 'comms cut'], water: ['断水', 'water cut'] };
export const outageName = (s: string) => pick(OUTAGE[s], s);

const REJECT: Record<string, Pair> = {
  malformed: ['指令格式有误', 'malformed order'], unknownType: ['未知指令', 'unknown order'], unknownRole: ['未知角色', 'unknown role'],
  notPermitted: ['无权下达此指令', 'not permitted'], wrongTime: ['时间不符', 'wrong time'], unknownUnit: ['没有这支队伍', 'no such team'],
  unknownPlace: ['没有这个地点', 'no such place'], unknownNode: ['没有这个路网节点', 'no such road node'], unknownEdge: ['没有这个路段', 'no such road'],
  unknownInject: ['没有这个注入事件', 'no such inject'], unknownReservoir: ['没有这个水库', 'no such reservoir'], outOfRange: ['数值超出范围', 'out of range'],
  noRoute: ['无路可达', 'no route'], alreadyThere: ['已在该处', 'already there'], noChange: ['没有变化', 'nothing changes'],
  rateLimited: ['操作过于频繁', 'too many messages'], finished: ['演练已结束', 'the exercise has ended'], failed: ['演练已出错停止', 'the exercise has failed'],
  storageFailed: ['存储失败，请重试', 'not stored; try again'], internal: ['服务器内部错误', 'server error'], offline: ['未连接服务器', 'not connected'],
  timeout: ['服务器无响应', 'no answer from the server'],
};
export const rejectionName = (code: string) => pick(REJECT[code], code);

/** Wall-clock label of a sim time from the scenario's start ("07-16 08:30"), with the sim day clock as a fallback. */
export function clockLabel(s: Scenario | null, t: number, seconds = false): string {
  if (!s) return formatClock(t);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-]\d{2}):?(\d{2})$/.exec(s.start);
  if (!m) return formatClock(t);
  const local = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) + t * 1000;
  const d = new Date(local);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ''}`;
}

export function durationText(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  if (currentLang() === 'en') return h ? `${h} h ${m} min` : `${m} min`;
  return h ? `${h} 小时 ${m} 分` : `${m} 分钟`;
}
