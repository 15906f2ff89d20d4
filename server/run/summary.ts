// The readable summary of a headless run (what `npm start` prints).
import type { Sim } from '../../sim-core/sim.ts';
import type { Kpis } from '../../sim-core/metrics.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';
import type { Rejected } from './headless.ts';
import type { HazardKpis } from '../../sim-core/hazards/hazardKpis.ts';
import { eventSentence } from '../../presentation/text/eventText.ts';
import { foldedEventLines } from '../../presentation/text/eventFold.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { placeName } from '../../presentation/text/names.ts';
import { clockLabel } from '../../presentation/text/clock.ts';

const describePlace = (sim: Sim, id: string) => placeName(sim.scenario, id, 'zh');

export function formatSummary(sim: Sim, kpis: Kpis & { injectsTotal: number; hazards: HazardKpis }, rejected: Rejected[], wallSeconds: number, hash: string): string {
  const s = sim.scenario;
  const clock = (t: number) => clockLabel(s, t, true);
  const lines: string[] = [];
  lines.push(`推演 tuiyan — ${s.name.zh}${s.name.en ? ` (${s.name.en})` : ''}，随机种子 seed ${sim.seed}`);
  lines.push(`模拟 ${formatDuration(sim.state.t)}：${clock(0)} → ${clock(sim.state.t)}，${sim.state.t} 个时间步，耗时 ${wallSeconds.toFixed(2)} s`);
  lines.push('');
  lines.push('态势时间线 Timeline');
  const events = sim.state.log.filter((e): e is EventEntry => e.entry === 'event');
  for (const { t, line } of foldedEventLines(s, events, 'zh')) lines.push(`  ${clock(t)}  ${eventSentence(line)}`);
  lines.push('');
  lines.push('概况 Summary');
  lines.push(`  响应级别 response level: ${kpis.responseLevel}`);
  lines.push(`  注入事件 injects fired: ${kpis.injectsFired}/${kpis.injectsTotal}`);
  lines.push(`  指令 commands: ${kpis.commands}（调派 ${kpis.ordersToTeams}）${rejected.length ? `，被拒绝 ${rejected.length}` : ''}`);
  lines.push(`  队伍 teams: ${Object.entries(kpis.unitsByStatus).map(([k, v]) => `${k} ${v}`).join('，')}`);
  if (kpis.arrivals) lines.push(`  到达 arrivals: ${kpis.arrivals}，平均途中 ${formatDuration(kpis.meanTravelTime!)}，最长 ${formatDuration(kpis.maxTravelTime!)}`);
  lines.push(`  中断路段 closed road edges: ${kpis.roadEdgesClosed}`);
  lines.push(`  信息报送 reports: ${kpis.reports}`);
  const ev = kpis.evacuation;
  if (ev.ordered) lines.push(`  转移 evacuation: 应转移 ${ev.ordered} 人，已安置 ${ev.sheltered}，途中 ${ev.moving}，待出发 ${ev.waiting}，拒绝转移 ${ev.refusing}，待帮扶（独居老人、失能）${ev.needsHelp}，被困 ${ev.stranded}`);
  lines.push(`  预警 warnings: ${kpis.villagesWarned} 个村收到，险户 ${kpis.householdsAtRisk} 户中 ${kpis.householdsWarned} 户已通知`);
  const h = kpis.hazards;
  const rain = Object.entries(h.rainTotalMm);
  if (rain.length) lines.push(`  累计雨量 rain: ${rain.map(([z, mm]) => `${z} ${mm} mm`).join('，')}`);
  if (rain.length) lines.push(`  受淹 flooded: 村 ${h.villagesFlooded}，避难场所 ${h.sheltersFlooded}，储备库 ${h.depotsFlooded}${h.deepestVillage ? `；最深 ${describePlace(sim, h.deepestVillage.place)} ${h.deepestVillage.depth} m` : ''}；积水断路峰值 ${h.roadEdgesFloodedPeak} 段；水位超警 ${h.gaugeAlarms} 次`);
  for (const r of h.reservoirs.filter((x) => x.overtopped || x.breached)) lines.push(`  水库 reservoir: ${describePlace(sim, r.id)} 最高水位 ${r.peakLevel} m（坝顶 ${r.damCrest} m）${r.overtopped ? '，漫坝' : ''}${r.breached ? '，溃坝' : ''}`);
  if (h.slides) lines.push(`  滑坡泥石流 slides: ${h.slides} 处，未抢通 ${h.slidesOpen} 处；断电断水断通信 outages: ${h.placesWithOutage} 处`);
  if (h.fires) lines.push(`  山火 fires: ${h.fires} 起，发现 ${h.firesDetected} 起，过火 ${h.burnedHa} 公顷`);
  for (const r of rejected) lines.push(`  被拒绝 rejected: 第 ${r.line} 行 ${String(r.type)} (${r.reason}): ${r.message}`);
  lines.push('');
  lines.push(`状态哈希 stateHash: ${hash}`);
  return lines.join('\n');
}
