// The validation summary as a self-contained Chinese HTML page.
import type { ValidationSummary } from './aggregate.ts';
import { esc } from '../../presentation/report/svg.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { commandKindName, placeName, rejectionName, roleName } from '../../presentation/text/names.ts';

const OUTCOME_ZH: Record<string, string> = {
  dead: '死亡', injured: '受伤', injuredUntreated: '未救治伤员', rescued: '救出被困群众', evacuated: '安全转移（含救出）', stranded: '结束时仍受阻的转移群众',
};
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const mins = (s: number) => `${Math.round(s / 60)}`;

/**
 * Everything by its Chinese name (requirements numbered, places, roles, orders and reasons from
 * the one wording table): a validation page shows no id. The command that reproduces a run is
 * in the seed's tooltip, for whoever runs it.
 */
export function renderValidationHtml(v: ValidationSummary, planName: string, scenarioName: string, scenario: Scenario): string {
  const P = (id: string) => placeName(scenario, id, 'zh');
  const reqNo = new Map(v.requirements.map((r, k) => [r.id, k + 1]));
  const reqName = (id: string) => { const r = v.requirements.find((x) => x.id === id); return r ? `${reqNo.get(id)}. ${r.name.zh}` : '—'; };
  const reqRows = v.requirements.map((r, k) => `<tr class="${r.shareMet === null ? 'idle' : r.shareMet < 0.9 ? 'bad' : 'ok'}"><td>${k + 1}</td><td>${esc(r.name.zh)}</td><td>${esc(roleText(scenario, r.role))}</td>` +
    `<td>${r.triggered}/${v.runs}</td><td>${pct(r.shareMet)}</td><td>${r.late}</td><td>${r.notDone}</td>` +
    `<td>${r.time ? `${mins(r.time.p10)} / ${mins(r.time.p50)} / ${mins(r.time.p90)}` : '—'}</td></tr>`).join('\n');
  const outRows = Object.entries(v.outcomes).map(([k, s]) => `<tr><td>${esc(OUTCOME_ZH[k] ?? k)}</td><td>${s.min}</td><td>${s.p50}</td><td>${s.p90}</td><td>${s.max}</td><td>${s.mean}</td></tr>`).join('');
  const w = v.weakPoints;
  const list = (items: string[]) => (items.length ? `<ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul>` : '<p class="meta">无</p>');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(planName)} — 预案验证</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:1000px;margin:24px auto;color:#222}h1{font-size:22px}h2{font-size:17px;border-bottom:2px solid #1565c0}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{border:1px solid #ccc;padding:3px 5px}th{background:#f0f4f8}tr.bad td:nth-child(5){color:#c62828;font-weight:700}tr.ok td:nth-child(5){color:#2e7d32}tr.idle{color:#999}.meta{color:#555;font-size:13px}code{font-size:12px}
@media print{@page{size:A4;margin:14mm}}</style></head><body>
<h1>${esc(planName)} — 预案蒙特卡洛验证</h1>
<p class="meta">情景：${esc(scenarioName)}；自动推演全部角色 ${v.runs} 次，随机种子 ${v.seedBase}–${v.seedBase + v.runs - 1}。得分：最低 ${v.score.min}，中位 ${v.score.p50}，最高 ${v.score.max}，平均 ${v.score.mean}。</p>
<h2>一、各项要求的达成率（按时完成 / 触发次数）与用时（分钟，10% / 50% / 90% 分位）</h2>
<table><tr><th>编号</th><th>要求</th><th>责任方</th><th>触发</th><th>按时率</th><th>超时</th><th>未完成</th><th>用时</th></tr>${reqRows}</table>
<h2>二、结果指标分布</h2><table><tr><th>指标</th><th>最小</th><th>中位</th><th>90%分位</th><th>最大</th><th>平均</th></tr>${outRows}</table>
<h2>三、预案薄弱环节</h2>
<h3>按时率低于 90% 的要求</h3>${list(w.belowNinety.map((x) => `${esc(reqName(x.id))}：${pct(x.shareMet)}`))}
<h3>从未触发的要求（触发条件可能不合理）</h3>${list(w.neverTriggered.map((id) => esc(reqName(id))))}
<h3>接近满员的避难场所（≥ 95%）</h3>${list(w.sheltersFull.map((x) => `${esc(P(x.shelter))}：${x.runs} 次`))}
<h3>转移受阻的村庄</h3>${list(w.villagesCutOff.map((x) => `${esc(P(x.village))}：${x.runs} 次（${x.reasons.map((r) => (r === 'noRoute' ? '道路中断' : '无可用避难场所')).join('、')}）`))}
<h3>物资耗尽的储备库</h3>${list(w.depotsDry.map((x) => `${esc(P(x.depot))}：${x.runs} 次`))}
<h3>无法执行的预案指令</h3>${list(w.refusedOrders.map((x) => `${esc(commandKindName(x.command, 'zh'))}（${esc(rejectionName(x.reason, 'zh'))}）：${x.runs} 次`))}
<h2>四、最差的推演（可复现：以同一随机种子重新推演即得同一结果）</h2><table><tr><th>随机种子</th><th>得分</th><th>等级</th></tr>
${v.worst.map((x) => `<tr><td title="${esc(x.replay)}">${x.seed}</td><td>${x.score}</td><td>${x.grade}</td></tr>`).join('')}</table>
</body></html>
`;
}

/** A plan's role in words: the chief, a township, a team, or "any township" for a wildcard. */
function roleText(s: Scenario, role: string): string {
  if (role === 'township:*' || role.endsWith(':?')) return '任一乡镇';
  if (role === 'team:*') return '任一队伍';
  return role.split('|').map((r) => roleName(s, r, 'zh')).join('或');
}
