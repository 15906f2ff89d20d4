// 启用避难场所: a shelter is opened by order (the chief any, a township its own). Evacuees go to
// the nearest open shelter with room; if none is open they go to the nearest with room anyway
// and it is opened on their arrival — recorded as opened on the spot, so the after-action
// review shows a shelter that was not ready when people came.
import type { Draft } from 'immer';
import { reject, type ApplyResult, type OpenShelterCommand } from '../commands/command.ts';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import { compareStrings } from '../order.ts';

export function openShelters(ctx: SimContext, cmd: OpenShelterCommand): Extract<ApplyResult, { ok: false }> | null {
  const known = new Map(ctx.scenario.shelters.map((s) => [s.id, s]));
  for (const id of cmd.shelters) if (!known.has(id)) return reject('unknownPlace', `no shelter ${JSON.stringify(id)}`);
  const fresh = [...new Set(cmd.shelters)].filter((id) => !(id in ctx.state.entities.evacuation.opened)).sort(compareStrings);
  if (fresh.length === 0) return reject('noChange', 'every shelter named is open already', { code: 'sheltersAlreadyOpen' });
  ctx.update((draft) => { for (const id of fresh) draft.evacuation.opened[id] = { t: ctx.state.t, by: cmd.role }; });
  for (const id of fresh) ctx.emit({ kind: 'shelterOpened', shelter: id, by: cmd.role, capacity: known.get(id)!.capacity }, ['chief', `township:${known.get(id)!.township}`]);
  return null;
}

/** Evacuees reach a shelter nobody opened: the township opens it on the spot. */
export function openOnArrival(ctx: SimContext, draft: Draft<Entities>, shelterId: string): void {
  if (shelterId in draft.evacuation.opened) return;
  const s = ctx.scenario.shelters.find((x) => x.id === shelterId)!;
  draft.evacuation.opened[shelterId] = { t: ctx.state.t, by: 'onArrival' };
  ctx.emit({ kind: 'shelterOpened', shelter: shelterId, by: 'onArrival', capacity: s.capacity }, ['chief', `township:${s.township}`]);
}
