// What the earthquake has done, in the state (entities.quake): absent until the main shock of a
// scenario that has one, so the state of every other scenario is unchanged.
import type { Outage } from '../../world/outage.ts';

export interface QuakeVillage {
  /** Intensity (烈度) at the village from the main shock, to 0.01 degree. */
  intensity: number;
  /** The intensity its houses' damage now corresponds to, once an aftershock has raised it (aftershock.ts); absent: `intensity`. */
  reached?: number;
  /** Mean damage index of its houses (0–1) and the people without a safe home. */
  damageIndex: number;
  homeless: number;
  /** People still buried from the collapse (they are also among the village's trapped). */
  buried: number;
  /** When the township hears from the village (by phone; when its phones are down, by satellite phone or messenger). */
  heardAt: number;
  heardBy: 'phone' | 'satellitePhone' | 'messenger';
  /** Repair work done on each cut service, person-hours. */
  repair: Partial<Record<Outage, number>>;
  /** Cut off on all four (断水、断电、断路、断通信) since this time, living on its stocks. */
  isolatedSince?: number;
  /** Days of food and water the households have left while cut off. */
  stockDays?: number;
}

export interface QuakeEntities {
  /** Sim time of the main shock. */
  t: number;
  /** Intensity at the epicentre, to 0.01 degree. */
  epicentral: number;
  /** By village id. */
  villages: Record<string, QuakeVillage>;
  /** The aftershocks so far, in order (absent before the first). */
  aftershocks?: { inject: string; t: number; magnitude: number; x: number; y: number; depth: number; strike: number }[];
  /** Bridges closed by a shock and not yet repaired, by bridge id: when, and the repair work done (person-hours). */
  bridges?: Record<string, { t: number; work: number }>;
}
