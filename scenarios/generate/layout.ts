// Where everything goes: township seats, dams, depots, team bases, shelters, the 238 villages
// and the gauges, each on a grid cell chosen from the terrain (seats and bases on gentle dry
// ground, shelters above flash-flood reach, villages by the gullies). Order matters for the
// spacing rule, so it is fixed here: seats, dams, depots, bases, first shelters, villages,
// second shelters (shelters.ts), gauges (gauges.ts).
import type { DemoSpec } from './spec.ts';
import type { Prng } from './prng.ts';
import type { ReservoirSite } from './reservoirs.ts';
import { SiteRegister } from './sites.ts';
import type { TerrainInfo } from './terrainAnalysis.ts';
import { placeVillages, territories, type Seat } from './villages.ts';
import { shortEn, shortZh, VillageNamer, type VillageName } from './names.ts';
import { villagePeople, type VillagePeople } from './people.ts';
import { completeShelters, seatShelters, type ShelterSite } from './shelters.ts';
import { placeGauges, type GaugeSite } from './gauges.ts';

/** Height above the gully a shelter must stand (out of flash-flood reach), metres. */
const SHELTER_ABOVE_GULLY = 8;

export interface Named {
  id: string;
  zh: string;
  en: string;
  cell: number;
}

export interface VillageSite extends Named {
  township: string;
  people: VillagePeople;
}

export interface Layout {
  sites: SiteRegister;
  seats: Seat[];
  owner: Int32Array;
  villages: VillageSite[];
  shelters: ShelterSite[];
  depots: Array<Named & { stocks: DemoSpec['depots'][number]['stocks'] }>;
  bases: Named[];
  reservoirs: Array<{ site: ReservoirSite; cell: number }>;
  gauges: GaugeSite[];
}


export function layOut(spec: DemoSpec, info: TerrainInfo, reservoirs: ReservoirSite[], rng: Prng): Layout {
  const { grid, layers, water, slope } = info;
  const sites = new SiteRegister(grid);
  const dry = (c: number) => !water[c] && !layers.dam[c] && info.mainland[c] === 1;
  const buildable = (c: number) => dry(c) && slope[c] < 0.1;
  const safe = (c: number) => dry(c) && slope[c] < 0.08 && info.heightAboveGully[c] >= SHELTER_ABOVE_GULLY;

  const seats: Seat[] = spec.townships.map((t) => {
    const c = sites.place(t.id, t.seatKm[0] * 1000, t.seatKm[1] * 1000, 2500, 0,
      (c) => dry(c) && slope[c] < 0.06 && info.gullyDistance[c] >= 100);
    const [x, y] = sites.centre(c);
    return { id: t.id, cell: c, x, y };
  });
  const seatOf = (id: string) => {
    const k = spec.townships.findIndex((t) => t.id === id);
    if (k < 0) throw new Error(`no township ${id}`);
    return seats[k];
  };

  const reservoirSites = reservoirs.map((site) => ({ site, cell: sites.take(sites.cellAt(site.dam[0], site.dam[1])) }));

  const depots = spec.depots.map((d) => {
    const s = seatOf(d.near);
    return { id: d.id, zh: d.zh, en: d.en, stocks: d.stocks, cell: sites.place(d.id, s.x, s.y, 3000, 250, buildable) };
  });
  const bases: Named[] = spec.bases.map((b) => {
    const s = seatOf(b.near);
    return { id: b.id, zh: b.zh, en: b.en, cell: sites.place(b.id, s.x, s.y, 3000, 250, buildable) };
  });
  for (const t of spec.townships) {
    const s = seatOf(t.id);
    bases.push({
      id: `yard-${t.id}`, zh: `${shortZh(t.zh)}应急队伍驻地`, en: `${shortEn(t.en)} response team yard`,
      cell: sites.place(`yard-${t.id}`, s.x, s.y, 3000, 250, buildable),
    });
  }

  const shelterCells = seatShelters(spec, sites, seats, safe);

  const owner = territories(info, seats);
  // No village may share its name with a township or a reservoir.
  const namer = new VillageNamer(rng.fork('names'),
    [...spec.townships.map((t) => shortZh(t.zh)), ...spec.reservoirs.map((r) => r.zh.replace(/水库$/, ''))]);
  const villageCells: Array<{ township: number; cell: number; name: VillageName }> = [];
  spec.townships.forEach((t, k) => {
    for (const cell of placeVillages(info, sites, owner, seats, k, t.villages, rng.fork(`villages:${t.id}`))) {
      villageCells.push({ township: k, cell, name: namer.next() });
    }
  });
  const onPlain = villageCells.map((v) => layers.elevation[seats[v.township].cell] < spec.terrain.plainLevel + 60);
  const people = villagePeople(onPlain, rng.fork('people'));
  const ids = new Set<string>();
  const villages: VillageSite[] = villageCells.map((v, k) => {
    const township = spec.townships[v.township].id;
    let id = `${township}-${v.name.key}`;
    for (let n = 2; ids.has(id); n++) id = `${township}-${v.name.key}${n}`;
    ids.add(id);
    return { id, zh: v.name.zh, en: v.name.en, cell: v.cell, township, people: people[k] };
  });

  const shelters = completeShelters(spec, sites, seats, villages, shelterCells, safe);
  const gauges = placeGauges(spec, info, sites, reservoirSites, dry);
  return { sites, seats, owner, villages, shelters, depots, bases, reservoirs: reservoirSites, gauges };
}
