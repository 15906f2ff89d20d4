// The supplies targets a plan is graded against (DOMAIN.md, 001 主要目标): relief supplies at the
// scene within 4 h, and affected people's basic living secured within 10 h — counted per
// affected site from the moment it was affected (sites.ts).
import type { SimState } from '../state.ts';
import { sortedKeys } from '../order.ts';
import type { ConvoyStatus } from './supplyState.ts';

const SUPPLIES_TARGET = 4 * 3600;
const SECURED_TARGET = 10 * 3600;

interface SiteMeasure {
  place: string;
  people: number;
  affectedAt: number;
  firstSuppliesAt: number | null;
  securedAt: number | null;
  /** null while undecided: not yet done and the target time not yet past. */
  suppliedWithin4h: boolean | null;
  securedWithin10h: boolean | null;
}

export interface SupplyKpis {
  convoys: Record<ConvoyStatus, number>;
  sitesAffected: number;
  suppliedWithin4h: number;
  securedWithin10h: number;
  /** Affected sites no supplies have reached yet, and sites not secured yet. */
  unsupplied: number;
  unsecured: number;
  /** Longest wait (s) from affected to first supplies / to secured; a site still waiting counts its wait so far. */
  worstSupplyDelay: number | null;
  worstSecuredDelay: number | null;
  sites: SiteMeasure[];
}

function within(target: number, doneAt: number | null, affectedAt: number, now: number): boolean | null {
  if (doneAt !== null) return doneAt - affectedAt <= target;
  return now - affectedAt > target ? false : null;
}

export function supplyKpis(state: SimState): SupplyKpis {
  const sup = state.entities.supplies;
  const convoys: Record<ConvoyStatus, number> = { loading: 0, enRoute: 0, arrived: 0, stranded: 0 };
  for (const id of sortedKeys(sup.convoys)) convoys[sup.convoys[id].status]++;
  const sites: SiteMeasure[] = [];
  let worstSupply: number | null = null, worstSecured: number | null = null;
  for (const id of sortedKeys(sup.sites)) {
    const s = sup.sites[id];
    if (s.affectedAt === null) continue;
    const a = s.affectedAt;
    // Supplies already there before the site was affected count as there at once.
    const supplyDelay = Math.max(0, (s.firstSuppliesAt ?? state.t) - a);
    const securedDelay = (s.securedAt ?? state.t) - a;
    worstSupply = Math.max(worstSupply ?? 0, supplyDelay);
    worstSecured = Math.max(worstSecured ?? 0, securedDelay);
    sites.push({
      place: id, people: s.people, affectedAt: a, firstSuppliesAt: s.firstSuppliesAt, securedAt: s.securedAt,
      suppliedWithin4h: s.firstSuppliesAt !== null ? supplyDelay <= SUPPLIES_TARGET : within(SUPPLIES_TARGET, null, a, state.t),
      securedWithin10h: within(SECURED_TARGET, s.securedAt, a, state.t),
    });
  }
  return {
    convoys,
    sitesAffected: sites.length,
    suppliedWithin4h: sites.filter((s) => s.suppliedWithin4h === true).length,
    securedWithin10h: sites.filter((s) => s.securedWithin10h === true).length,
    unsupplied: sites.filter((s) => s.firstSuppliesAt === null).length,
    unsecured: sites.filter((s) => s.securedAt === null).length,
    worstSupplyDelay: worstSupply,
    worstSecuredDelay: worstSecured,
    sites,
  };
}
