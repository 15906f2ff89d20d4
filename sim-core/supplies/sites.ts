// Affected sites: who is at each, what they eat and drink, and the first moment their basic
// living is secured (needs.ts). A shelter is affected from its first evacuees' arrival; a
// village from the first check that finds its homes flooded with people still in them.
//
// Runs in the consequences phase (after the flood's consequences), in the tick a group of
// evacuees or a convoy arrives — so `securedAt` is the exact second — and every
// CONSEQUENCE_STEP while anything is flooded or anyone is at a site.
import { eventDriven } from '../clock.ts';
import type { SimContext } from '../context.ts';
import { CONSEQUENCE_STEP } from '../hazards/floodConsequences.ts';
import { placeIndex } from '../world/placeIndex.ts';
import type { Village } from '../world/places.ts';
import { sortedKeys } from '../order.ts';
import { consumeUntil, isSecured } from './needs.ts';
import { suppliesAudience } from './allocate.ts';
import { emptySite } from './supplyState.ts';

/**
 * Water this deep in a village is in the homes: uninhabitable (the same half metre at which the
 * flood cuts a village's power and water supply, floodConsequences.ts). Shallower water in the
 * lanes does not make people need relief.
 */
const UNINHABITABLE_DEPTH = 0.5;

function pending(ctx: SimContext): number {
  const { entities } = ctx.state;
  const sup = entities.supplies;
  const since = sup.checkedAt;
  const groups = entities.evacuation.groups;
  for (const id of Object.keys(groups)) {
    const g = groups[id];
    if (g.status === 'sheltered' && g.arrivedAt !== null && g.arrivedAt > since) return g.arrivedAt;
  }
  const convoys = sup.convoys;
  for (const id of Object.keys(convoys)) {
    const c = convoys[id];
    if (c.arrivedAt !== null && c.arrivedAt > since) return c.arrivedAt;
  }
  const active = Object.keys(entities.hazards.flooded).length > 0 || Object.values(sup.sites).some((s) => s.people > 0);
  return active ? (Math.floor(since / CONSEQUENCE_STEP) + 1) * CONSEQUENCE_STEP : Infinity;
}

interface Head { people: number; households: number; first: number }

/** People now in each shelter (arrived groups), and at-risk people who have left each village. */
function whoIsWhere(ctx: SimContext): { inShelter: Map<string, Head>; gone: Map<string, Head> } {
  const inShelter = new Map<string, Head>(), gone = new Map<string, Head>();
  const places = placeIndex(ctx.scenario).place;
  const groups = ctx.state.entities.evacuation.groups;
  const add = (m: Map<string, Head>, key: string, people: number, households: number, t: number) => {
    const h = m.get(key) ?? { people: 0, households: 0, first: t };
    h.people += people; h.households += households; h.first = Math.min(h.first, t);
    m.set(key, h);
  };
  for (const id of sortedKeys(groups)) {
    const g = groups[id];
    if (g.status === 'sheltered' && g.shelter) add(inShelter, g.shelter, g.people, g.households, g.arrivedAt ?? ctx.state.t);
    const left = g.status === 'moving' || g.status === 'sheltered' || (g.status === 'stranded' && g.node !== places.get(g.village)!.node);
    if (left) add(gone, g.village, g.people, g.households, g.leaveAt);
  }
  return { inShelter, gone };
}

export const supplySites = eventDriven('supplySites', 'consequences', pending, (ctx) => {
  const { scenario, state } = ctx;
  const t = state.t;
  const places = placeIndex(scenario).place;
  const { inShelter, gone } = whoIsWhere(ctx);
  const flooded = state.entities.hazards.flooded;
  const atHome = (villageId: string): Head => {
    const v = places.get(villageId) as Village;
    const g = gone.get(villageId);
    return { people: Math.max(0, v.atRisk.people - (g?.people ?? 0)), households: Math.max(0, v.atRisk.households - (g?.households ?? 0)), first: t };
  };
  const homesFlooded = (id: string) => (flooded[id]?.depth ?? 0) >= UNINHABITABLE_DEPTH;
  ctx.update((draft) => {
    const sup = draft.supplies;
    // Eaten and drunk since the last check, by the people there since then.
    consumeUntil(sup, t);
    for (const s of scenario.shelters) if (inShelter.has(s.id)) sup.sites[s.id] ??= emptySite();
    for (const v of scenario.villages) if (homesFlooded(v.id) && atHome(v.id).people > 0) sup.sites[v.id] ??= emptySite();
    for (const id of sortedKeys(sup.sites)) {
      const site = sup.sites[id];
      const p = places.get(id)!;
      let head: Head | undefined;
      if (p.kind === 'shelter') head = inShelter.get(id);
      else if (p.kind === 'village' && (site.affectedAt !== null || homesFlooded(id))) head = atHome(id);
      site.people = head?.people ?? 0;
      site.households = head?.households ?? 0;
      if (site.affectedAt === null && site.people > 0) site.affectedAt = p.kind === 'shelter' ? head!.first : t;
      if (site.affectedAt === null || site.securedAt !== null) continue;
      const roofed = p.kind === 'shelter';
      const capacity = p.kind === 'shelter' ? p.capacity : Infinity;
      if (isSecured(site.stocks, site.people, roofed, capacity)) {
        site.securedAt = t;
        ctx.emit({ kind: 'siteSecured', place: id, people: site.people, after: t - site.affectedAt }, suppliesAudience(ctx, id));
      }
    }
    sup.checkedAt = t;
  });
});
