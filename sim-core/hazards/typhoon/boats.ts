// 渔船回港避风 (seeds/003 二（四）: 落实海上船只回港避风、人员转移等防台安全措施): a township (or the
// chief for it) recalls its boats; each comes in after a time drawn from the scenario's range
// (hearing the call, hauling the nets, the run to the harbour); the typhoon step counts them in.
import { reject, type ApplyResult, type RecallBoatsCommand } from '../../commands/command.ts';
import type { SimContext } from '../../context.ts';
import { ensureTyphoonState } from './typhoonStart.ts';

export function recallBoats(ctx: SimContext, cmd: RecallBoatsCommand): Extract<ApplyResult, { ok: false }> | null {
  const ty = ctx.scenario.typhoon;
  const fleet = ty?.boats.find((b) => b.township === cmd.township);
  if (!ty || !fleet) return reject('unknownPlace', `township ${JSON.stringify(cmd.township)} has no boats out in this scenario`, { code: 'noBoats', township: cmd.township });
  if (ctx.state.entities.typhoon?.boats[cmd.township]) return reject('noChange', `the boats of ${cmd.township} are recalled already`, { code: 'boatsRecalled', township: cmd.township });
  ensureTyphoonState(ctx);
  const [lo, hi] = ty.boatReturn;
  const t = ctx.state.t;
  const returns: number[] = [];
  for (let k = 0; k < fleet.count; k++) returns.push(t + Math.round(ctx.state.rng.between('people', lo, hi)));
  returns.sort((a, b) => a - b);
  ctx.update((draft) => { draft.typhoon!.boats[cmd.township] = { ordered: t, returns, back: 0 }; });
  ctx.emit({ kind: 'boatsRecalled', township: cmd.township, boats: fleet.count, by: cmd.role }, ['chief', `township:${cmd.township}`]);
  return null;
}
