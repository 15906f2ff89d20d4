// The supplies a role may know of: the chief (and the truth) every depot, convoy and site; a
// township the convoys going to its places and its own sites; others nothing.
import type { SimContext } from '../context.ts';
import type { Role } from '../commands/roles.ts';
import { tripArrival, tripPosition } from '../forces/trip.ts';
import { placeIndex, townshipOf } from '../world/placeIndex.ts';
import { sortedKeys } from '../order.ts';
import type { ConvoyStatus, Stocks } from './supplyState.ts';

export interface SuppliesView {
  depots: { id: string; stocks: Stocks }[];
  convoys: { id: string; depot: string; to: string; status: ConvoyStatus; x: number; y: number; eta: number | null; items: Stocks }[];
  sites: { place: string; people: number; stocks: Stocks; affectedAt: number | null; firstSuppliesAt: number | null; securedAt: number | null }[];
}

function rounded(s: Stocks): Stocks {
  const out: Stocks = {};
  for (const k of sortedKeys(s) as (keyof Stocks)[]) out[k] = Math.floor(s[k]!);
  return out;
}

export function suppliesView(ctx: SimContext, role: Role, truth: boolean): SuppliesView {
  const all = truth || role.kind === 'chief';
  if (!all && role.kind !== 'township') return { depots: [], convoys: [], sites: [] };
  const places = placeIndex(ctx.scenario).place;
  const mine = (placeId: string) => all || (role.kind === 'township' && townshipOf(places.get(placeId)!) === role.id);
  const sup = ctx.state.entities.supplies;
  const g = ctx.scenario.roads;
  return {
    depots: all ? sortedKeys(sup.depots).map((id) => ({ id, stocks: { ...sup.depots[id] } })) : [],
    convoys: sortedKeys(sup.convoys).map((id) => sup.convoys[id]).filter((c) => mine(c.to)).map((c) => {
      const pos = c.trip ? tripPosition(g, c.trip, ctx.state.t) : { x: g.nodeX[c.node], y: g.nodeY[c.node] };
      // Players get the ETA they were told (convoys.ts), the truth the real one.
      const eta = c.status === 'enRoute' && c.trip ? (!truth && c.toldEta !== undefined ? c.toldEta : Math.ceil(tripArrival(c.trip))) : c.status === 'loading' ? c.departAt : null;
      return { id: c.id, depot: c.depot, to: c.to, status: c.status, x: pos.x, y: pos.y, eta, items: { ...c.items } };
    }),
    sites: sortedKeys(sup.sites).filter(mine).map((id) => {
      const s = sup.sites[id];
      return { place: id, people: s.people, stocks: rounded(s.stocks), affectedAt: s.affectedAt, firstSuppliesAt: s.firstSuppliesAt, securedAt: s.securedAt };
    }),
  };
}
