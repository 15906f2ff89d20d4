// A played team's task (任务单): when the chief or a township dispatches a team a person plays,
// the team receives the task — kind, place, who ordered it — and answers each step itself:
// 接受, 拒绝 (with a reason), 到达, 完成, 请求支援. Each answer is a logged command the scorer can
// read; the sender sees each step and how long the team took. The team sets out only once it has
// answered 接受 (until then it stays put: forces/unitState.ts AWAITING_ACCEPT); after that the
// answers are the team's word, and `onScene` records whether it really was there.
import { reject, type ApplyResult, type DispatchCommand, type RecallCommand, type TaskReplyCommand } from '../commands/command.ts';
import { unitAudience, type SimContext } from '../context.ts';
import { destinationLabel } from '../forces/destination.ts';
import { declineTask } from '../forces/decline.ts';
import { isPlayed, type TaskReply, type TaskStatus } from './playedState.ts';
import { AWAITING_ACCEPT, awaitingAccept } from '../forces/unitState.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** Which answers each state of a task takes. */
const NEXT: Record<TaskStatus, readonly TaskReply[]> = {
  assigned: ['accept', 'decline'],
  accepted: ['decline', 'arrived', 'help'],
  arrived: ['decline', 'done', 'help'],
  declined: [],
  done: [],
};

const AFTER: Record<TaskReply, TaskStatus | null> = { accept: 'accepted', decline: 'declined', arrived: 'arrived', done: 'done', help: null };

function audience(ctx: SimContext, unit: string, by: string): string[] {
  const out = unitAudience(ctx.scenario, unit);
  return out.includes(by) ? out : [...out, by];
}

/** After an accepted dispatch or recall: a played team gets the task (a recall ends it). */
export function noteOrder(ctx: SimContext, cmd: DispatchCommand | RecallCommand, seq: number): void {
  if (cmd.type === 'recall') {
    if (ctx.state.entities.tasks?.[cmd.unit]) ctx.update((draft) => { delete draft.tasks![cmd.unit]; });
    return;
  }
  if (!isPlayed(ctx.state.entities, `team:${cmd.unit}`)) return;
  const to = destinationLabel(cmd.to);
  ctx.update((draft) => {
    (draft.tasks ??= {})[cmd.unit] = {
      order: seq, kind: cmd.task, label: cmd.label ?? null, to, by: cmd.role, assignedAt: ctx.state.t, status: 'assigned', replies: [],
    };
  });
  ctx.emit({ kind: 'taskAssigned', unit: cmd.unit, task: cmd.task, label: cmd.label ?? null, to, by: cmd.role, order: seq }, audience(ctx, cmd.unit, cmd.role));
}

/** A team that declined by the older `declineTask` command: its task record says so too. */
export function noteDeclined(ctx: SimContext, unit: string, reason: TaskReplyCommand['reason']): void {
  const task = ctx.state.entities.tasks?.[unit];
  if (!task || task.status === 'declined' || task.status === 'done') return;
  ctx.update((draft) => {
    const d = draft.tasks![unit];
    d.status = 'declined';
    d.replies.push({ reply: 'decline', t: ctx.state.t, ...(reason ? { reason } : {}) });
  });
}

export function taskReply(ctx: SimContext, cmd: TaskReplyCommand, seq: number): Rejection | null {
  const unit = ctx.state.entities.units[cmd.unit];
  if (!unit) return reject('unknownUnit', `no team with id ${JSON.stringify(cmd.unit)}`);
  const task = ctx.state.entities.tasks?.[cmd.unit];
  if (!task) return reject('noChange', `${cmd.unit} has no task to answer`);
  if (!NEXT[task.status].includes(cmd.reply)) {
    const allowed = NEXT[task.status];
    return reject('noChange', `the task is ${task.status}; ${allowed.length ? `it takes ${allowed.join(', ')}` : 'it takes no more answers'}, not ${cmd.reply}`);
  }
  if (cmd.reply === 'decline' && !cmd.reason) return reject('malformed', 'reason: a team that declines says why');
  if (cmd.reply === 'decline') {
    const r = declineTask(ctx, { type: 'declineTask', role: cmd.role, unit: cmd.unit, reason: cmd.reason! }, seq);
    if (r) return r;
  }
  const t = ctx.state.t;
  const last = task.replies.at(-1)?.t ?? task.assignedAt;
  const onScene = unit.status === 'onScene';
  const next = AFTER[cmd.reply];
  ctx.update((draft) => {
    // 接受: the team now turns out, taking the turnout its dispatch drew (forces/unitState.ts).
    const u = draft.units[cmd.unit];
    if (cmd.reply === 'accept' && awaitingAccept(u)) u.departAt = t + (u.departAt - AWAITING_ACCEPT);
    const d = draft.tasks![cmd.unit];
    if (next) d.status = next;
    d.replies.push({ reply: cmd.reply, t, ...(cmd.reason ? { reason: cmd.reason } : {}) });
  });
  ctx.emit({
    kind: 'taskReplied', unit: cmd.unit, reply: cmd.reply, task: task.kind, order: task.order, waited: t - last,
    ...(cmd.reason ? { reason: cmd.reason } : {}), onScene,
  }, audience(ctx, cmd.unit, task.by));
  return null;
}
