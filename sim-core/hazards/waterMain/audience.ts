// Who hears of a burst's course: the chief, the townships whose places lose water, and whoever
// the inject told of the burst (the water company's team, the field command post).
import type { SimContext } from '../../context.ts';
import { placeIndex, townshipOf } from '../../world/placeIndex.ts';
import { compareStrings } from '../../order.ts';

export function zoneAudience(ctx: SimContext, zones: readonly string[], extra: readonly string[] = []): string[] {
  const net = ctx.scenario.waterNetwork;
  const out = new Set<string>(['chief', ...extra]);
  if (!net) return [...out];
  const places = placeIndex(ctx.scenario).place;
  for (const z of net.zones) {
    if (!zones.includes(z.id)) continue;
    for (const id of z.places) {
      const p = places.get(id);
      const t = p ? townshipOf(p) : null;
      if (t) out.add(`township:${t}`);
    }
  }
  return [...out].sort(compareStrings);
}
