// 应急避难场所: one at each township seat (a school) and more by the township's village farthest
// from the seat (a village square), all above flash-flood reach. Each township's shelters hold
// its at-risk people at areaPerPerson m² (1.5 m², DOMAIN.md) times a margin: the seat's takes
// 60 % of that and the others share the rest.
import type { DemoSpec } from './spec.ts';
import type { SiteRegister } from './sites.ts';
import type { Seat } from './villages.ts';
import type { Named, VillageSite } from './layout.ts';
import { shortEn, shortZh } from './names.ts';

export interface ShelterSite extends Named {
  township: string;
  usableArea: number;
}

/** The first shelter of every township, near its seat: cells, one list per township. */
export function seatShelters(spec: DemoSpec, sites: SiteRegister, seats: Seat[], safe: (c: number) => boolean): number[][] {
  return spec.townships.map((t, k) => [sites.place(`shelter near ${t.id}`, seats[k].x, seats[k].y, 4000, 300, safe)]);
}

/** Adds the other shelters by the farthest village and sizes them all. */
export function completeShelters(
  spec: DemoSpec, sites: SiteRegister, seats: Seat[], villages: VillageSite[], cells: number[][], safe: (c: number) => boolean,
): ShelterSite[] {
  const byVillage = new Map<number, VillageSite>();
  spec.townships.forEach((t, k) => {
    const s = seats[k];
    let far: VillageSite | null = null, farD2 = -1;
    for (const v of villages) {
      if (v.township !== t.id) continue;
      const [x, y] = sites.centre(v.cell);
      const d2 = (x - s.x) * (x - s.x) + (y - s.y) * (y - s.y);
      if (d2 > farD2) {
        farD2 = d2;
        far = v;
      }
    }
    for (let extra = 1; extra < spec.shelters.perTownship && far; extra++) {
      const [x, y] = sites.centre(far.cell);
      const c = sites.place(`shelter near ${far.id}`, x, y, 4000, 300, safe);
      cells[k].push(c);
      byVillage.set(c, far);
    }
  });

  const shelters: ShelterSite[] = [];
  spec.townships.forEach((t, k) => {
    const atRisk = villages.filter((v) => v.township === t.id).reduce((a, v) => a + v.people.atRisk.people, 0);
    const need = atRisk * spec.shelters.areaPerPerson * spec.shelters.margin;
    const count = cells[k].length;
    cells[k].forEach((cell, n) => {
      const share = count === 1 ? 1 : n === 0 ? 0.6 : 0.4 / (count - 1);
      const usableArea = Math.max(spec.shelters.minArea, Math.ceil((need * share) / 50) * 50);
      const id = `shelter-${t.id}-${n + 1}`;
      const v = byVillage.get(cell);
      shelters.push(v
        ? { id, zh: `${v.zh.replace(/村$/, '')}文化广场应急避难场所`, en: `${v.en.replace(/ Village$/, '')} Square shelter`, township: t.id, cell, usableArea }
        : { id, zh: `${shortZh(t.zh)}中心小学应急避难场所`, en: `${shortEn(t.en)} Central School shelter`, township: t.id, cell, usableArea });
    });
  });
  return shelters;
}
