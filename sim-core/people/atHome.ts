// Who of a village's at-risk people is still at home: those in no evacuation group yet, and the
// groups that have not left (waiting to go, refusing, or with no shelter to go to). Rescue and
// deaths take people away from home: first from those in no group, then from the groups.
import { original, type Draft } from 'immer';
import type { Entities } from '../state.ts';
import type { Village } from '../world/places.ts';
import { sortedKeys } from '../order.ts';
import { newVillageCasualties, type VillageCasualties } from './casualtyState.ts';

const AT_HOME = new Set(['waiting', 'refusing', 'needsHelp', 'noShelter']);

export function casualtiesOf(draft: Draft<Entities>, v: Village): Draft<VillageCasualties> {
  let c = draft.casualties.villages[v.id];
  if (!c) { draft.casualties.villages[v.id] = newVillageCasualties(v.atRisk.people); c = draft.casualties.villages[v.id]; }
  return c;
}

/**
 * People in groups still at home, by village, in one pass (a sum: the order of the groups does
 * not matter). Read it from the committed state, not a draft: immer's proxies are slow.
 */
export function groupsAtHome(ent: Entities): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of Object.values(ent.evacuation.groups)) if (AT_HOME.has(g.status)) m.set(g.village, (m.get(g.village) ?? 0) + g.people);
  return m;
}

/**
 * People who have left home by village (evacuee groups on their way, at a shelter or stranded on
 * the road), in one pass over the committed state: out of their houses, so no aftershock buries them.
 */
export function groupsAway(ent: Entities): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of Object.values(ent.evacuation.groups)) if (!AT_HOME.has(g.status)) m.set(g.village, (m.get(g.village) ?? 0) + g.people);
  return m;
}

/** People of village v at home now (pass groupsAtHome's map when asking for many villages). */
export function peopleAtHome(ent: Entities | Draft<Entities>, v: Village, inGroups?: Map<string, number>): number {
  const home = ent.casualties.villages[v.id]?.home ?? v.atRisk.people;
  if (inGroups) return home + (inGroups.get(v.id) ?? 0);
  let n = home;
  for (const g of Object.values(ent.evacuation.groups)) if (g.village === v.id && AT_HOME.has(g.status)) n += g.people;
  return n;
}

/** Takes up to k people away from home; returns how many were taken. */
export function takeFromHome(draft: Draft<Entities>, v: Village, k: number): number {
  const c = casualtiesOf(draft, v);
  let left = k;
  const fromHome = Math.min(c.home, left);
  c.home -= fromHome;
  left -= fromHome;
  // Find the groups on the plain objects (immer's original), touch only those in the draft.
  const base = original(draft.evacuation.groups) ?? draft.evacuation.groups;
  for (const id of sortedKeys(base)) {
    if (left === 0) break;
    if (base[id].village !== v.id) continue;
    const g = draft.evacuation.groups[id];
    if (!AT_HOME.has(g.status) || g.people === 0) continue;
    const take = Math.min(g.people, left);
    g.households = g.people === take ? 0 : Math.max(1, Math.round((g.households * (g.people - take)) / g.people));
    g.people -= take;
    left -= take;
  }
  return k - left;
}
