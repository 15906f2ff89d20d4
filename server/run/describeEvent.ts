// One line of Chinese for a log event, for the run summary and the terminal.
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { placeIndex } from '../../sim-core/world/placeIndex.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';

const LEVEL_ZH: Record<string, string> = { none: '未启动', IV: 'Ⅳ级', III: 'Ⅲ级', II: 'Ⅱ级', I: 'Ⅰ级' };
const GAUGE_ZH: Record<string, string> = { normal: '回落至警戒水位以下', warning: '超警戒水位', danger: '超保证水位' };
const OUTAGE_ZH: Record<string, string> = { power: '断电', comms: '断通信', water: '断水' };
const WARN_ZH: Record<string, string> = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' };
const REPORT_ZH: Record<string, string> = { initial: '初报', update: '续报', final: '终报', request: '请示', instruction: '指示' };
const SUPPLY_ZH: Record<string, [string, string]> = {
  tents: ['帐篷', '顶'], quilts: ['棉被', '床'], food: ['食品', '份'], water: ['饮用水', '升'], pumps: ['水泵', '台'],
  generators: ['发电机', '台'], satellitePhones: ['卫星电话', '部'], lifeJackets: ['救生衣', '件'], sandbags: ['编织袋', '条'],
};

function itemsZh(items: Record<string, number | undefined>): string {
  return Object.entries(items).filter(([, n]) => n !== undefined).map(([k, n]) => `${SUPPLY_ZH[k]?.[0] ?? k} ${n} ${SUPPLY_ZH[k]?.[1] ?? ''}`).join('、');
}

export function placeName(s: Scenario, label: string): string {
  if (label.startsWith('node:')) return `路网节点${label.slice(5)}`;
  return placeIndex(s).place.get(label)?.name.zh ?? label;
}

function leveeName(s: Scenario, id: string): string {
  return s.levees.find((l) => l.id === id)?.name.zh ?? id;
}

export function teamName(s: Scenario, id: string): string {
  return placeIndex(s).team.get(id)?.name.zh ?? id;
}

export function roleName(s: Scenario, role: string): string {
  if (role === 'chief') return '区指挥部';
  if (role === 'director') return '导调';
  if (role.startsWith('township:')) return placeName(s, role.slice(9));
  if (role.startsWith('team:')) return teamName(s, role.slice(5));
  return role;
}

/** Null for events too fine-grained for a summary. */
export function describeEvent(s: Scenario, e: EventEntry, clock: (t: number) => string): string | null {
  switch (e.kind) {
    case 'message': return `[信息] ${e.from.zh}：${e.text.zh}`;
    // Flood and fire close and open many edges minute by minute: counted in the summary instead.
    case 'roadClosed': return e.cause === 'flood' || e.cause === 'fire' || e.cause === 'slide' ? null : `[道路中断] ${e.edges.length} 段${e.reason ? `（${e.reason.zh}）` : ''}`;
    case 'roadOpened': return e.cause === 'flood' || e.cause === 'fire' || e.cause === 'slide' ? null : `[道路恢复] ${e.edges.length} 段`;
    case 'unitTurningOut': return `[出动] ${teamName(s, e.unit)} → ${placeName(s, e.destination)}，${clock(e.departAt)} 出发`;
    case 'unitArrived': return `[到达] ${teamName(s, e.unit)} 抵达 ${placeName(s, e.destination)}，途中 ${formatDuration(e.travelTime)}`;
    case 'unitRerouted': return `[改道] ${teamName(s, e.unit)} 绕行，预计 ${clock(e.eta)} 到达（原 ${clock(e.previousEta)}）`;
    case 'slide': return `[${e.slide === 'debrisFlow' ? '泥石流' : '滑坡'}] 路网节点${e.node} 附近，阻断 ${e.edges.length} 段道路${e.threatened.length ? `，威胁 ${e.threatened.map((p) => placeName(s, p)).join('、')}` : ''}`;
    case 'slideCleared': return `[抢通] 路网节点${e.node} 处塌方已清理`;
    case 'outage': return `[${e.services.map((x) => OUTAGE_ZH[x]).join('、')}] ${placeName(s, e.place)}`;
    case 'serviceRestored': return `[恢复] ${placeName(s, e.place)} ${e.services.map((x) => OUTAGE_ZH[x].slice(1)).join('、')}恢复`;
    case 'roadFoundClosed': return `[路阻] ${teamName(s, e.unit)} 行至路网节点${e.node}，前方道路中断，重新选择路线`;
    case 'evacuationOrdered': return `[转移] ${roleName(s, e.by)} 下达转移令：${e.villages.length} 个村`;
    case 'evacueesDeparted': return null;
    case 'evacueesArrived': return null;
    case 'evacueesPersuaded': return `[动员] ${placeName(s, e.village)} ${e.people} 人经入户动员同意转移`;
    case 'peopleTrapped': return `[被困] ${placeName(s, e.village)} ${e.people} 人${e.cause === 'fire' ? '被山火围困' : e.cause === 'cutOff' ? '被困（道路冲断，无法自行撤离）' : `被洪水围困（危险度 HR ${e.hazardRating}）`}，需救援`;
    case 'casualties': return `[伤亡] ${placeName(s, e.village)}${e.cause === 'fire' ? '山火' : '洪水'}致 ${e.injured} 人受伤${e.dead ? `、${e.dead} 人死亡` : ''}`;
    case 'peopleRescued': return `[营救] ${teamName(s, e.unit)} 从 ${placeName(s, e.village)} 救出 ${e.people} 人${e.shelter ? `，送往 ${placeName(s, e.shelter)}` : ''}`;
    case 'injuredTreated': return `[救治] ${teamName(s, e.unit)} 在 ${placeName(s, e.village)} 救治转运伤员 ${e.people} 人`;
    case 'taskFailed': return `[任务失败] ${teamName(s, e.unit)}：${e.reason === 'tooDangerous' ? '现场过于危险，无法执行' : e.reason === 'unreachable' ? '无法到达目标' : '无事可做'}（${e.task}）`;
    case 'teamFatigued': return `[疲劳] ${teamName(s, e.unit)} 已连续作业 ${e.hoursOnDuty} 小时，效率下降，需轮换休整`;
    case 'suppliesAllocated': return `[物资] ${roleName(s, e.by)} 调拨 ${placeName(s, e.depot)} → ${placeName(s, e.to)}：${itemsZh(e.items)}，${clock(e.departAt)} 装车完毕出发`;
    case 'suppliesDispatched': return null; // the allocation line gave the departure; the arrival follows
    case 'suppliesArrived': return `[物资] 送达 ${placeName(s, e.to)}：${itemsZh(e.items)}，途中 ${formatDuration(e.travelTime)}`;
    case 'suppliesStranded': return `[物资受阻] 送往 ${placeName(s, e.to)} 的车队无路可通，停在路网节点${e.node}`;
    case 'siteSecured': return `[安置] ${placeName(s, e.place)} ${e.people} 人基本生活得到保障（受灾后 ${formatDuration(e.after)}）`;
    case 'shelterOpened': return e.by === 'onArrival' ? `[避难场所] ${placeName(s, e.shelter)} 群众到达时才临时启用（容量 ${e.capacity} 人）` : `[避难场所] ${roleName(s, e.by)} 启用 ${placeName(s, e.shelter)}（容量 ${e.capacity} 人）`;
    case 'taskDeclined': return `[拒绝任务] ${teamName(s, e.unit)}：${e.reason.zh}`;
    case 'evacueesStranded': return `[被困] ${placeName(s, e.village)} ${e.people} 人无法转移（${e.reason === 'noRoute' ? '道路中断' : '避难场所已满'}），需救援`;
    case 'warningIssued': return `[预警] ${roleName(s, e.by)} 发布${WARN_ZH[e.level]}预警${e.townships.length ? `至 ${e.townships.length} 个乡镇` : ''}${e.villages.length ? `，直达 ${e.villages.length} 个村` : ''}`;
    case 'warningDelivered': return null; // the 叫应 line that follows says it arrived
    case 'warningAcknowledged': return `[叫应] ${placeName(s, e.township)} 回复已收到${WARN_ZH[e.level]}预警`;
    case 'warningReachedVillage': return null;
    case 'warningReachedHouseholds': return e.reached < e.total ? `[预警] ${placeName(s, e.village)} 险户 ${e.total} 户中 ${e.reached} 户已通知，${e.total - e.reached} 户未通知到` : null;
    case 'unitStoodDown': return `[待命] ${teamName(s, e.unit)} 原地待命`;
    case 'unitStranded': return `[受阻] ${teamName(s, e.unit)} 无路可通，前往 ${placeName(s, e.destination)} 受阻`;
    case 'responseLevelChanged': return `[响应] ${roleName(s, e.by)} 将响应级别由 ${LEVEL_ZH[e.from]} 调整为 ${LEVEL_ZH[e.to]}`;
    case 'reportReceived': return `[报告] ${roleName(s, e.report.from)} → ${roleName(s, e.report.to)}（${REPORT_ZH[e.report.kind]}）：${e.report.text.zh}`;
    case 'rainChanged': return `[雨情] ${e.zone} 实况雨强：${e.series.map(([t, r]) => `${formatDuration(t)}起 ${r} mm/h`).join('，')}`;
    case 'weatherChanged': return `[天气] ${e.wind ? `风速 ${e.wind.speed} m/s，风向 ${e.wind.dir}°` : ''}${e.moisture ? ` 死可燃物含水率 ${e.moisture.d1}%` : ''}`;
    case 'gaugeThreshold': return `[水情] ${placeName(s, e.gauge)} 水位 ${e.level} m，${GAUGE_ZH[e.state]}`;
    case 'reservoirOvertopping': return `[险情] ${placeName(s, e.reservoir)} 水位 ${e.level} m 超过坝顶 ${e.crest} m，漫坝`;
    case 'reservoirRelease': return `[调度] ${placeName(s, e.reservoir)} 泄量调整为 ${e.rate} m³/s`;
    case 'leveeBreach': return `[险情] ${leveeName(s, e.levee)} 于 (${(e.x / 1000).toFixed(1)} km, ${(e.y / 1000).toFixed(1)} km) 溃堤，${formatDuration(e.formation)} 内冲开`;
    case 'leveeOvertopping': return `[险情] ${leveeName(s, e.levee)} 洪水漫堤`;
    case 'damBreach': return `[险情] ${placeName(s, e.reservoir)} 溃坝，溃口宽约 ${e.width} m，${formatDuration(e.formationTime)} 内形成`;
    case 'placeFlooded': return `[受淹] ${placeName(s, e.place)} 积水 ${e.depth} m`;
    case 'placeDrained': return `[退水] ${placeName(s, e.place)}`;
    case 'fireIgnited': return `[起火·导调可见] ${e.fire} 于 (${(e.x / 1000).toFixed(1)} km, ${(e.y / 1000).toFixed(1)} km) 起火（${e.cause}）`;
    case 'fireDetected': return `[火情] 发现 ${e.fire}（${e.by.replace(/^camera:/, '视频监控 ').replace(/^team:/, '巡护 ')}），过火约 ${e.burnedHa} 公顷`;
    case 'placeThreatenedByFire': return `[火险] 山火逼近 ${placeName(s, e.place)}，距离 ${e.distance} m`;
    case 'injectFired':
    case 'unitDeparted':
      return null;
  }
}
