// Findings of the after-action review, classed as AQ/T 9009-2015 does: 不足项 (a deficiency —
// a required action not taken or a target missed), 整改项 (must be corrected — done, but later
// than twice the time allowed), 改进项 (to improve — done late within that). Each carries the
// sim time to replay from (a minute before the trigger).
import type { Finding, FindingClass, RequirementResult, TargetResult } from './scoreResults.ts';
import { compareStrings } from '../order.ts';

function minutes(s: number): string {
  return `${Math.round(s / 60)}`;
}

export function findingsFor(results: readonly RequirementResult[], targets: readonly TargetResult[]): Finding[] {
  const out: Finding[] = [];
  for (const r of results) {
    if (r.verdict === 'notTriggered' || r.verdict === 'pending' || r.verdict === 'onTime') continue;
    // A prohibition broken: replay from a minute before the breach (plan/zoneOutcome.ts).
    const breach = r.credits.find((c) => c.reason.why === 'intoDamBreakZone');
    const replayAt = Math.max(0, (breach?.t ?? r.triggerAt ?? 0) - 60);
    const allowed = r.deadline! - r.triggerAt!;
    if (r.verdict === 'notDone') {
      out.push({ class: '不足项', requirement: r.id, replayAt, text: { zh: `“${r.name.zh}”未完成（${r.role}，时限 ${minutes(allowed)} 分钟；依据：${r.source.zh}）`, en: `"${r.name.en ?? r.name.zh}" was not done (${r.role}, allowed ${minutes(allowed)} min; per ${r.source.en ?? r.source.zh})` } });
    } else {
      const late = -r.margin!;
      out.push({
        class: late > allowed ? '整改项' : '改进项', requirement: r.id, replayAt,
        text: { zh: `“${r.name.zh}”超时 ${minutes(late)} 分钟完成（${r.role}，时限 ${minutes(allowed)} 分钟）`, en: `"${r.name.en ?? r.name.zh}" done ${minutes(late)} min late (${r.role}, allowed ${minutes(allowed)} min)` },
      });
    }
  }
  for (const t of targets) {
    if (t.met || t.actual === null) continue;
    out.push({ class: '不足项', requirement: null, replayAt: 0, text: { zh: `结果指标“${t.name.zh}”为 ${t.actual}，超过预案目标 ${t.target}`, en: `Outcome "${t.name.en}" was ${t.actual}, above the plan's target of ${t.target}` } });
  }
  const order: Record<FindingClass, number> = { 不足项: 0, 整改项: 1, 改进项: 2 };
  return out.sort((a, b) => order[a.class] - order[b.class] || a.replayAt - b.replayAt || compareStrings(a.requirement ?? '', b.requirement ?? ''));
}
