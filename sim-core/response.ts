// 分级响应: the chief raises or lowers the response level (IV → I); everyone is told.
import { reject, type ApplyResult, type SetResponseLevelCommand } from './commands/command.ts';
import type { SimContext } from './context.ts';

export function setResponseLevel(ctx: SimContext, cmd: SetResponseLevelCommand): Extract<ApplyResult, { ok: false }> | null {
  const from = ctx.state.entities.responseLevel;
  if (from === cmd.level) return reject('noChange', `the response level is already ${from}`, { code: 'levelAlready', level: from });
  ctx.update((draft) => { draft.responseLevel = cmd.level; });
  ctx.emit({ kind: 'responseLevelChanged', from, to: cmd.level, by: cmd.role }, ['all']);
  return null;
}
