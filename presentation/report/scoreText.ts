// The score as a few lines for the terminal (Chinese first, as the rest of the run summary).
import type { ScoreReport } from '../../sim-core/score/score.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';

const VERDICT_ZH = { onTime: '按时', late: '超时', notDone: '未完成', notTriggered: '未触发' } as const;

export function formatScore(r: ScoreReport): string {
  const count = (v: keyof typeof VERDICT_ZH) => r.requirements.filter((x) => x.verdict === v).length;
  const lines = [
    `评估 assessment — ${r.planName.zh}：${r.score} 分，${r.grade}`,
    `  要求 ${r.requirements.length} 项：按时 ${count('onTime')}，超时 ${count('late')}，未完成 ${count('notDone')}，未触发 ${count('notTriggered')}`,
    `  能力评定 ${r.capabilities.map((c) => `${c.name.zh} ${c.rating}`).join('，')}`,
  ];
  for (const f of r.findings.slice(0, 12)) lines.push(`  [${f.class}] ${f.text.zh}（复盘自 ${formatDuration(f.replayAt)}）`);
  if (r.findings.length > 12) lines.push(`  … 另有 ${r.findings.length - 12} 项，见 report.html`);
  return lines.join('\n');
}
