// 信息报送: reports and instructions between roles. The recipient and the sender see it; the
// time it was sent is what the scorer measures against a plan's reporting deadlines.
import { reject, type ApplyResult, type SendReportCommand } from './commands/command.ts';
import { parseRole } from './commands/roles.ts';
import type { SimContext } from './context.ts';
import type { Report } from './report.ts';

export function sendReport(ctx: SimContext, cmd: SendReportCommand, seq: number): Extract<ApplyResult, { ok: false }> | null {
  if (!parseRole(cmd.to, ctx.scenario)) return reject('unknownRole', `no role ${JSON.stringify(cmd.to)} to report to`);
  if (cmd.to === cmd.role) return reject('noChange', 'a report to oneself');
  const report: Report = { seq, t: ctx.state.t, from: cmd.role, to: cmd.to, kind: cmd.kind, text: cmd.text, ...(cmd.figures ? { figures: cmd.figures } : {}) };
  ctx.update((draft) => { draft.reports.push(report); });
  ctx.emit({ kind: 'reportReceived', report }, [cmd.to, cmd.role]);
  return null;
}
