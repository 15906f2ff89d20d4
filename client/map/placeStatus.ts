// What the shown role knows of each village and shelter, read from the events it has seen and
// its view: warned, evacuating, evacuated, in danger (trapped, flooded, fire near); people in
// each shelter. Incremental over the store's events; starts over when the events are reset.
import { hex, VILLAGE_STATUS_RGB } from '../../presentation/map/palette.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { FeedView as View } from '../../runtime/feed.ts';

export type VillageStatus = 'none' | 'warned' | 'evacuating' | 'evacuated' | 'inDanger';

interface VillageFacts { warned: string | null; ordered: boolean; departed: number; arrived: number; trapped: number; rescued: number; threatened: boolean; flooded: boolean }

export class PlaceStatus {
  private villages = new Map<string, VillageFacts>();
  private shelterPeople = new Map<string, number>();
  private cursor = 0;
  private source: EventEntry[] | null = null;
  private atRisk: Map<string, number>;
  /** Bumped whenever anything changes (the map redraws on it). */
  version = 0;

  constructor(private readonly scenario: Scenario) {
    this.atRisk = new Map(scenario.villages.map((v) => [v.id, v.atRisk.people]));
  }

  private facts(id: string): VillageFacts {
    let f = this.villages.get(id);
    if (!f) { f = { warned: null, ordered: false, departed: 0, arrived: 0, trapped: 0, rescued: 0, threatened: false, flooded: false }; this.villages.set(id, f); }
    return f;
  }

  /** Reads events not read yet (all of them again if the list was replaced or shrank). */
  update(events: EventEntry[]): void {
    if (events !== this.source || events.length < this.cursor) {
      this.source = events;
      this.cursor = 0;
      this.villages.clear();
      this.shelterPeople.clear();
      this.version++;
    }
    if (this.cursor >= events.length) return;
    for (; this.cursor < events.length; this.cursor++) this.read(events[this.cursor]);
    this.version++;
  }

  private read(e: EventEntry): void {
    switch (e.kind) {
      case 'warningReachedVillage': case 'warningReachedHouseholds': this.facts(e.village).warned = e.level; break;
      case 'warningIssued': for (const v of e.villages) this.facts(v).warned ??= e.level; break;
      case 'evacuationOrdered': for (const v of e.villages) this.facts(v).ordered = true; break;
      case 'evacueesDeparted': this.facts(e.village).departed += e.people; break;
      case 'evacueesArrived':
        this.facts(e.village).arrived += e.people;
        this.shelterPeople.set(e.shelter, (this.shelterPeople.get(e.shelter) ?? 0) + e.people);
        break;
      case 'peopleTrapped': this.facts(e.village).trapped = Math.max(this.facts(e.village).trapped, e.people); break;
      case 'evacueesStranded': this.facts(e.village).trapped += e.people; break;
      case 'peopleRescued':
        this.facts(e.village).rescued += e.people;
        if (e.shelter) this.shelterPeople.set(e.shelter, (this.shelterPeople.get(e.shelter) ?? 0) + e.people);
        break;
      case 'placeThreatenedByFire': if (e.placeKind === 'village') this.facts(e.place).threatened = true; break;
      case 'placeFlooded': if (e.placeKind === 'village') this.facts(e.place).flooded = true; break;
      case 'placeDrained': if (e.placeKind === 'village') this.facts(e.place).flooded = false; break;
    }
  }

  villageStatus(id: string, view: View | null): VillageStatus {
    const f = this.villages.get(id);
    const flooded = view?.flooded.some((p) => p.place === id) ?? false;
    if (!f) return flooded ? 'inDanger' : 'none';
    const need = this.atRisk.get(id) ?? 0;
    const safe = f.arrived + f.rescued;
    if (f.trapped > f.rescued || ((flooded || f.flooded || f.threatened) && safe < need)) return 'inDanger';
    if (need > 0 && safe >= need * 0.95) return 'evacuated';
    if (f.ordered || f.departed > 0) return 'evacuating';
    return f.warned ? 'warned' : 'none';
  }

  villageFacts(id: string): Readonly<VillageFacts> | null { return this.villages.get(id) ?? null; }

  /** People in a shelter: the view's supplied sites when it has them, else the arrivals seen. */
  shelterOccupancy(id: string, view: View | null): number {
    const site = view?.supplies.sites.find((s) => s.place === id);
    return site ? site.people : this.shelterPeople.get(id) ?? 0;
  }
}

export const VILLAGE_COLOURS: Record<VillageStatus, number> = {
  none: hex(VILLAGE_STATUS_RGB.none), warned: hex(VILLAGE_STATUS_RGB.warned), evacuating: hex(VILLAGE_STATUS_RGB.evacuating),
  evacuated: hex(VILLAGE_STATUS_RGB.evacuated), inDanger: hex(VILLAGE_STATUS_RGB.inDanger),
};
