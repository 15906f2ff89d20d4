// One line for a log event in the current language, for the inbox and the event log; null for
// events too fine-grained to list (flood closing road edges minute by minute …).
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { currentLang, lt } from '../i18n.ts';
import { clockLabel, durationText, gaugeStateName, itemsText, levelName, outageName, placeName, reportKindName, roleName, teamName, warnName } from './names.ts';

export type EventCategory = 'message' | 'warning' | 'report' | 'hazard' | 'danger' | 'force' | 'people' | 'supplies' | 'road' | 'inject' | 'other';

export interface EventLine { text: string; cat: EventCategory; tag: string }

/** Event kinds a player's inbox flags as new (the rest go to the event log only). */
export const INBOX_KINDS = new Set([
  'message', 'reportReceived', 'warningIssued', 'warningAcknowledged', 'evacuationOrdered', 'peopleTrapped', 'casualties', 'evacueesStranded',
  'taskFailed', 'taskDeclined', 'unitStranded', 'unitArrived', 'fireDetected', 'placeThreatenedByFire', 'slide', 'outage', 'gaugeThreshold',
  'reservoirOvertopping', 'damBreach', 'leveeBreach', 'roadClosed', 'roadOpened', 'responseLevelChanged', 'placeFlooded', 'suppliesArrived',
  'suppliesStranded', 'siteSecured', 'peopleRescued', 'injectFired', 'fireIgnited', 'teamFatigued', 'shelterOpened',
]);

/** Whether an event belongs in the inbox (cheap: no text is built). */
export function inInbox(e: EventEntry): boolean {
  if (!INBOX_KINDS.has(e.kind)) return false;
  if ((e.kind === 'roadClosed' || e.kind === 'roadOpened') && (e.cause === 'flood' || e.cause === 'fire' || e.cause === 'slide')) return false;
  return true;
}

export function eventLine(s: Scenario, e: EventEntry): EventLine | null {
  const en = currentLang() === 'en';
  const z = (zh: string, eng: string) => (en ? eng : zh);
  const P = (id: string) => placeName(s, id), T = (id: string) => teamName(s, id), R = (r: string) => roleName(s, r);
  const km = (x: number, y: number) => `(${(x / 1000).toFixed(1)} km, ${(y / 1000).toFixed(1)} km)`;
  /** A list of place names, shortened past a few ("A、B、C 等 18 个"). */
  const names = (ids: string[]) => ids.length <= 4 ? ids.map(P).join(z('、', ', ')) : z(`${ids.slice(0, 3).map(P).join('、')} 等 ${ids.length} 个`, `${ids.slice(0, 3).map(P).join(', ')} and ${ids.length - 3} more`);
  const line = (cat: EventCategory, tag: [string, string], text: string): EventLine => ({ cat, tag: z(...tag), text });
  switch (e.kind) {
    case 'message': return line('message', ['信息', 'Message'], `${lt(e.from)}：${lt(e.text)}`);
    case 'injectFired': return e.expected ? line('inject', ['注入', 'Inject'], `${e.inject}：${lt(e.expected)}`) : line('inject', ['注入', 'Inject'], e.inject);
    case 'roadClosed':
      if (e.cause === 'flood' || e.cause === 'fire' || e.cause === 'slide') return null;
      return line('road', ['道路中断', 'Road closed'], `${z(`${e.edges.length} 段`, `${e.edges.length} segment(s)`)}${e.reason ? z(`（${lt(e.reason)}）`, ` (${lt(e.reason)})`) : ''}`);
    case 'roadOpened':
      if (e.cause === 'flood' || e.cause === 'fire' || e.cause === 'slide') return null;
      return line('road', ['道路恢复', 'Road open'], z(`${e.edges.length} 段恢复通行`, `${e.edges.length} segment(s) open again`));
    case 'unitTurningOut': return line('force', ['出动', 'Turning out'], z(`${T(e.unit)} → ${P(e.destination)}，${clockLabel(s, e.departAt)} 出发`, `${T(e.unit)} → ${P(e.destination)}, leaves ${clockLabel(s, e.departAt)}`));
    case 'unitDeparted': return null;
    case 'unitArrived': return line('force', ['到达', 'Arrived'], z(`${T(e.unit)} 抵达 ${P(e.destination)}，途中 ${durationText(e.travelTime)}`, `${T(e.unit)} reached ${P(e.destination)} after ${durationText(e.travelTime)}`));
    case 'unitRerouted': return line('force', ['改道', 'Re-routed'], z(`${T(e.unit)} 绕行，预计 ${clockLabel(s, e.eta)} 到达`, `${T(e.unit)} takes another way, now due ${clockLabel(s, e.eta)}`));
    case 'unitStranded': return line('danger', ['受阻', 'Stranded'], z(`${T(e.unit)} 无路可通，前往 ${P(e.destination)} 受阻`, `${T(e.unit)} has no way through to ${P(e.destination)}`));
    case 'unitStoodDown': return line('force', ['待命', 'Standing by'], z(`${T(e.unit)} 原地待命`, `${T(e.unit)} stands by`));
    case 'roadFoundClosed': return line('road', ['路阻', 'Road blocked'], z(`${T(e.unit)} 前方道路中断，重新选择路线`, `${T(e.unit)} found the road ahead closed and re-routes`));
    case 'evacuationOrdered': return line('people', ['转移', 'Evacuation'], z(`${R(e.by)} 下达转移令：${names(e.villages)}`, `${R(e.by)} ordered the evacuation of ${names(e.villages)}`));
    case 'evacueesDeparted': return null;
    case 'evacueesArrived': return line('people', ['安置', 'Sheltered'], z(`${P(e.village)} ${e.people} 人到达 ${P(e.shelter)}`, `${e.people} people of ${P(e.village)} reached ${P(e.shelter)}`));
    case 'evacueesPersuaded': return line('people', ['动员', 'Persuaded'], z(`${P(e.village)} ${e.people} 人经入户动员同意转移`, `${e.people} people of ${P(e.village)} agreed to leave after a door-to-door visit`));
    case 'evacueesStranded': return line('danger', ['被困', 'Stranded'], z(`${P(e.village)} ${e.people} 人无法转移（${e.reason === 'noRoute' ? '道路中断' : '避难场所已满'}），需救援`, `${e.people} people of ${P(e.village)} cannot move (${e.reason === 'noRoute' ? 'no road' : 'shelters full'}) and need rescue`));
    case 'suppliesAllocated': return line('supplies', ['物资', 'Supplies'], z(`${R(e.by)} 调拨 ${P(e.depot)} → ${P(e.to)}：${itemsText(e.items)}`, `${R(e.by)} sends ${itemsText(e.items)} from ${P(e.depot)} to ${P(e.to)}`));
    case 'suppliesDispatched': return null;
    case 'suppliesArrived': return line('supplies', ['物资送达', 'Supplies in'], z(`${P(e.to)}：${itemsText(e.items)}`, `${P(e.to)}: ${itemsText(e.items)}`));
    case 'suppliesStranded': return line('danger', ['物资受阻', 'Convoy stuck'], z(`送往 ${P(e.to)} 的车队无路可通`, `The convoy to ${P(e.to)} has no way through`));
    case 'siteSecured': return line('people', ['安置', 'Secured'], z(`${P(e.place)} ${e.people} 人基本生活得到保障`, `Basic needs of ${e.people} people at ${P(e.place)} are met`));
    case 'warningIssued': return line('warning', ['预警', 'Warning'], z(`${R(e.by)} 发布${warnName(e.level)}预警${e.townships.length ? `至 ${names(e.townships)}` : ''}${e.villages.length ? `，直达 ${e.villages.length} 个村` : ''}`, `${R(e.by)} issued a ${warnName(e.level)} warning${e.townships.length ? ` to ${names(e.townships)}` : ''}${e.villages.length ? `, straight to ${e.villages.length} village(s)` : ''}`));
    case 'warningDelivered': return line('warning', ['预警送达', 'Warning in'], z(`${warnName(e.level)}预警送达 ${P(e.township)}`, `The ${warnName(e.level)} warning reached ${P(e.township)}`));
    case 'warningAcknowledged': return line('warning', ['叫应', 'Acknowledged'], z(`${P(e.township)} 回复已收到${warnName(e.level)}预警`, `${P(e.township)} acknowledged the ${warnName(e.level)} warning`));
    case 'warningReachedVillage': return line('warning', ['预警到村', 'Warning in'], z(`${warnName(e.level)}预警到达 ${P(e.village)}`, `The ${warnName(e.level)} warning reached ${P(e.village)}`));
    case 'warningReachedHouseholds': return line('warning', ['预警入户', 'Households'], z(`${P(e.village)} 险户 ${e.total} 户中 ${e.reached} 户已通知`, `${P(e.village)}: ${e.reached} of ${e.total} at-risk households told`));
    case 'responseLevelChanged': return line('report', ['响应', 'Response'], z(`${R(e.by)} 将响应级别由 ${levelName(e.from)} 调整为 ${levelName(e.to)}`, `${R(e.by)} set the response from ${levelName(e.from)} to ${levelName(e.to)}`));
    // The director plays outside parties (the public, the weather service): the text names the source.
    case 'reportReceived': if (e.report.from === 'director') return line('message', ['信息', 'Message'], lt(e.report.text));
      return line('report', [reportKindName(e.report.kind), reportKindName(e.report.kind)], `${R(e.report.from)} → ${R(e.report.to)}：${lt(e.report.text)}`);
    case 'rainChanged': return line('hazard', ['雨情', 'Rain'], z(`实况雨强：${e.series.slice(0, 4).map(([, r]) => `${r}`).join('→')} mm/h`, `Observed rain: ${e.series.slice(0, 4).map(([, r]) => `${r}`).join('→')} mm/h`));
    case 'weatherChanged': return line('hazard', ['天气', 'Weather'], `${e.wind ? z(`风速 ${e.wind.speed} m/s，风向 ${e.wind.dir}°`, `wind ${e.wind.speed} m/s toward ${e.wind.dir}°`) : ''}`);
    case 'gaugeThreshold': return line(e.state === 'normal' ? 'hazard' : 'danger', ['水情', 'Gauge'], `${P(e.gauge)} ${e.level} m，${gaugeStateName(e.state)}`);
    case 'reservoirOvertopping': return line('danger', ['险情', 'Danger'], z(`${P(e.reservoir)} 水位 ${e.level} m 超过坝顶 ${e.crest} m`, `${P(e.reservoir)} at ${e.level} m is over its crest (${e.crest} m)`));
    case 'reservoirRelease': return line('hazard', ['调度', 'Release'], z(`${P(e.reservoir)} 泄量调整为 ${e.rate} m³/s`, `${P(e.reservoir)} releases ${e.rate} m³/s`));
    case 'damBreach': return line('danger', ['溃坝', 'Dam breach'], z(`${P(e.reservoir)} 溃坝，溃口宽约 ${e.width} m`, `${P(e.reservoir)} dam breach, about ${e.width} m wide`));
    case 'leveeBreach': return line('danger', ['溃堤', 'Levee breach'], z(`${lt(s.levees.find((l) => l.id === e.levee)?.name) || e.levee} 于 ${km(e.x, e.y)} 溃堤`, `${lt(s.levees.find((l) => l.id === e.levee)?.name) || e.levee} breached at ${km(e.x, e.y)}`));
    case 'leveeOvertopping': return line('danger', ['漫堤', 'Overtopping'], lt(s.levees.find((l) => l.id === e.levee)?.name) || e.levee);
    case 'peopleTrapped': return line('danger', ['被困', 'Trapped'], z(`${P(e.village)} ${e.people} 人${e.cause === 'fire' ? '被山火围困' : e.cause === 'cutOff' ? '被困（道路冲断）' : '被洪水围困'}，需救援`, `${e.people} people trapped at ${P(e.village)} (${e.cause === 'fire' ? 'fire' : e.cause === 'cutOff' ? 'cut off' : 'flood'}); rescue needed`));
    case 'casualties': return line('danger', ['伤亡', 'Casualties'], z(`${P(e.village)} ${e.injured} 人受伤${e.dead ? `、${e.dead} 人死亡` : ''}`, `${P(e.village)}: ${e.injured} injured${e.dead ? `, ${e.dead} dead` : ''}`));
    case 'peopleRescued': return line('people', ['营救', 'Rescued'], z(`${T(e.unit)} 从 ${P(e.village)} 救出 ${e.people} 人`, `${T(e.unit)} rescued ${e.people} people from ${P(e.village)}`));
    case 'injuredTreated': return line('people', ['救治', 'Treated'], z(`${T(e.unit)} 在 ${P(e.village)} 救治伤员 ${e.people} 人`, `${T(e.unit)} treated ${e.people} injured at ${P(e.village)}`));
    case 'taskFailed': return line('danger', ['任务失败', 'Task failed'], z(`${T(e.unit)}：${e.reason === 'tooDangerous' ? '现场过于危险' : e.reason === 'unreachable' ? '无法到达目标' : '无事可做'}（${e.task}）`, `${T(e.unit)}: ${e.reason === 'tooDangerous' ? 'too dangerous' : e.reason === 'unreachable' ? 'cannot reach the site' : 'nothing to do'} (${e.task})`));
    case 'teamFatigued': return line('force', ['疲劳', 'Fatigue'], z(`${T(e.unit)} 已连续作业 ${e.hoursOnDuty} 小时，需轮换`, `${T(e.unit)} has worked ${e.hoursOnDuty} h and needs relief`));
    case 'shelterOpened': return line('people', ['避难场所', 'Shelter'], z(`${e.by === 'onArrival' ? '群众到达时临时启用' : `${R(e.by)} 启用`} ${P(e.shelter)}（容量 ${e.capacity} 人）`, `${P(e.shelter)} opened ${e.by === 'onArrival' ? 'as people arrived' : `by ${R(e.by)}`} (room for ${e.capacity})`));
    case 'taskDeclined': return line('force', ['拒绝任务', 'Declined'], `${T(e.unit)}：${lt(e.reason)}`);
    case 'placeFlooded': return line('danger', ['受淹', 'Flooded'], z(`${P(e.place)} 积水 ${e.depth} m`, `${P(e.place)} under ${e.depth} m of water`));
    case 'placeDrained': return line('hazard', ['退水', 'Drained'], P(e.place));
    case 'fireIgnited': return line('danger', ['起火', 'Ignition'], z(`${e.fire} 于 ${km(e.x, e.y)} 起火`, `${e.fire} started at ${km(e.x, e.y)}`));
    case 'fireDetected': return line('danger', ['火情', 'Fire'], z(`发现 ${e.fire}（${e.by.replace(/^camera:/, '视频监控 ').replace(/^team:/, '巡护 ')}），过火约 ${e.burnedHa} 公顷`, `${e.fire} found (${e.by}), about ${e.burnedHa} ha burned`));
    case 'placeThreatenedByFire': return line('danger', ['火险', 'Fire near'], z(`山火逼近 ${P(e.place)}，距离 ${e.distance} m`, `Fire ${e.distance} m from ${P(e.place)}`));
    case 'slide': return line('danger', [e.slide === 'debrisFlow' ? '泥石流' : '滑坡', e.slide === 'debrisFlow' ? 'Debris flow' : 'Landslide'], z(`${km(e.x, e.y)} 阻断 ${e.edges.length} 段道路${e.threatened.length ? `，威胁 ${e.threatened.map(P).join('、')}` : ''}`, `at ${km(e.x, e.y)}, ${e.edges.length} road segment(s) cut${e.threatened.length ? `; threatens ${e.threatened.map(P).join(', ')}` : ''}`));
    case 'slideCleared': return line('road', ['抢通', 'Cleared'], z(`路网节点${e.node} 处塌方已清理`, `The slide at road node ${e.node} is cleared`));
    case 'outage': return line('danger', [e.services.map(outageName).join('、'), e.services.map(outageName).join(', ')], P(e.place));
    case 'serviceRestored': return line('hazard', ['恢复', 'Restored'], `${P(e.place)} ${e.services.map(outageName).join(z('、', ', '))}`);
  }
  return null;
}
