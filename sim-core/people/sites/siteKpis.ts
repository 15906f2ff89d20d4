// The run's figures for crowded sites (metrics.ts): per site emptied, how many, how long to
// clear, how many hurt in a crush, how many still inside. Absent when no site was touched.
import type { SimState } from '../../state.ts';
import { compareStrings } from '../../order.ts';

export interface SiteKpi {
  site: string;
  status: 'normal' | 'evacuating' | 'cleared' | 'stalled';
  people: number;
  out: number;
  /** Seconds from the alarm or order to the last person out (null until cleared). */
  clearedAfter: number | null;
  hurt: number;
  inside: number;
}

export function siteKpis(state: SimState): { sites?: SiteKpi[] } {
  const sites = state.entities.sites;
  if (!sites) return {};
  return {
    sites: Object.keys(sites).sort(compareStrings).map((id) => {
      const s = sites[id];
      return {
        site: id, status: s.status, people: s.people, out: s.out,
        clearedAfter: s.status === 'cleared' && s.started !== null && s.ended !== null ? s.ended - s.started : null,
        hurt: s.hurt, inside: s.people - s.out,
      };
    }),
  };
}
