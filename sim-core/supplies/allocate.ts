// 物资调拨: the chief sends supplies from a depot to a shelter, a village, a township seat or
// another depot. The stock leaves the depot when the order is accepted; the convoy loads for
// LOADING_SECONDS and then drives (convoys.ts); the goods count at the place when it arrives.
import { reject, type AllocateSuppliesCommand, type ApplyResult } from '../commands/command.ts';
import type { SimContext } from '../context.ts';
import { routeOnRoads } from '../forces/simRoute.ts';
import { knownClosed } from '../forces/knownRoads.ts';
import { placeIndex, townshipOf } from '../world/placeIndex.ts';
import { SUPPLY_KINDS, type Place } from '../world/places.ts';
import type { Stocks } from './supplyState.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** Seconds to load the trucks at the depot (assumed: a forklift crew, palletised goods). */
export const LOADING_SECONDS = 1800;

const DESTINATIONS: readonly Place['kind'][] = ['shelter', 'village', 'township', 'depot'];

/**
 * Whom events about supplies going to a place are shown: the chief, and the township the place
 * is in. The depots are district-level (the scenario gives them no owner).
 */
export function suppliesAudience(ctx: SimContext, placeId: string): string[] {
  const p = placeIndex(ctx.scenario).place.get(placeId);
  const t = p ? townshipOf(p) : null;
  return t ? ['chief', `township:${t}`] : ['chief'];
}

/**
 * The side ordering supplies is the chief: knownClosed gives what a unit's side knows, and a
 * convoy is no team, so its side is the chief alone.
 */
function chiefKnownClosed(ctx: SimContext): Uint8Array {
  return knownClosed(ctx, ctx.state.entities.closures, 'district-supplies');
}

export function allocateSupplies(ctx: SimContext, cmd: AllocateSuppliesCommand, seq: number): Rejection | null {
  const { scenario, state } = ctx;
  const depot = scenario.depots.find((d) => d.id === cmd.depot);
  if (!depot) return reject('unknownPlace', `no depot ${JSON.stringify(cmd.depot)}`);
  const to = placeIndex(scenario).place.get(cmd.to);
  if (!to) return reject('unknownPlace', `no place ${JSON.stringify(cmd.to)}`);
  if (!DESTINATIONS.includes(to.kind)) return reject('unknownPlace', `${cmd.to} is a ${to.kind}; supplies go to a ${DESTINATIONS.join(', ')}`, { code: 'notSupplyDestination', place: cmd.to });
  if (to.id === depot.id) return reject('alreadyThere', `the supplies are already at ${depot.id}`, { code: 'suppliesAlreadyThere', depot: depot.id });
  const stock = state.entities.supplies.depots[depot.id];
  const items: Stocks = {};
  for (const k of SUPPLY_KINDS) {
    const n = cmd.items[k];
    if (n === undefined) continue;
    if (!Number.isSafeInteger(n) || n <= 0) return reject('outOfRange', `items.${k}: ${n} is not a whole count above zero`, { code: 'notWholeCount', item: k });
    if (n > (stock[k] ?? 0)) return reject('outOfRange', `items.${k}: ${depot.id} holds ${stock[k] ?? 0}, not ${n}`, { code: 'depotShort', depot: depot.id, item: k, holds: stock[k] ?? 0, asked: n });
    items[k] = n;
  }
  if (Object.keys(items).length === 0) return reject('outOfRange', 'items: nothing to send', { code: 'nothingToSend' });
  if (!routeOnRoads(ctx, depot.node, to.node, chiefKnownClosed(ctx))) {
    return reject('noRoute', `no open road from ${depot.id} to ${to.id}`, { code: 'noRoadBetween', from: depot.id, to: to.id });
  }

  const id = `convoy-${seq}`;
  const departAt = state.t + LOADING_SECONDS;
  ctx.update((draft) => {
    const s = draft.supplies.depots[depot.id];
    for (const k of SUPPLY_KINDS) if (items[k] !== undefined) s[k] = (s[k] ?? 0) - items[k]!;
    draft.supplies.convoys[id] = {
      id, depot: depot.id, to: to.id, items, status: 'loading', node: depot.node,
      departAt, trip: null, arrivedAt: null, orderSeq: seq,
    };
  });
  ctx.emit({ kind: 'suppliesAllocated', convoy: id, depot: depot.id, to: to.id, items, departAt, by: cmd.role }, suppliesAudience(ctx, to.id));
  return null;
}
