// The exercise evaluation guide (演练评估指南, HSEEP's EEG) generated from a plan: per capability,
// each requirement with who must act, the trigger and time allowed and the plan's article, and
// the blanks an evaluator fills — observed time, role observed, P/S/M/U, strengths, areas for
// improvement. What is filled in is logged as `evaluate` commands and reaches the report.
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { CAPABILITY_NAMES } from '../../sim-core/plan/plan.ts';
import { esc } from './svg.ts';
import { roleName } from '../text/names.ts';
import { durationText } from '../text/clock.ts';

export function evaluationGuideHtml(plan: Plan, scenario: Scenario): string {
  const caps = [...new Set(plan.requirements.map((r) => r.capability))];
  const who = (role: string) => (role === 'township:@trigger' ? '触发地所在乡镇' : role === 'township:*' ? '任一乡镇' : role === 'team:*' ? '任一队伍' : roleName(scenario, role, 'zh'));
  const blocks = caps.map((c) => {
    const rows = plan.requirements.filter((r) => r.capability === c).map((r) => `<tr><td>${esc(r.name.zh)}<div class="src">${esc(r.source.zh)}</div></td><td>${esc((r.roles ?? [r.role]).map(who).join('或'))}</td><td>${durationText(r.within, 'zh')}</td><td></td><td></td><td></td><td></td><td></td></tr>`).join('');
    return `<h2>${esc(CAPABILITY_NAMES[c].zh)}</h2><table><tr><th>要求</th><th>责任方</th><th>时限</th><th>观察时刻</th><th>被评估角色</th><th>评定（P/S/M/U）</th><th>亮点</th><th>待改进</th></tr>${rows}</table>`;
  }).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(plan.name.zh)} — 演练评估指南</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:20px}table{border-collapse:collapse;width:100%;font-size:12px}th,td{border:1px solid #999;padding:4px;vertical-align:top;height:28px}.src{font-size:10px;color:#666}@page{size:A4 landscape;margin:12mm}</style>
</head><body><h1>${esc(plan.name.zh)} — 演练评估指南</h1><p>评定：P 完成且无挑战；S 完成但有一些挑战；M 完成但有重大挑战；U 未能完成。</p>${blocks}</body></html>
`;
}
