// 烈度分布图: who has the earthquake agency's intensity map, and since when. China's earthquake
// agency publishes an instrumental intensity map (仪器烈度速报) within the hour of a damaging shock and
// the field-survey map (烈度图) days later — after the 72 h a drill covers (Jishishan M6.2, 18 Dec
// 2023: published 22 Dec after 668 survey points), so only the first is modelled; the scenario
// says when this day's map comes out (earthquake.intensityMapAt, in the demo with the
// `intensity-map` message). From then the chief
// and the townships may draw it; teams and observers get it by the chief's word, not the map.
// Before it, nobody playing sees the field: the shaking is learned from reports (DOMAIN.md). The
// director and the evaluator see the truth, so they have it from the shock.
//
// The map itself is the scenario's intensity field (shaking.ts) by whole degree, drawn by the
// presentation layer (presentation/map/intensityMap.ts): the view says only whether and since when.
import type { SimContext } from '../../context.ts';
import type { Role } from '../../commands/roles.ts';

export interface IntensityMapView {
  /** Sim time this role has had the map since (the publication; the shock for the truth). */
  since: number;
}

export function intensityMapFor(ctx: SimContext, role: Role, truth: boolean): IntensityMapView | null {
  const q = ctx.state.entities.quake;
  if (!q) return null;
  if (truth) return { since: q.t };
  const at = ctx.scenario.earthquake?.intensityMapAt;
  if (at === undefined || ctx.state.t < at) return null;
  return role.kind === 'chief' || role.kind === 'township' ? { since: at } : null;
}
