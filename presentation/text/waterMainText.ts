// The wording of the water-main events (供水管线爆裂, hazards/waterMain/): the burst, each valve
// closed, the flow stopped, the repair done and water back, the street flooded and drained, and
// the citizens' 12345 calls.
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Lang } from './lang.ts';
import { durationText } from './clock.ts';
import { localText } from './lang.ts';
import { teamName, valveName, waterMainName, waterZoneName } from './names.ts';
import { nodeName } from './roadNames.ts';

type Category = 'danger' | 'hazard' | 'force' | 'message';
export interface WaterMainLine { cat: Category; tag: [string, string]; text: string; minor?: boolean }

export function waterMainLine(s: Scenario, e: EventEntry, lang: Lang): WaterMainLine | null {
  const en = lang === 'en';
  const z = (zh: string, eng: string) => (en ? eng : zh);
  const M = (id: string) => waterMainName(s, id, lang), Z = (ids: string[]) => ids.map((x) => waterZoneName(s, x, lang)).join(z('、', ', '));
  const T = (id: string) => teamName(s, id, lang);
  const op = s.waterNetwork ? localText(s.waterNetwork.operator, lang) : '';
  switch (e.kind) {
    case 'mainBurst': {
      const perHour = Math.round(e.flow * 3600);
      return { cat: 'danger', tag: ['爆管', 'Main burst'], text: z(
        `${M(e.main)}在${nodeName(s, e.node, lang)}爆裂，出水约 ${e.flow} m³/s（每小时约 ${perHour} m³），路面积水；${Z(e.zones)}停水`,
        `${M(e.main)} burst ${nodeName(s, e.node, lang)}: about ${e.flow} m³/s (${perHour} m³ an hour) into the street; no water in ${Z(e.zones)}`) };
    }
    case 'valveClosed': return { cat: 'force', tag: ['关阀', 'Valve'], text: z(`${T(e.unit)} 关闭${valveName(s, e.valve, lang)}（${M(e.main)}）`, `${T(e.unit)} closed ${valveName(s, e.valve, lang)} (${M(e.main)})`) };
    case 'mainIsolated': return { cat: 'hazard', tag: ['止水', 'Isolated'], text: z(
      `${M(e.main)}关阀完毕，爆管处停止出水（累计流失约 ${e.released} m³）；抢修完成前停水区仍无水`,
      `${M(e.main)} is isolated and the burst has stopped (about ${e.released} m³ lost); no water returns until it is repaired`) };
    case 'mainRepaired': return { cat: 'hazard', tag: ['恢复供水', 'Water back'], text: z(
      `${T(e.unit)} 完成${M(e.main)}抢修，${e.zones.length ? `${Z(e.zones)}恢复供水` : '其他爆管处未修复，停水区暂未恢复'}（停水 ${e.outageHours} 小时）`,
      `${T(e.unit)} repaired ${M(e.main)}; ${e.zones.length ? `water back in ${Z(e.zones)}` : 'another burst still cuts the zones'} (${e.outageHours} h without water)`) };
    case 'streetFlooded': return { cat: 'danger', tag: ['路面积水', 'Street flooded'], text: z(
      `${M(e.main)}爆管处（${nodeName(s, e.node, lang)}）路面积水超过 30 厘米（爆管处水深约 ${e.depth} m，积水路段约 ${e.length} m），车辆行人不宜通行`,
      `The street at the ${M(e.main)} burst ${nodeName(s, e.node, lang)} is under more than 30 cm of water (about ${e.depth} m at the burst, ${e.length} m of street); not passable for cars or people on foot`) };
    case 'streetDrained': return { cat: 'hazard', tag: ['积水消退', 'Street drained'], text: z(
      `${M(e.main)}爆管处（${nodeName(s, e.node, lang)}）路面积水已退至 30 厘米以下`,
      `The water on the street at the ${M(e.main)} burst ${nodeName(s, e.node, lang)} has fallen below 30 cm`) };
    // Every half hour per dry zone: the console's log and inbox carry each, a summary does not.
    case 'citizenCalls': return { cat: 'message', tag: ['12345', '12345'], minor: true, text: z(
      `12345热线：${Z([e.zone])}群众反映停水来电 ${e.calls} 个（累计 ${e.total} 个，已停水${durationText(e.dryFor, lang)}）${op ? `，请${op}和属地尽快处置` : ''}`,
      `12345 hotline: ${e.calls} calls about no water in ${Z([e.zone])} (${e.total} so far, dry for ${durationText(e.dryFor, lang)})`) };
  }
  return null;
}
