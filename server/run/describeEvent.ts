// One line of Chinese for a log event, for the run summary and the terminal.
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { placeIndex } from '../../sim-core/world/placeIndex.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';

const LEVEL_ZH: Record<string, string> = { none: '未启动', IV: 'Ⅳ级', III: 'Ⅲ级', II: 'Ⅱ级', I: 'Ⅰ级' };
const REPORT_ZH: Record<string, string> = { initial: '初报', update: '续报', final: '终报', request: '请示', instruction: '指示' };

export function placeName(s: Scenario, label: string): string {
  if (label.startsWith('node:')) return `路网节点${label.slice(5)}`;
  return placeIndex(s).place.get(label)?.name.zh ?? label;
}

export function teamName(s: Scenario, id: string): string {
  return placeIndex(s).team.get(id)?.name.zh ?? id;
}

function roleName(s: Scenario, role: string): string {
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
    case 'roadClosed': return `[道路中断] ${e.edges.length} 段${e.reason ? `（${e.reason.zh}）` : ''}`;
    case 'roadOpened': return `[道路恢复] ${e.edges.length} 段`;
    case 'unitTurningOut': return `[出动] ${teamName(s, e.unit)} → ${placeName(s, e.destination)}，${clock(e.departAt)} 出发`;
    case 'unitArrived': return `[到达] ${teamName(s, e.unit)} 抵达 ${placeName(s, e.destination)}，途中 ${formatDuration(e.travelTime)}`;
    case 'unitRerouted': return `[改道] ${teamName(s, e.unit)} 绕行，预计 ${clock(e.eta)} 到达（原 ${clock(e.previousEta)}）`;
    case 'unitStranded': return `[受阻] ${teamName(s, e.unit)} 无路可通，前往 ${placeName(s, e.destination)} 受阻`;
    case 'responseLevelChanged': return `[响应] ${roleName(s, e.by)} 将响应级别由 ${LEVEL_ZH[e.from]} 调整为 ${LEVEL_ZH[e.to]}`;
    case 'reportReceived': return `[报告] ${roleName(s, e.report.from)} → ${roleName(s, e.report.to)}（${REPORT_ZH[e.report.kind]}）：${e.report.text.zh}`;
    case 'injectFired':
    case 'unitDeparted':
      return null;
  }
}
