// Who plays what (setPlayed): the director's assignment, or the server's when a player joins.
// A played role decides for itself — the autopilot leaves it alone (the driver reads this from
// the state, so a replay and the scorer see the same switch) and the core stops answering for
// it: a played township's duty room must press 叫应 itself (people/warnings.ts).
import { parseRole } from '../commands/roles.ts';
import { reject, type ApplyResult, type SetPlayedCommand } from '../commands/command.ts';
import type { SimContext } from '../context.ts';
import { townshipPlayedChanged } from '../people/warnings.ts';
import { playedFlag } from './playedState.ts';

export function setPlayed(ctx: SimContext, cmd: SetPlayedCommand): Extract<ApplyResult, { ok: false }> | null {
  const role = parseRole(cmd.forRole, ctx.scenario);
  if (!role) return reject('unknownRole', `forRole: no role ${JSON.stringify(cmd.forRole.slice(0, 80))} in this scenario`);
  if (role.kind !== 'chief' && role.kind !== 'township' && role.kind !== 'team') {
    return reject('unknownRole', `forRole: ${cmd.forRole} is never played by the autopilot; only the chief, a township or a team is`);
  }
  if (playedFlag(ctx.state.entities, cmd.forRole) === cmd.played) {
    return reject('noChange', `${cmd.forRole} is already played by ${cmd.played ? 'a person' : 'the autopilot'}`);
  }
  ctx.update((draft) => { (draft.played ??= {})[cmd.forRole] = cmd.played; });
  if (role.kind === 'township') townshipPlayedChanged(ctx, role.id, cmd.played);
  ctx.emit({ kind: 'playedChanged', role: cmd.forRole, played: cmd.played }, ['director', 'evaluator', cmd.forRole]);
  return null;
}
