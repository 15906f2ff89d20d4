// 会商: a message into a conversation. The conversation is named by its participants (the
// sender among them, unless the director writes as an outside party), so a reply lands in the
// same thread; `all` is the exercise-wide 集体会商 channel. Logged, and seen by its recipients.
import { reject, type ApplyResult, type SendMessageCommand } from '../commands/command.ts';
import type { SimContext } from '../context.ts';
import { compareStrings } from '../order.ts';
import { checkMessage, issueMessage } from '../plots/plotRules.ts';
import { parseRole } from '../commands/roles.ts';
import { reaches } from '../plots/audience.ts';
import { onGrid } from '../world/grid.ts';
import type { Message } from './messageState.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** The participants of a message from `role` to `to`: the director is never one of them. */
export function participants(role: string, to: readonly string[]): string[] {
  if (to.includes('all')) return ['all'];
  return [...new Set(role === 'director' ? to : [...to, role])].sort(compareStrings);
}

export function sendMessage(ctx: SimContext, cmd: SendMessageCommand): Rejection | null {
  const bad = checkMessage(ctx.scenario, cmd.role, cmd.to, cmd.text, cmd.as);
  if (bad) return reject(bad.problem === 'unknownRole' ? 'unknownRole' : bad.problem.startsWith('too') || bad.problem.endsWith('TooLong') ? 'outOfRange' : 'malformed', issueMessage(bad));
  if (cmd.ref && 'plot' in cmd.ref) {
    const p = ctx.state.entities.plots?.[cmd.ref.plot];
    const role = parseRole(cmd.role, ctx.scenario)!;
    if (!p || !reaches(role, cmd.role, p.sharedWith, p.by)) return reject('unknownPlace', `ref.plot: no plot ${JSON.stringify(cmd.ref.plot)} this role sees`);
  }
  if (cmd.ref && 'point' in cmd.ref && !onGrid(ctx.scenario.grid, cmd.ref.point[0], cmd.ref.point[1])) return reject('outOfRange', 'ref.point: a point off the map');
  const people = participants(cmd.role, cmd.to);
  const message: Message = {
    t: ctx.state.t, from: cmd.role, conversation: people.join('|'),
    to: people.filter((r) => !r.startsWith('party:')), text: cmd.text,
    ...(cmd.as ? { as: cmd.as } : {}),
    ...(cmd.ref ? { ref: 'plot' in cmd.ref ? { plot: cmd.ref.plot } : { point: [cmd.ref.point[0], cmd.ref.point[1]] } } : {}),
  };
  ctx.update((d) => { (d.messages ??= []).push(message); });
  return null;
}
