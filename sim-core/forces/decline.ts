// A team declines its task (拒绝/无法执行): the player at the team says why; the team stands down
// (if it has not left) or goes back to base, and whoever can order it hears the reason.
import { reject, type ApplyResult, type DeclineTaskCommand } from '../commands/command.ts';
import { unitAudience, type SimContext } from '../context.ts';
import { dispatchUnit } from './dispatch.ts';

export function declineTask(ctx: SimContext, cmd: DeclineTaskCommand, seq: number): Extract<ApplyResult, { ok: false }> | null {
  const u = ctx.state.entities.units[cmd.unit];
  if (!u) return reject('unknownUnit', `no team with id ${JSON.stringify(cmd.unit)}`);
  if (u.orderSeq === null || u.status === 'atBase') return reject('noChange', `${cmd.unit} has no task to decline`, { code: 'noTask', unit: cmd.unit });
  const task = u.task;
  const order = u.orderSeq;
  const back = dispatchUnit(ctx, { type: 'recall', role: cmd.role, unit: cmd.unit }, seq);
  // Cut off from its base (the usual reason to decline): it stays where it is.
  if (back && back.reason === 'noRoute') {
    ctx.update((draft) => { const d = draft.units[cmd.unit]; d.destination = null; d.destinationNode = d.node; });
  } else if (back && back.reason !== 'alreadyThere') return back;
  ctx.update((draft) => { draft.units[cmd.unit].task = null; draft.units[cmd.unit].taskLabel = null; });
  ctx.emit({ kind: 'taskDeclined', unit: cmd.unit, task, order, reason: cmd.reason }, unitAudience(ctx.scenario, cmd.unit));
  return null;
}
