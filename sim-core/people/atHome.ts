// Who of a village's at-risk people is still at home: those in no evacuation group yet, and the
// groups that have not left (waiting to go, refusing, or with no shelter to go to). Rescue and
// deaths take people away from home: first from those in no group, then from the groups.
import type { Draft } from 'immer';
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

/** People of village v at home now. */
export function peopleAtHome(ent: Entities | Draft<Entities>, v: Village): number {
  let n = ent.casualties.villages[v.id]?.home ?? v.atRisk.people;
  const groups = ent.evacuation.groups;
  for (const id of sortedKeys(groups)) {
    const g = groups[id];
    if (g.village === v.id && AT_HOME.has(g.status)) n += g.people;
  }
  return n;
}

/** Takes up to k people away from home; returns how many were taken. */
export function takeFromHome(draft: Draft<Entities>, v: Village, k: number): number {
  const c = casualtiesOf(draft, v);
  let left = k;
  const fromHome = Math.min(c.home, left);
  c.home -= fromHome;
  left -= fromHome;
  for (const id of sortedKeys(draft.evacuation.groups)) {
    if (left === 0) break;
    const g = draft.evacuation.groups[id];
    if (g.village !== v.id || !AT_HOME.has(g.status) || g.people === 0) continue;
    const take = Math.min(g.people, left);
    g.households = g.people === take ? 0 : Math.max(1, Math.round((g.households * (g.people - take)) / g.people));
    g.people -= take;
    left -= take;
  }
  return k - left;
}
