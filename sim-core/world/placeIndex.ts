// Places by id across every kind (ids are unique across kinds; the loader checks). Built once
// per scenario and cached, since scenarios are immutable.
import type { Place } from './places.ts';
import type { Scenario, TeamDef } from './scenario.ts';

interface PlaceIndex {
  place: Map<string, Place>;
  team: Map<string, TeamDef>;
}

const cache = new WeakMap<Scenario, PlaceIndex>();

export function allPlaces(s: Scenario): Place[] {
  return [...s.townships, ...s.villages, ...s.shelters, ...s.depots, ...s.teamBases, ...s.cameras, ...s.reservoirs, ...s.gauges];
}

export function placeIndex(s: Scenario): PlaceIndex {
  let idx = cache.get(s);
  if (!idx) {
    idx = { place: new Map(allPlaces(s).map((p) => [p.id, p])), team: new Map(s.teams.map((t) => [t.id, t])) };
    cache.set(s, idx);
  }
  return idx;
}

/** The township a place belongs to, when it has one. */
export function townshipOf(p: Place): string | null {
  if (p.kind === 'township') return p.id;
  return 'township' in p ? p.township : null;
}
