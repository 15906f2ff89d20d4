// The score as a few lines for the terminal (Chinese first, as the rest of the run summary).
import type { ScoreReport } from '../../sim-core/score/score.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';

export const VERDICT_ZH = { onTime: '按时', late: '超时', notDone: '未完成', pending: '进行中', notTriggered: '未触发' } as const;

/** "要求 12 项：按时 8，超时 2，未完成 1，未触发 1". */
export function verdictTally(r: ScoreReport): string {
  const count = (v: keyof typeof VERDICT_ZH) => r.requirements.filter((x) => x.verdict === v).length;
  return `要求 ${r.requirements.length} 项：${(Object.keys(VERDICT_ZH) as (keyof typeof VERDICT_ZH)[]).map((v) => `${VERDICT_ZH[v]} ${count(v)}`).join('，')}`;
}

export function formatScore(r: ScoreReport): string {
  const lines = [
    `评估 assessment — ${r.planName.zh}：${r.score} 分，${r.grade}${r.cap ? `（得分对应${r.scoreGrade}；${r.cap.reasons.map((x) => x.zh).join('；')}）` : ''}`,
    `  ${verdictTally(r)}`,
    `  能力评定 ${r.capabilities.map((c) => `${c.name.zh} ${c.rating}`).join('，')}`,
  ];
  for (const f of r.findings.slice(0, 12)) lines.push(`  [${f.class}] ${f.text.zh}（复盘自 ${formatDuration(f.replayAt)}）`);
  if (r.findings.length > 12) lines.push(`  … 另有 ${r.findings.length - 12} 项，见 report.html`);
  return lines.join('\n');
}
