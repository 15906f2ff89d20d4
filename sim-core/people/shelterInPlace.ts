// 就地避险 — the chief (any village) or a township (its own) orders villages to shelter in place
// from a gas cloud: shut doors and windows, stop ventilation, stay in. The order takes effect
// after SHELTER_NOTICE (the village's loudspeakers, WeChat groups and grid workers reach the
// households — an assumed 10 min); from then on people at home breathe the air of the shut house
// (hazards/chemical/chemicalStep.ts, single-zone model of hazards/plume/shelter.ts).
import { compareStrings } from '../order.ts';
import { reject, type ApplyResult, type OrderShelterInPlaceCommand } from '../commands/command.ts';
import type { SimContext } from '../context.ts';

export const SHELTER_NOTICE = 600;

export function orderShelterInPlace(ctx: SimContext, cmd: OrderShelterInPlaceCommand): Extract<ApplyResult, { ok: false }> | null {
  if (!ctx.scenario.chemical || !ctx.state.entities.chemical) return reject('unknownPlace', 'this scenario has no hazardous-chemical site: sheltering in place is for a gas release', { code: 'noChemicalSite' });
  for (const id of cmd.villages) if (!ctx.scenario.villages.some((v) => v.id === id)) return reject('unknownPlace', `no village ${JSON.stringify(id)}`);
  const fresh = cmd.villages.filter((id) => !(id in ctx.state.entities.chemical!.sheltered));
  if (fresh.length === 0) return reject('noChange', 'every village named is already ordered to shelter in place', { code: 'alreadySheltered' });
  const at = ctx.state.t + SHELTER_NOTICE;
  ctx.update((draft) => { for (const id of fresh) draft.chemical!.sheltered[id] = at; });
  const townships = [...new Set(fresh.map((id) => ctx.scenario.villages.find((v) => v.id === id)!.township))].sort(compareStrings).map((t) => `township:${t}`);
  ctx.emit({ kind: 'shelterInPlaceOrdered', villages: fresh, by: cmd.role, effective: at }, ['chief', ...townships]);
  return null;
}
