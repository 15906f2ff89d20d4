// The parts of the bureau's report (GB/T 46792-2025 附录 E; AQ/T 9009-2015 7.4) that the scorer's
// new material fills: the grade limit and its reason, per capability the requirements with the
// credit explained, the evaluators' observations beside the automatic verdicts (both shown where
// they differ), free notes, self-assessments (自评), and the corrective actions (纠正行动) table.
import type { ScoreReport } from '../../sim-core/score/score.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import type { Observation } from '../../sim-core/score/evaluations.ts';
import type { FindingClass } from '../../sim-core/score/scoreResults.ts';
import { esc } from './svg.ts';
import { CAPABILITY_NAMES } from '../../sim-core/plan/plan.ts';
import { roleName } from '../text/names.ts';
import { clockLabel } from '../text/clock.ts';
import { creditReason, creditWho } from './creditText.ts';
import { VERDICT_ZH } from './scoreText.ts';

/** The report's section headings, in order (the print test looks for every one in the PDF). */
export const REPORT_SECTIONS = ['一、演练概况', '二、评估方法', '三、演练过程', '四、评估结果', '五、发现的问题', '六、纠正行动', '七、附件'] as const;

const RATING_ZH = { P: 'P 完成且无挑战', S: 'S 完成但有一些挑战', M: 'M 完成但有重大挑战', U: 'U 未能完成' } as const;
const CATEGORY_ZH: Record<string, string> = { strength: '亮点', improvement: '待改进', safety: '安全', planGap: '预案缺陷', resource: '资源保障', other: '其他' };

/** The grade and, when a missed target limits it, the limit and why — at the top of the report. */
export function capHtml(r: ScoreReport): string {
  if (!r.cap) return '';
  return `<div class="cap"><b>评定上限：${r.cap.grade}</b>（按得分应为${r.scoreGrade}）<ul>${r.cap.reasons.map((x) => `<li>${esc(x.zh)}</li>`).join('')}</ul></div>`;
}

function observationCells(s: Scenario, o: Observation): string {
  const hm = (t: number | null) => (t === null ? '—' : clockLabel(s, t));
  return `<td>${o.observedRole ? esc(roleName(s, o.observedRole, 'zh')) : '—'}</td><td>${hm(o.observedAt)}</td>` +
    `<td class="rating r${o.rating ?? ''}">${o.rating ?? '—'}${o.disagrees ? `<div class="disagree">自动评定 ${o.automatic}，与评估员不一致</div>` : ''}</td>` +
    `<td>${esc(o.strengths) || '—'}</td><td>${esc(o.improvements) || '—'}</td><td>${esc(roleName(s, o.evaluator, 'zh'))}${o.actor ? ` ${esc(o.actor)}` : ''}</td>`;
}

/** 评估结果 by capability: rating, then each requirement with its verdict, why, and what the evaluators saw. */
export function resultsByCapabilityHtml(s: Scenario, r: ScoreReport, log: readonly LogEntry[]): string {
  const hm = (t: number | null) => (t === null ? '—' : clockLabel(s, t));
  const bySeq = new Map(log.map((e) => [e.seq, e]));
  const caps = [...new Set(r.requirements.map((x) => x.capability))];
  return caps.map((cap) => {
    const c = r.capabilities.find((x) => x.capability === cap);
    const reqs = r.requirements.filter((x) => x.capability === cap);
    // A capability is named in Chinese even when none of its requirements came due.
    const name = c?.name.zh ?? CAPABILITY_NAMES[cap as keyof typeof CAPABILITY_NAMES]?.zh ?? '';
    const rows = reqs.map((x) => {
      const credits = x.credits.map((n) => `<li class="${n.counted ? 'counted' : 'missed'}">${esc(creditWho(s, n, n.seq === null ? undefined : bySeq.get(n.seq), 'zh'))}${n.t === null ? '' : '：'}${esc(creditReason(s, n, 'zh'))}</li>`).join('');
      const obs = r.evaluations.observations.filter((o) => o.requirement === x.id);
      const obsRows = obs.map((o) => `<tr class="obs"><td colspan="2">评估员记录</td>${observationCells(s, o)}</tr>`).join('');
      return `<tr class="v-${x.verdict}"><td>${esc(x.name.zh)}<div class="who">${esc(roleName(s, x.role, 'zh'))}；触发 ${hm(x.triggerAt)}，时限 ${hm(x.deadline)}，完成 ${hm(x.doneAt)}</div></td><td>${VERDICT_ZH[x.verdict]}</td><td colspan="6"><ul class="credits">${credits}</ul></td></tr>${obsRows}`;
    }).join('');
    const capObs = r.evaluations.observations.filter((o) => o.capability === cap && !o.requirement)
      .map((o) => `<tr class="obs"><td colspan="2">评估员对本能力的评定</td>${observationCells(s, o)}</tr>`).join('');
    return `<h3>${esc(name || cap)}：${c?.rating ? RATING_ZH[c.rating] : '未评定（无已到期要求）'}</h3>
<table class="bycap"><tr><th>要求</th><th>结论</th><th>被评估角色</th><th>观察时刻</th><th>评定</th><th>亮点</th><th>待改进</th><th>评估员</th></tr>${rows}${capObs}</table>`;
  }).join('\n');
}

/** Free notes and self-assessments. */
export function notesHtml(s: Scenario, r: ScoreReport): string {
  const hm = (t: number | null) => (t === null ? '—' : clockLabel(s, t));
  const notes = r.evaluations.notes.map((o) => `<li><span class="tag cat">${CATEGORY_ZH[o.category ?? 'other']}</span> ${hm(o.observedAt ?? o.t)} ${o.observedRole ? `${esc(roleName(s, o.observedRole, 'zh'))}：` : ''}${esc(o.note || o.strengths || o.improvements)}（${esc(roleName(s, o.evaluator, 'zh'))}）</li>`).join('');
  const selfs = r.evaluations.selfAssessments.map((a) => `<tr><td>${esc(roleName(s, a.role, 'zh'))}${a.actor ? ` ${esc(a.actor)}` : ''}</td><td class="rating r${a.rating ?? ''}">${a.rating ?? '—'}</td><td>${esc(a.strengths) || '—'}</td><td>${esc(a.improvements) || '—'}</td><td>${esc(a.note) || '—'}</td></tr>`).join('');
  return `<h3>评估组意见</h3>${notes ? `<ul>${notes}</ul>` : '<p class="meta">评估组未记录其他意见。</p>'}
<h3>参演单位自评</h3>${selfs ? `<table><tr><th>参演角色</th><th>自评</th><th>做得好的</th><th>需改进的</th><th>其他</th></tr>${selfs}</table>` : '<p class="meta">尚无参演单位提交自评。</p>'}`;
}

/** Days to put a finding right, by its class (a proposal the bureau may change). */
const DUE_DAYS: Record<FindingClass, number> = { 不足项: 30, 整改项: 60, 改进项: 90 };
const ACTION: Record<FindingClass, string> = { 不足项: '查明原因，修订预案相应条款并组织专项演练', 整改项: '限期整改，明确流程与时限并复核', 改进项: '优化工作流程，纳入下次演练检验' };

/** 纠正行动: one row per finding — action, owner, due date (days after the exercise). */
export function correctiveActionsHtml(s: Scenario, r: ScoreReport): string {
  const owner = (req: string | null) => {
    const x = req ? r.requirements.find((q) => q.id === req) : undefined;
    return x ? roleName(s, x.role, 'zh') : '区应急管理局';
  };
  const rows = r.findings.map((f, i) => `<tr><td>${i + 1}</td><td><span class="tag">${f.class}</span> ${esc(findingText(s, r, f))}</td><td>${ACTION[f.class]}</td><td>${esc(owner(f.requirement))}</td><td>演练后 ${DUE_DAYS[f.class]} 日内</td></tr>`).join('');
  return rows ? `<table class="actions"><tr><th>序号</th><th>问题</th><th>纠正行动</th><th>责任单位</th><th>完成时限</th></tr>${rows}</table>` : '<p class="meta">无需纠正的问题。</p>';
}

/** A finding in words with names, not ids: what was missed or late, by whom, the time allowed, the plan's article. */
export function findingText(s: Scenario, r: ScoreReport, f: ScoreReport['findings'][number]): string {
  const x = f.requirement ? r.requirements.find((q) => q.id === f.requirement) : undefined;
  if (!x || x.triggerAt === null || x.deadline === null) return f.text.zh;
  const allowed = Math.round((x.deadline - x.triggerAt) / 60);
  const who = roleName(s, x.role, 'zh');
  if (x.verdict === 'notDone') return `“${x.name.zh}”未完成（${who}，时限 ${allowed} 分钟；依据：${x.source.zh}）`;
  return `“${x.name.zh}”超时 ${Math.round(-(x.margin ?? 0) / 60)} 分钟完成（${who}，时限 ${allowed} 分钟）`;
}

/** 发现的问题, grouped as 不足项 / 整改项 / 改进项. */
export function findingsHtml(s: Scenario, r: ScoreReport): string {
  const hm = (t: number) => clockLabel(s, t);
  return (['不足项', '整改项', '改进项'] as FindingClass[]).map((c) => {
    const list = r.findings.filter((f) => f.class === c);
    return `<h3>${c}（${list.length} 项）</h3>${list.length ? `<ol>${list.map((f) => `<li>${esc(findingText(s, r, f))} <span class="replay">复盘自 ${hm(f.replayAt)}</span></li>`).join('')}</ol>` : '<p class="meta">无</p>'}`;
  }).join('\n');
}
