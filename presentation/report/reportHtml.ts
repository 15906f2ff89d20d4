// The after-action report (评估报告) as one self-contained HTML file in Chinese: summary and
// grade, the requirement timeline, outcome measures over time, capability ratings, findings with
// the time to replay from, and situation maps at key moments. Charts are inline SVG and maps
// inline PNG, so the file opens anywhere and prints to PDF from a browser (A4, page breaks).
import { citationText } from '../text/citationText.ts';
import type { ScoreReport } from '../../sim-core/score/score.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { MetricSample } from '../../sim-core/metricsSampler.ts';
import type { EventEntry, LogEntry } from '../../sim-core/log.ts';
import { esc, linesSvg, timelineSvg } from './svg.ts';
import { mapLegendSvg } from './mapLegend.ts';
import type { LegendGroup } from '../map/situationLegend.ts';
import { closestApproach } from '../../sim-core/hazards/typhoon/track.ts';
import { eventSentence } from '../text/eventText.ts';
import { foldedEventLines } from '../text/eventFold.ts';
import { placeName, roleName } from '../text/names.ts';
import { clockLabel } from '../text/clock.ts';
import { VERDICT_ZH, verdictTally } from './scoreText.ts';
import { CAPABILITY_NAMES } from '../../sim-core/plan/plan.ts';
import { consultSectionHtml } from './consultSection.ts';
import { graded } from '../../sim-core/score/verdict.ts';
import { capHtml, correctiveActionsHtml, findingsHtml, notesHtml, REPORT_SECTIONS, resultsByCapabilityHtml } from './reportSections.ts';

/** Row class of a verdict in the requirement table. */
const VERDICT_CLASS = { onTime: 'ok', late: 'late', notDone: 'bad', pending: 'idle', notTriggered: 'idle' } as const;
const RATING_TEXT = { P: 'P 完成且无挑战', S: 'S 完成但有一些挑战', M: 'M 完成但有重大挑战', U: 'U 未能完成' } as const;

/** What the report's key events list: the disasters' turns, the script's injects, people in danger. */
const KEY_EVENT_KINDS: readonly string[] = ['earthquake', 'aftershock', 'damDamaged', 'bridgeDown', 'bridgeRepaired', 'injectFired', 'peopleTrapped', 'casualties', 'leveeBreach', 'damBreach', 'fireDetected', 'reservoirOvertopping'];

/**
 * Map moments: every 6 h of the run, and its end; on a typhoon day also the storm's closest
 * approach to the district's centre (closestApproach), when the wind circles are widest over it.
 */
export function reportMapTimes(until: number, scenario?: Scenario): number[] {
  const out: number[] = [];
  for (let t = 6 * 3600; t < until; t += 6 * 3600) out.push(t);
  out.push(until);
  const closest = scenario?.typhoon ? closestApproach(scenario.typhoon.track, scenario.grid.width * scenario.grid.cellSize / 2, scenario.grid.height * scenario.grid.cellSize / 2) : null;
  if (closest !== null && closest > 0 && closest < until && !out.includes(closest)) out.push(closest);
  return out.sort((a, b) => a - b);
}

export interface ReportInput {
  report: ScoreReport;
  plan: Plan;
  scenario: Scenario;
  seed: number;
  series: readonly MetricSample[];
  log: readonly LogEntry[];
  /** The situation maps of key moments, each with the legend of the layers it draws (situationLegend.ts). */
  maps: { t: number; png: Uint8Array; legend?: readonly LegendGroup[] }[];
  kpis: unknown;
}

/** Base64 with `btoa`, which Node, pages and workers all have. */
function b64(png: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < png.length; i += 0x8000) bin += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function renderReportHtml(input: ReportInput): string {
  const { report: r, plan, scenario, seed, series, log, maps } = input;
  const hm = (t: number | null) => (t === null ? '—' : clockLabel(scenario, t));
  const hourLabel = (h: number) => clockLabel(scenario, h * 3600).slice(6, 11);
  const triggered = r.requirements.filter((x) => x.verdict !== 'notTriggered' && x.verdict !== 'pending');
  const timeline = timelineSvg(triggered.map((x) => ({
    label: x.name.zh.slice(0, 28), trigger: x.triggerAt!, deadline: x.deadline!, done: x.doneAt, verdict: x.verdict as 'onTime' | 'late' | 'notDone',
  })), r.end, hourLabel);
  const pts = (k: keyof MetricSample) => series.map((s) => [s.t, s[k] as number] as [number, number]);
  const people = linesSvg([
    { label: '已安全转移/救出', colour: '#2e7d32', points: pts('evacuated') },
    { label: '处于危险中', colour: '#c62828', points: pts('inDanger') },
    { label: '受伤', colour: '#ef6c00', points: pts('injured') },
    { label: '死亡', colour: '#000000', points: pts('dead') },
  ], r.end, hourLabel, '人');
  const forces = linesSvg([
    { label: '出动队伍', colour: '#1565c0', points: pts('unitsOut') },
    { label: '受阻队伍', colour: '#c62828', points: pts('unitsStranded') },
  ], r.end, hourLabel, '支') + linesSvg([
    { label: '中断路段', colour: '#6d4c41', points: pts('closedEdges') },
  ], r.end, hourLabel, '段');
  const supplies = supplyRows(log, scenario, hm);
  const reqRows = r.requirements.map((x) => `<tr class="${VERDICT_CLASS[x.verdict]}"><td>${esc(x.name.zh)}</td><td>${esc(roleName(scenario, x.role, 'zh'))}</td><td>${esc(CAPABILITY_NAMES[x.capability].zh)}</td>` +
    `<td>${hm(x.triggerAt)}</td><td>${hm(x.deadline)}</td><td>${hm(x.doneAt)}</td><td>${x.margin === null ? '—' : `${Math.round(x.margin / 60)} 分`}</td>` +
    `<td>${VERDICT_ZH[x.verdict]}</td><td class="src">${esc(citationText(x.source, 'zh'))}</td></tr>`).join('\n');
  const capRows = r.capabilities.map((c) => `<tr><td>${esc(c.name.zh)}</td><td class="rating r${c.rating}">${c.rating ? RATING_TEXT[c.rating] : '—'}</td><td>${c.triggered}</td><td>${(c.credit * 100).toFixed(0)}%</td></tr>`).join('\n');
  const findings = r.findings.map((f) => `<li><span class="tag">${f.class}</span> ${esc(f.text.zh)} <span class="replay" title="tuiyan replay log.jsonl --until ${f.replayAt}s">复盘：回放至 ${hm(f.replayAt)}</span></li>`).join('\n');
  const targets = r.targets.map((t) => `<tr class="${t.met ? 'ok' : 'bad'}"><td>${esc(t.name.zh)}${t.within ? `（时限 ${Math.round(t.within / 3600 * 10) / 10} 小时）` : ''}</td><td>≤ ${t.target}</td><td>${t.actual ?? '未测'}</td><td>${t.actual === null ? '未测' : t.met ? '达标' : '未达标'}</td><td>${t.cap ?? '—'}</td></tr>`).join('');
  const keyEvents = foldedEventLines(scenario, log.filter((e): e is EventEntry => e.entry === 'event' && KEY_EVENT_KINDS.includes(e.kind)), 'zh')
    .slice(0, 40).map(({ t, line }) => `<li>${hm(t)} ${esc(eventSentence(line))}</li>`).join('');
  const mapFigs = maps.map((m) => `<figure><img alt="态势图 ${hm(m.t)}" src="data:image/png;base64,${b64(m.png)}"><figcaption>态势图 ${hm(m.t)}（水深蓝色，火场红色，中断道路红线）</figcaption>${mapLegendSvg(m.legend ?? [])}</figure>`).join('\n');

  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(plan.name.zh)} — 演练评估报告</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1000px;color:#222;line-height:1.5}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #1565c0;padding-bottom:2px;margin-top:28px}
.meta{color:#555;font-size:13px}.score{display:flex;gap:24px;align-items:center;margin:16px 0}
.big{font-size:48px;font-weight:700;color:#1565c0}.grade{font-size:28px;font-weight:700}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{border:1px solid #ccc;padding:3px 5px;vertical-align:top}th{background:#f0f4f8}
tr.ok td:nth-child(9){color:#2e7d32}tr.late td:nth-child(9){color:#ef6c00}tr.bad td:nth-child(9),tr.bad td:nth-child(4):last-child{color:#c62828;font-weight:700}tr.idle{color:#999}
td.src{font-size:10px;color:#555;max-width:260px}.reqs td:nth-child(3),.reqs td:nth-child(4),.reqs td:nth-child(5),.reqs td:nth-child(6),.reqs td:nth-child(7),.reqs td:nth-child(8),.reqs td:nth-child(9){white-space:nowrap}td.ev{font-size:10px;color:#777}.rating{font-weight:700}.rP{color:#2e7d32}.rS{color:#558b2f}.rM{color:#ef6c00}.rU{color:#c62828}
.tag{display:inline-block;background:#c62828;color:#fff;border-radius:3px;padding:0 4px;font-size:12px}.replay{color:#555;font-size:11px}
figure{margin:8px 0;page-break-inside:avoid}figure img{width:100%;max-width:720px;border:1px solid #ccc}figcaption{font-size:12px;color:#555}
.rules li{font-size:12px;color:#444}
.cap{border:2px solid #c62828;background:#fff3f3;padding:6px 10px;margin:8px 0}.cap ul{margin:4px 0}
.credits{margin:0;padding-left:16px;font-size:11px}.credits .counted{color:#2e7d32}.credits .missed{color:#8d6e63}.who{font-size:10px;color:#666}
tr.obs td{background:#f7f9fc;font-size:11px}.disagree{color:#c62828;font-size:10px;font-weight:400}.tag.cat{background:#1565c0}
table.facts th{width:90px;text-align:left}table.actions td:nth-child(5){white-space:nowrap}
h3{font-size:15px;margin:14px 0 6px}
@media print{table,figure{page-break-inside:auto}tr{page-break-inside:avoid}thead{display:table-header-group}}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}section{page-break-inside:auto}.maps{page-break-before:always}@page{size:A4;margin:14mm}}
</style></head><body>
<header><h1>${esc(plan.name.zh)} — 演练评估报告</h1>
<div class="meta">依据 GB/T 46792-2025 附录 E、AQ/T 9009-2015 7.4 编制</div></header>
<section><h2>${REPORT_SECTIONS[0]}</h2>
${scoreHeadline(r)}
<div>${verdictTally(r)}<br>问题 ${r.findings.length} 项：不足项 ${r.findings.filter((f) => f.class === '不足项').length}，整改项 ${r.findings.filter((f) => f.class === '整改项').length}，改进项 ${r.findings.filter((f) => f.class === '改进项').length}</div></div>
${capHtml(r)}
<table class="facts"><tr><th>情景</th><td>${esc(scenario.name.zh)}，随机种子 ${seed}</td></tr><tr><th>演练时段</th><td>${hm(0)} — ${hm(r.end)}</td></tr>
<tr><th>预案</th><td>${esc(plan.name.zh)}；依据：${esc(citationText(plan.source, 'zh'))}</td></tr>
<tr><th>参演角色</th><td>${esc(participants(scenario, log).join('、') || '—')}</td></tr></table>
<h3>结果指标</h3><table><tr><th>结果指标</th><th>预案目标</th><th>实际</th><th>结论</th><th>未达标时评定上限</th></tr>${targets}</table>
</section>
<section><h2>${REPORT_SECTIONS[1]}</h2>
<p>本次评估结合三种方式：（一）系统按预案要求与推演日志自动评定，每项要求只在其时限到达后评定，未到时限的列为“进行中”，未触发的不计分；（二）评估组按评估指南逐项记录观察时刻、被评估角色、P/S/M/U 评定、亮点与待改进之处，与自动评定不一致时两者并列；（三）参演单位在演练结束后自评。</p>
<ul class="rules">${r.rules.map((x) => `<li>${esc(x.zh)}</li>`).join('')}</ul></section>
<section><h2>${REPORT_SECTIONS[2]}</h2>
<h3>要求时间线（触发 → 时限 → 实际完成）</h3>
<p class="meta">浅蓝条为触发至时限，竖线为时限，圆点为完成时刻（绿：按时，橙：超时），✕ 为到时限仍未完成。</p>
${timeline}
<h3>关键事件</h3><ul>${keyEvents}</ul>
${consultSectionHtml(scenario, log, hm)}
<h3>结果指标随时间变化</h3>${people}${forces}
<h3>救灾物资与基本生活保障</h3>${supplies}
<div class="maps"><h3>关键时刻态势图</h3>${mapFigs}</div></section>
<section><h2>${REPORT_SECTIONS[3]}</h2>
<table><tr><th>能力</th><th>评定</th><th>已到期要求数</th><th>得分率</th></tr>${capRows}</table>
${resultsByCapabilityHtml(scenario, r, log)}
${notesHtml(scenario, r)}</section>
<section><h2>${REPORT_SECTIONS[4]}</h2>${findingsHtml(scenario, r)}</section>
<section><h2>${REPORT_SECTIONS[5]}</h2>${correctiveActionsHtml(scenario, r)}</section>
<section><h2>${REPORT_SECTIONS[6]}</h2><h3>要求一览</h3>
<table class="reqs"><tr><th>要求</th><th>责任方</th><th>能力</th><th>触发</th><th>时限</th><th>完成</th><th>余量</th><th>结论</th><th>预案依据</th></tr>
${reqRows}</table></section>
</body></html>
`;
}

function supplyRows(log: readonly LogEntry[], scenario: Scenario, hm: (t: number | null) => string): string {
  const name = (id: string) => placeName(scenario, id, 'zh');
  const sites = new Map<string, { affected: number; supplied: number | null; secured: number | null }>();
  for (const e of log) {
    if (e.entry !== 'event') continue;
    if (e.kind === 'evacueesArrived' && !sites.has(e.shelter)) sites.set(e.shelter, { affected: e.t, supplied: null, secured: null });
    if (e.kind === 'suppliesArrived') { const s = sites.get(e.to); if (s && s.supplied === null) s.supplied = e.t; }
    if (e.kind === 'siteSecured') { const s = sites.get(e.place); if (s && s.secured === null) s.secured = e.t; }
  }
  if (sites.size === 0) return '<p class="meta">无安置点接收转移群众。</p>';
  const h = (a: number, b: number | null) => (b === null ? '—' : `${((b - a) / 3600).toFixed(1)} h`);
  const rows = [...sites.entries()].map(([id, s]) => `<tr class="${s.supplied !== null && s.supplied - s.affected <= 4 * 3600 ? 'ok' : 'bad'}"><td>${esc(name(id))}</td><td>${hm(s.affected)}</td><td>${hm(s.supplied)}（${h(s.affected, s.supplied)}）</td><td>${hm(s.secured)}（${h(s.affected, s.secured)}）</td></tr>`).join('');
  return `<table><tr><th>安置点</th><th>首批群众到达</th><th>物资送达（目标 4 h）</th><th>基本生活保障（目标 10 h）</th></tr>${rows}</table>`;
}

/** The roles that gave orders or recorded anything in the log, by name. */
function participants(scenario: Scenario, log: readonly LogEntry[]): string[] {
  const roles = new Set<string>();
  for (const e of log) if (e.entry === 'command' && e.role !== 'director') roles.add(e.role);
  return [...roles].sort().map((r) => roleName(scenario, r, 'zh'));
}

/**
 * The score and grade at the top. Before any requirement is due there is nothing to grade: a short
 * drill's report says so instead of a 100 that only means "nothing was due yet" (issue 14).
 */
function scoreHeadline(r: ScoreReport): string {
  const scale = '<div class="meta">满分 100：优秀 ≥ 90，良好 ≥ 75，合格 ≥ 60</div>';
  if (!r.requirements.some((q) => graded(q.verdict))) {
    return `<div class="score"><div class="big">—</div><div><div class="grade">暂不评定</div><div class="meta">截至评估时刻尚无到期的预案要求；结果指标仅作参考。</div>${scale}</div>`;
  }
  return `<div class="score"><div class="big">${r.score}</div><div><div class="grade">${r.grade}</div>${scale}</div>`;
}
