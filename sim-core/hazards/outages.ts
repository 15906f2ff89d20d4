// 断电、断通信、断水: services cut at a place, by an inject or by the water (a village under half
// a metre of water loses power and its water supply). Warnings and reports that need a cut
// service will check here (the people issue); for now each cut and restoration is an event
// the players must react to.
import type { SimContext } from '../context.ts';
import type { Outage } from '../world/outage.ts';
import { placeIndex, townshipOf } from '../world/placeIndex.ts';

const ORDER: Outage[] = ['power', 'comms', 'water'];

function audience(ctx: SimContext, placeId: string): string[] {
  const p = placeIndex(ctx.scenario).place.get(placeId);
  const t = p ? townshipOf(p) : null;
  return t ? ['chief', `township:${t}`] : ['chief'];
}

/** Cuts (or, with restore, brings back) services at a place; emits only what changed. */
export function setOutage(ctx: SimContext, placeId: string, services: readonly Outage[], restore: boolean, cause: string, extraAudience: readonly string[] = []): void {
  const now = new Set(ctx.state.entities.outages[placeId] ?? []);
  const changed = ORDER.filter((s) => services.includes(s) && now.has(s) === restore);
  if (changed.length === 0) return;
  for (const s of changed) if (restore) now.delete(s); else now.add(s);
  ctx.update((draft) => {
    if (now.size) draft.outages[placeId] = ORDER.filter((s) => now.has(s));
    else delete draft.outages[placeId];
  });
  const to = [...new Set([...audience(ctx, placeId), ...extraAudience])];
  if (restore) ctx.emit({ kind: 'serviceRestored', place: placeId, services: changed }, to);
  else ctx.emit({ kind: 'outage', place: placeId, services: changed, cause }, to);
}
