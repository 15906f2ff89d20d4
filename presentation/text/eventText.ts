// One line for a log event, in Chinese or English: the one wording of every event, used by the
// headless timeline, the after-action report and the client's inbox and event log. Names come
// from the scenario (Chinese names in Chinese text, never ids).
import { nodeName, roadsText } from './roadNames.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { localText, type Lang } from './lang.ts';
import { clockLabel, durationText } from './clock.ts';
import {
  fireCauseName, fireFinderName, fireName, gaugeAlarming, gaugeCrossingName, gaugeReading, injectName, itemsText, levelName, outageName, placeName, rainZoneName,
  reportKindName, roleName, serviceName, taskFailureName, taskKindLabel, taskReplyName, taskWithLabel, teamName, warnName,
  chemicalSiteName, releaseCauseName, substanceName, zoneTierName,
  bridgeName,
} from './names.ts';
import { becauseText } from './scriptText.ts';
import { typhoonEventLine } from './typhoonText.ts';
import { siteEventText } from './siteText.ts';
import { damDamageName } from './damText.ts';
import { quakeVillageReportText, romanIntensity } from './quakeText.ts';
import { waterMainLine } from './waterMainText.ts';

const SCRIPT_CHANGE = { added: ['导调新增注入', 'the director added an inject'], edited: ['导调修改注入', 'the director changed an inject'], deleted: ['导调删除注入', 'the director deleted an inject'] } as const;

export type EventCategory = 'message' | 'warning' | 'report' | 'hazard' | 'danger' | 'force' | 'people' | 'supplies' | 'road' | 'inject' | 'other';

/**
 * `tag` is the short heading ("预警"), `text` the rest. A `minor` line belongs in a console's full
 * event log but not in a summary (the timeline of a run, the report's key events): each hop of
 * a warning, each group of evacuees arriving, an inject's own firing.
 */
export interface EventLine { text: string; cat: EventCategory; tag: string; minor?: true }

/** Roads that hazards close and open edge by edge, minute by minute: counted, not listed. */
export function isHazardRoadChange(e: EventEntry): boolean {
  return (e.kind === 'roadClosed' || e.kind === 'roadOpened') && (e.cause === 'flood' || e.cause === 'fire' || e.cause === 'slide' || e.cause === 'bridge');
}

/** "3 人受伤、1 人死亡", leaving out a zero ("1 人死亡"). */
export function hurtText(injured: number, dead: number, lang: Lang): string {
  const parts = lang === 'en' ? [injured || !dead ? `${injured} injured` : '', dead ? `${dead} dead` : ''] : [injured || !dead ? `${injured} 人受伤` : '', dead ? `${dead} 人死亡` : ''];
  return parts.filter(Boolean).join(lang === 'en' ? ', ' : '、');
}

/** "[预警] 区指挥部 发布…": tag and text as one line, for plain-text timelines and the report. */
export function eventSentence(l: EventLine): string {
  return `[${l.tag}] ${l.text}`;
}

/** The event in words, or null for events too fine-grained to list anywhere. */
export function eventLine(s: Scenario, e: EventEntry, lang: Lang): EventLine | null {
  const en = lang === 'en';
  const z = (zh: string, eng: string) => (en ? eng : zh);
  const L = (t: Parameters<typeof localText>[0]) => localText(t, lang);
  const P = (id: string) => placeName(s, id, lang), T = (id: string) => teamName(s, id, lang), R = (r: string) => roleName(s, r, lang);
  const C = (t: number) => clockLabel(s, t), D = (sec: number) => durationText(sec, lang);
  const km = (x: number, y: number) => `(${(x / 1000).toFixed(1)} km, ${(y / 1000).toFixed(1)} km)`;
  const and = z('、', ', ');
  const N = (node: number) => nodeName(s, node, lang);
  /** A list of place names, shortened past a few ("A、B、C 等 18 个"). */
  const names = (ids: string[]) => ids.length <= 4 ? ids.map(P).join(and) : z(`${ids.slice(0, 3).map(P).join('、')} 等 ${ids.length} 个`, `${ids.slice(0, 3).map(P).join(', ')} and ${ids.length - 3} more`);
  const line = (cat: EventCategory, tag: [string, string], text: string, minor = false): EventLine => (minor ? { cat, tag: z(...tag), text, minor } : { cat, tag: z(...tag), text });
  const warn = (level: string) => warnName(level, lang);
  switch (e.kind) {
    case 'message': return line('message', ['信息', 'Message'], `${L(e.from)}${z('：', ': ')}${L(e.text)}`);
    case 'injectFired': {
      const name = injectName(s, e.inject, lang, undefined, e.injectKind);
      const why = e.because ? `${z('（', ' (')}${becauseText(s, e.because, lang)}${z('）', ')')}` : '';
      return line('inject', ['注入', 'Inject'], e.expected ? `${name}${why}${z('；预期：', '; expected: ')}${L(e.expected)}` : `${name}${why}`, true);
    }
    case 'scriptChanged': return line('inject', ['脚本', 'Script'], `${SCRIPT_CHANGE[e.change][en ? 1 : 0]}${z('：', ': ')}${injectName(s, e.inject, lang)}`, true);
    case 'roadClosed':
      if (isHazardRoadChange(e)) return null;
      return line('road', ['道路中断', 'Road closed'], `${roadsText(s, e.edges, lang)}${e.reason ? z(`（${L(e.reason)}）`, ` (${L(e.reason)})`) : ''}`);
    case 'roadOpened':
      if (isHazardRoadChange(e)) return null;
      return line('road', ['道路恢复', 'Road open'], z(`${roadsText(s, e.edges, lang)} 恢复通行`, `${roadsText(s, e.edges, lang)} open again`));
    case 'unitTurningOut': return e.departAt === null
      ? line('force', ['派出任务', 'Task sent'], z(`${T(e.unit)} → ${P(e.destination)}，待队伍接受任务后出动`, `${T(e.unit)} → ${P(e.destination)}, sets out once the team accepts`))
      : line('force', ['出动', 'Turning out'], z(`${T(e.unit)} → ${P(e.destination)}，${C(e.departAt)} 出发`, `${T(e.unit)} → ${P(e.destination)}, leaves ${C(e.departAt)}`));
    case 'unitDeparted': return null;
    case 'unitArrived': return line('force', ['到达', 'Arrived'], z(`${T(e.unit)} 抵达 ${P(e.destination)}，途中 ${D(e.travelTime)}`, `${T(e.unit)} reached ${P(e.destination)} after ${D(e.travelTime)}`));
    case 'unitRerouted': return line('force', ['改道', 'Re-routed'], z(`${T(e.unit)} 绕行，预计 ${C(e.eta)} 到达（原 ${C(e.previousEta)}）`, `${T(e.unit)} takes another way, now due ${C(e.eta)} (was ${C(e.previousEta)})`));
    case 'unitStranded': return line('danger', ['受阻', 'Stranded'], z(`${T(e.unit)} 无路可通，前往 ${P(e.destination)} 受阻`, `${T(e.unit)} has no way through to ${P(e.destination)}`));
    case 'unitStoodDown': return line('force', ['待命', 'Standing by'], z(`${T(e.unit)} 原地待命`, `${T(e.unit)} stands by`));
    case 'roadFoundClosed': return line('road', ['路阻', 'Road blocked'], z(`${T(e.unit)} 行至${N(e.node)}，前方道路中断，重新选择路线`, `${T(e.unit)} found the road ahead closed (${N(e.node)}) and re-routes`));
    case 'evacuationOrdered': return line('people', ['转移', 'Evacuation'], z(`${R(e.by)} 下达转移令：${names(e.villages)}`, `${R(e.by)} ordered the evacuation of ${names(e.villages)}`));
    case 'evacueesDeparted': return null;
    case 'evacueesArrived': return line('people', ['安置', 'Sheltered'], z(`${P(e.village)} ${e.people} 人到达 ${P(e.shelter)}`, `${e.people} people of ${P(e.village)} reached ${P(e.shelter)}`), true);
    case 'evacueesPersuaded': return line('people', ['动员', 'Persuaded'], z(`${P(e.village)} ${e.people} 人经入户动员同意转移`, `${e.people} people of ${P(e.village)} agreed to leave after a door-to-door visit`));
    case 'evacueesStranded': return line('danger', ['被困', 'Stranded'], z(`${P(e.village)} ${e.people} 人无法转移（${e.reason === 'noRoute' ? '道路中断' : '避难场所已满'}），需救援`, `${e.people} people of ${P(e.village)} cannot move (${e.reason === 'noRoute' ? 'no road' : 'shelters full'}) and need rescue`));
    case 'suppliesAllocated': return line('supplies', ['物资', 'Supplies'], z(`${R(e.by)} 调拨 ${P(e.depot)} → ${P(e.to)}：${itemsText(e.items, lang)}，${C(e.departAt)} 装车完毕出发`, `${R(e.by)} sends ${itemsText(e.items, lang)} from ${P(e.depot)} to ${P(e.to)}, loaded and leaving ${C(e.departAt)}`));
    case 'suppliesDispatched': return null; // the allocation line gave the departure; the arrival follows
    case 'suppliesArrived': return line('supplies', ['物资送达', 'Supplies in'], z(`${P(e.to)}：${itemsText(e.items, lang)}，途中 ${D(e.travelTime)}`, `${P(e.to)}: ${itemsText(e.items, lang)} after ${D(e.travelTime)} on the road`));
    case 'suppliesStranded': return line('danger', ['物资受阻', 'Convoy stuck'], z(`送往 ${P(e.to)} 的车队无路可通，停在${N(e.node)}`, `The convoy to ${P(e.to)} has no way through and waits ${N(e.node)}`));
    case 'siteSecured': return line('people', ['安置', 'Secured'], z(`${P(e.place)} ${e.people} 人基本生活得到保障（受灾后 ${D(e.after)}）`, `Basic needs of ${e.people} people at ${P(e.place)} are met (${D(e.after)} after they were affected)`));
    case 'warningIssued': return line('warning', ['预警', 'Warning'], z(`${R(e.by)} 发布${warn(e.level)}预警${e.townships.length ? `至 ${names(e.townships)}` : ''}${e.villages.length ? `，直达 ${e.villages.length} 个村` : ''}`, `${R(e.by)} issued a ${warn(e.level)} warning${e.townships.length ? ` to ${names(e.townships)}` : ''}${e.villages.length ? `, straight to ${e.villages.length} village(s)` : ''}`));
    case 'warningDelivered': return line('warning', ['预警送达', 'Warning in'], z(`${warn(e.level)}预警送达 ${P(e.township)}`, `The ${warn(e.level)} warning reached ${P(e.township)}`), true);
    case 'warningAcknowledged': {
      const took = e.waited !== undefined ? z(`（送达后 ${D(e.waited)}）`, ` (${D(e.waited)} after it arrived)`) : '';
      return line('warning', ['叫应', 'Acknowledged'], z(`${P(e.township)} 回复已收到${warn(e.level)}预警${took}`, `${P(e.township)} acknowledged the ${warn(e.level)} warning${took}`));
    }
    case 'warningReachedVillage': return line('warning', ['预警到村', 'Warning in'], z(`${warn(e.level)}预警到达 ${P(e.village)}`, `The ${warn(e.level)} warning reached ${P(e.village)}`), true);
    // Only households left untold are worth a summary line.
    case 'warningReachedHouseholds': return line('warning', ['预警入户', 'Households'], z(`${P(e.village)} 险户 ${e.total} 户中 ${e.reached} 户已通知${e.reached < e.total ? `，${e.total - e.reached} 户未通知到` : ''}`, `${P(e.village)}: ${e.reached} of ${e.total} at-risk households told`), e.reached >= e.total);
    case 'responseLevelChanged': return line('report', ['响应', 'Response'], z(`${R(e.by)} 将响应级别由 ${levelName(e.from, lang)} 调整为 ${levelName(e.to, lang)}`, `${R(e.by)} set the response from ${levelName(e.from, lang)} to ${levelName(e.to, lang)}`));
    // The director plays outside parties (the public, the weather service): the text names the source.
    case 'reportReceived':
      if (e.report.from === 'director') return line('message', ['信息', 'Message'], L(e.report.text));
      return line('report', [reportKindName(e.report.kind, 'zh'), reportKindName(e.report.kind, 'en')], `${R(e.report.from)} → ${R(e.report.to)}${z('：', ': ')}${L(e.report.text)}`);
    case 'rainChanged': {
      // Steps are [seconds after the inject, mm/h].
      const steps = e.series.map(([t, r]) => (t === 0 ? z(`即起 ${r} mm/h`, `${r} mm/h now`) : z(`${D(t)}后 ${r} mm/h`, `${r} mm/h after ${D(t)}`)));
      return line('hazard', ['雨情', 'Rain'], z(`${rainZoneName(s, e.zone, lang)} 实况雨强：${steps.join('，')}`, `Observed rain over ${rainZoneName(s, e.zone, lang)}: ${steps.join(', ')}`));
    }
    case 'weatherChanged': return line('hazard', ['天气', 'Weather'], [
      e.wind ? z(`风速 ${e.wind.speed} m/s，风向 ${e.wind.dir}°`, `wind ${e.wind.speed} m/s toward ${e.wind.dir}°`) : '',
      e.moisture ? z(`死可燃物含水率 ${e.moisture.d1}%`, `dead fuel moisture ${e.moisture.d1}%`) : '',
    ].filter(Boolean).join(z('，', ', ')));
    case 'gaugeThreshold': {
      const onReservoir = s.gauges.find((g) => g.id === e.gauge)?.on === 'reservoir';
      const words = onReservoir ? gaugeReading(s, e.gauge, e.level, e.state, lang) : gaugeCrossingName(e.state, lang);
      return line(gaugeAlarming(s, e.gauge, e.level, e.state) ? 'danger' : 'hazard', ['水情', 'Gauge'], z(`${P(e.gauge)} 水位 ${e.level} m，${words}`, `${P(e.gauge)} at ${e.level} m, ${words}`));
    }
    case 'reservoirOvertopping': return line('danger', ['险情', 'Danger'], z(`${P(e.reservoir)} 水位 ${e.level} m 超过坝顶 ${e.crest} m，漫坝`, `${P(e.reservoir)} at ${e.level} m is over its crest (${e.crest} m)`));
    case 'reservoirRelease': return line('hazard', ['调度', 'Release'], z(`${P(e.reservoir)} 泄量调整为 ${e.rate} m³/s`, `${P(e.reservoir)} releases ${e.rate} m³/s`));
    case 'damBreach': return line('danger', ['溃坝', 'Dam breach'], z(`${P(e.reservoir)} 溃坝，溃口宽约 ${e.width} m，${D(e.formationTime)} 内形成`, `${P(e.reservoir)} dam breach, about ${e.width} m wide, formed within ${D(e.formationTime)}`));
    case 'damDamaged': return line(e.damage === 'minor' ? 'hazard' : 'danger', ['震损', 'Dam damage'], z(
      `${P(e.reservoir)} 大坝${damDamageName(e.damage, lang)}：坝顶沉降约 ${e.settlement} m，纵向裂缝宽约 ${e.crackWidth} mm；安全水位降至 ${e.safeLevel} m（现水位 ${e.level} m）`,
      `${P(e.reservoir)} dam: ${damDamageName(e.damage, lang)}, crest settled about ${e.settlement} m, cracks about ${e.crackWidth} mm wide; safe level now ${e.safeLevel} m (pool at ${e.level} m)`));
    case 'damSafeLevel': return line(e.above ? 'danger' : 'hazard', ['震损', 'Dam damage'], e.above
      ? z(`${P(e.reservoir)} 水位 ${e.level} m 高于震损大坝安全水位 ${e.safeLevel} m`, `${P(e.reservoir)} at ${e.level} m is above the damaged dam's safe level (${e.safeLevel} m)`)
      : z(`${P(e.reservoir)} 水位 ${e.level} m 已降至震损大坝安全水位 ${e.safeLevel} m 以下`, `${P(e.reservoir)} at ${e.level} m is down below the damaged dam's safe level (${e.safeLevel} m)`));
    case 'leveeBreach': return line('danger', ['溃堤', 'Levee breach'], z(`${P(e.levee)} 于 ${km(e.x, e.y)} 溃堤，${D(e.formation)} 内冲开`, `${P(e.levee)} breached at ${km(e.x, e.y)}, opening within ${D(e.formation)}`));
    case 'leveeOvertopping': return line('danger', ['漫堤', 'Overtopping'], z(`${P(e.levee)} 洪水漫堤`, `Water over ${P(e.levee)}`));
    case 'peopleTrapped': return line('danger', ['被困', 'Trapped'], z(`${P(e.village)} ${e.people} 人${e.cause === 'fire' ? '被山火围困' : e.cause === 'collapse' ? '被倒塌房屋埋压' : e.cause === 'cutOff' ? '被困（道路冲断，无法自行撤离）' : `被洪水围困（危险度 HR ${e.hazardRating}）`}，需救援`, `${e.people} people trapped at ${P(e.village)} (${e.cause === 'fire' ? 'fire' : e.cause === 'collapse' ? 'buried under collapsed houses' : e.cause === 'cutOff' ? 'cut off' : `flood, hazard rating ${e.hazardRating}`}); rescue needed`));
    case 'casualties': return line('danger', ['伤亡', 'Casualties'], z(`${P(e.village)}${e.cause === 'fire' ? '山火' : e.cause === 'quake' ? '地震' : '洪水'}致 ${hurtText(e.injured, e.dead, 'zh')}`, `${P(e.village)}: ${hurtText(e.injured, e.dead, 'en')} by the ${e.cause === 'fire' ? 'fire' : e.cause === 'quake' ? 'earthquake' : 'flood'}`));
    case 'peopleRescued': return line('people', ['营救', 'Rescued'], z(`${T(e.unit)} 从 ${P(e.village)} 救出 ${e.people} 人${e.shelter ? `，送往 ${P(e.shelter)}` : ''}`, `${T(e.unit)} rescued ${e.people} people from ${P(e.village)}${e.shelter ? ` to ${P(e.shelter)}` : ''}`));
    case 'injuredTreated': return line('people', ['救治', 'Treated'], z(`${T(e.unit)} 在 ${P(e.village)} 救治转运伤员 ${e.people} 人`, `${T(e.unit)} treated ${e.people} injured at ${P(e.village)}`));
    case 'taskFailed': return line('danger', ['任务失败', 'Task failed'], `${T(e.unit)}${z('：', ': ')}${taskFailureName(e.reason, lang)}${z(`（${taskKindLabel(e.task, lang)}）`, ` (${taskKindLabel(e.task, lang)})`)}`);
    case 'teamFatigued': return line('force', ['疲劳', 'Fatigue'], z(`${T(e.unit)} 已连续作业 ${e.hoursOnDuty} 小时，效率下降，需轮换休整`, `${T(e.unit)} has worked ${e.hoursOnDuty} h and needs relief`));
    case 'shelterOpened': return line('people', ['避难场所', 'Shelter'], z(e.by === 'onArrival' ? `${P(e.shelter)} 群众到达时才临时启用（容量 ${e.capacity} 人）` : `${R(e.by)} 启用 ${P(e.shelter)}（容量 ${e.capacity} 人）`, `${P(e.shelter)} opened ${e.by === 'onArrival' ? 'only as people arrived' : `by ${R(e.by)}`} (room for ${e.capacity})`));
    case 'taskDeclined': return line('force', ['拒绝任务', 'Declined'], `${T(e.unit)}${z('：', ': ')}${L(e.reason)}`);
    case 'placeFlooded': return line('danger', ['受淹', 'Flooded'], z(`${P(e.place)} 积水 ${e.depth} m`, `${P(e.place)} under ${e.depth} m of water`));
    case 'placeDrained': return line('hazard', ['退水', 'Drained'], P(e.place));
    case 'fireIgnited': return line('danger', ['起火', 'Ignition'], z(`${fireName(e.fire, lang)} 于 ${km(e.x, e.y)} 起火（${fireCauseName(e.cause, lang)}；仅导调可见）`, `${fireName(e.fire, lang)} started at ${km(e.x, e.y)} (${fireCauseName(e.cause, lang)}; director only)`));
    case 'fireDetected': return line('danger', ['火情', 'Fire'], z(`发现 ${fireName(e.fire, lang)}（${fireFinderName(s, e.by, lang)}），过火约 ${e.burnedHa} 公顷`, `${fireName(e.fire, lang)} found (${fireFinderName(s, e.by, lang)}), about ${e.burnedHa} ha burned`));
    case 'placeThreatenedByFire': return line('danger', ['火险', 'Fire near'], z(`山火逼近 ${P(e.place)}，距离 ${e.distance} m`, `Fire ${e.distance} m from ${P(e.place)}`));
    case 'slide': if (e.slide === 'treesDown') return line('danger', ['树木倒伏', 'Trees down'], z(`${N(e.node)}大风刮倒树木、广告牌，阻断 ${roadsText(s, e.edges, lang)}`, `${N(e.node)}: trees and signboards blown down, cutting ${roadsText(s, e.edges, lang)}`));
      return line('danger', [e.slide === 'debrisFlow' ? '泥石流' : '滑坡', e.slide === 'debrisFlow' ? 'Debris flow' : 'Landslide'], z(`${N(e.node)}，阻断 ${roadsText(s, e.edges, lang)}${e.threatened.length ? `，威胁 ${e.threatened.map(P).join('、')}` : ''}`, `${N(e.node)}, cuts ${roadsText(s, e.edges, lang)}${e.threatened.length ? `; threatens ${e.threatened.map(P).join(', ')}` : ''}`));
    case 'slideCleared': return line('road', ['抢通', 'Cleared'], e.slide === 'treesDown' ? z(`${N(e.node)}倒伏树木已清理`, `The fallen trees ${N(e.node)} are cleared`) : z(`${N(e.node)}塌方已清理`, `The slide ${N(e.node)} is cleared`));
    case 'earthquake': return line('danger', ['地震', 'Earthquake'], z(`Ms ${e.magnitude} 级地震，震中 ${km(e.x, e.y)}，震源深度 ${Math.round(e.depth / 1000)} km，震中烈度 ${romanIntensity(e.intensity)} 度`, `Ms ${e.magnitude} earthquake, epicentre ${km(e.x, e.y)}, focal depth ${Math.round(e.depth / 1000)} km, epicentral intensity ${romanIntensity(e.intensity)}`));
    case 'aftershock': return line('danger', ['余震', 'Aftershock'], z(`Ms ${e.magnitude} 级余震，震中 ${km(e.x, e.y)}，震源深度 ${Math.round(e.depth / 1000)} km，震中烈度 ${romanIntensity(e.intensity)} 度`, `Ms ${e.magnitude} aftershock, epicentre ${km(e.x, e.y)}, focal depth ${Math.round(e.depth / 1000)} km, epicentral intensity ${romanIntensity(e.intensity)}`));
    case 'bridgeDown': return line('danger', ['桥梁震损', 'Bridge down'], z(`${bridgeName(s, e.bridge, lang)}震损垮塌，阻断 ${roadsText(s, e.edges, lang)}（仅导调可见）`, `${bridgeName(s, e.bridge, lang)} down in the earthquake, cutting ${roadsText(s, e.edges, lang)} (director only)`));
    case 'bridgeRepaired': return line('road', ['抢通', 'Cleared'], z(`${bridgeName(s, e.bridge, lang)}应急便桥架设完成，恢复通行`, `An emergency bridge at ${bridgeName(s, e.bridge, lang)} is up; the road is open`));
    case 'quakeVillageReport': return line('danger', ['灾情', 'Damage'], quakeVillageReportText(e, P(e.village), lang));
    case 'villageIsolated': return line('danger', ['孤岛', 'Cut off'], z(`${P(e.village)}（${e.people} 人）断水、断电、断路、断通信，靠储备生活，约可维持 ${e.stockDays} 天`, `${P(e.village)} (${e.people} people) has lost water, power, road and communications and lives on its stocks: about ${e.stockDays} days left`));
    case 'villageStocks': return line('danger', ['孤岛', 'Cut off'], z(`${P(e.village)} 仍与外界隔绝，储备约剩 ${e.stockDays} 天`, `${P(e.village)} is still cut off; about ${e.stockDays} days of stocks left`));
    case 'villageReconnected': return line('people', ['恢复联系', 'Reconnected'], z(`${P(e.village)} 恢复与外界联系`, `${P(e.village)} is back in touch`));
    case 'outage': return line('danger', [e.services.map((o) => outageName(o, 'zh')).join('、'), e.services.map((o) => outageName(o, 'en')).join(', ')], P(e.place));
    case 'playedChanged': return line('other', ['角色', 'Role'], z(`${R(e.role)} 改由${e.played ? '人员' : '自动推演'}扮演`, `${R(e.role)} is now played by ${e.played ? 'a person' : 'the autopilot'}`), true);
    case 'taskAssigned': return line('force', ['任务', 'Task'], z(`${R(e.by)} 向 ${T(e.unit)} 下达任务：${taskWithLabel(e.task, e.label, lang)}，地点 ${P(e.to)}`, `${R(e.by)} tasks ${T(e.unit)}: ${taskWithLabel(e.task, e.label, lang)} at ${P(e.to)}`));
    case 'taskReplied': {
      const after = z(`（用时 ${D(e.waited)}）`, ` (after ${D(e.waited)})`);
      const notThere = e.reply === 'arrived' && !e.onScene ? z('，但队伍实际尚未到场', ', though the team is not there yet') : '';
      return line(e.reply === 'help' || e.reply === 'decline' ? 'danger' : 'force', ['任务反馈', 'Task reply'], `${T(e.unit)} ${taskReplyName(e.reply, lang)}${e.reason ? z('：', ': ') + L(e.reason) : ''}${after}${notThere}`);
    }
    case 'chemicalRelease': {
      const site = chemicalSiteName(s, e.site, lang);
      return line('danger', ['危化品', 'Hazmat'], z(`${site} 发生${substanceName(e.substance, 'zh')}${releaseCauseName(e.cause, 'zh')}`, `${substanceName(e.substance, 'en')} ${releaseCauseName(e.cause, 'en')} at ${site}`));
    }
    case 'gasAtVillage': return line('danger', ['毒气', 'Gas'], z(`${P(e.village)} 群众闻到刺激性气味，有人咳嗽、流泪`, `People at ${P(e.village)} smell the gas; some cough, eyes streaming`));
    case 'gasCasualties': return line('danger', ['伤亡', 'Casualties'], z(`${P(e.village)} 有毒气体致 ${e.injured} 人中毒受伤${e.dead ? `、${e.dead} 人死亡` : ''}`, `${P(e.village)}: ${e.injured} poisoned${e.dead ? `, ${e.dead} dead` : ''} by the gas`));
    case 'zoneMeasured': return line('hazard', ['侦检', 'Detection'], z(
      `${T(e.unit)} 侦检：${chemicalSiteName(s, e.site, lang)}下风向${e.reach.map((r) => r.reach > 0 ? `${zoneTierName(r.tier, 'zh')}约 ${r.reach} 米` : `${zoneTierName(r.tier, 'zh')}未检出`).join('，')}`,
      `${T(e.unit)} measured downwind of ${chemicalSiteName(s, e.site, lang)}: ${e.reach.map((r) => r.reach > 0 ? `${zoneTierName(r.tier, 'en')} about ${r.reach} m` : `${zoneTierName(r.tier, 'en')} none`).join(', ')}`));
    case 'leakIsolated': return line('hazard', ['堵漏', 'Isolated'], z(`${T(e.unit)} 完成关阀堵漏，${chemicalSiteName(s, e.site, lang)}泄漏已控制`, `${T(e.unit)} isolated the leak at ${chemicalSiteName(s, e.site, lang)}`));
    case 'shelterInPlaceOrdered': return line('people', ['就地避险', 'Shelter in place'], z(`${R(e.by)} 下令 ${e.villages.map(P).join('、')} 关闭门窗、就地避险`, `${R(e.by)} orders ${e.villages.map(P).join(', ')} to shelter in place`));
    case 'typhoonBulletin': case 'boatsRecalled': case 'boatsBack': case 'boatsOut': {
      const l = typhoonEventLine(s, e);
      return l && line(l.cat, l.tag, z(...l.text));
    }
    case 'siteEvacuationStarted': case 'siteExitBlocked': case 'siteCrushInjuries': case 'siteCleared': case 'siteStalled': {
      const t = siteEventText(s, e, lang);
      return { cat: t.cat, tag: t.tag, text: t.text };
    }
    case 'mainBurst': case 'valveClosed': case 'mainIsolated': case 'mainRepaired': case 'citizenCalls': case 'streetFlooded': case 'streetDrained': {
      const w = waterMainLine(s, e, lang);
      return w ? line(w.cat, w.tag, w.text, w.minor) : null;
    }
    case 'serviceRestored': return line('hazard', ['恢复', 'Restored'], z(`${P(e.place)} ${e.services.map((o) => serviceName(o, lang)).join('、')}恢复`, `${P(e.place)}: ${e.services.map((o) => serviceName(o, lang)).join(', ')} back`));
  }
  return null;
}

/** Event kinds a player's inbox flags as new (the rest go to the event log only). */
export const INBOX_KINDS: ReadonlySet<string> = new Set([
  'message', 'reportReceived', 'warningIssued', 'warningAcknowledged', 'evacuationOrdered', 'peopleTrapped', 'casualties', 'evacueesStranded',
  'taskFailed', 'taskDeclined', 'unitStranded', 'unitArrived', 'fireDetected', 'placeThreatenedByFire', 'slide', 'outage', 'gaugeThreshold',
  'reservoirOvertopping', 'damBreach', 'leveeBreach', 'roadClosed', 'roadOpened', 'responseLevelChanged', 'placeFlooded', 'suppliesArrived',
  'suppliesStranded', 'siteSecured', 'peopleRescued', 'injectFired', 'fireIgnited', 'teamFatigued', 'shelterOpened',
  'warningDelivered', 'taskAssigned', 'taskReplied',
  'chemicalRelease', 'gasAtVillage', 'gasCasualties', 'zoneMeasured', 'leakIsolated', 'shelterInPlaceOrdered',
  'warningDelivered', 'taskAssigned', 'taskReplied', 'damDamaged', 'damSafeLevel',
  'typhoonBulletin', 'boatsRecalled', 'boatsBack', 'boatsOut',
  'siteEvacuationStarted', 'siteExitBlocked', 'siteCrushInjuries', 'siteCleared', 'siteStalled',
  'mainBurst', 'mainIsolated', 'mainRepaired', 'citizenCalls', 'streetFlooded',
  'quakeVillageReport', 'villageIsolated', 'villageStocks', 'villageReconnected', 'aftershock', 'bridgeRepaired',
]);

/** Whether an event belongs in the inbox (cheap: no text is built). */
export function inInbox(e: EventEntry): boolean {
  return INBOX_KINDS.has(e.kind) && !isHazardRoadChange(e);
}
