// What a role knows of the chemical release: the sites (registered major-hazard installations,
// known to all), the threat zone — the truth for director and evaluator, otherwise the last zone
// a team measured if this role measured it or was told it by report (never the truth for free:
// DOMAIN.md) — and which villages were told to shelter in place (chief and their township).
import { compareStrings } from '../../order.ts';
import type { SimContext } from '../../context.ts';
import type { Role } from '../../commands/roles.ts';
import type { ZoneTier } from './chemicalState.ts';

export interface ChemicalView {
  sites: { id: string; x: number; y: number; substance: string }[];
  /** The zone this role knows (null: none), when it stood and whether it was measured or is the truth. */
  zone: { t: number; site: string; measured: boolean; tiers: Omit<ZoneTier, 'area'>[] } | null;
  /** Whether the role knows the leak is stopped (the isolating team reports it). */
  isolated: string[];
  sheltered: string[];
}

export function chemicalViewFor(ctx: SimContext, role: Role, roleName: string, truth: boolean): ChemicalView | undefined {
  const setting = ctx.scenario.chemical;
  const chem = ctx.state.entities.chemical;
  if (!setting || !chem) return undefined;
  const m = chem.measured;
  const known = m && (m.knownTo.includes(roleName) || m.knownTo.includes('all'));
  const tiers = (z: { tiers: ZoneTier[] }) => z.tiers.map(({ tier, ppm, reach, polygon }) => ({ tier, ppm, reach, polygon }));
  const zone = truth
    ? (chem.zone ? { t: chem.zone.t, site: chem.zone.site, measured: false, tiers: tiers(chem.zone) } : null)
    : (known ? { t: m.t, site: m.site, measured: true, tiers: tiers(m) } : null);
  const mine = (village: string) => truth || role.kind === 'chief' || (role.kind === 'township' && ctx.scenario.villages.some((v) => v.id === village && v.township === role.id));
  return {
    sites: setting.sites.map((s) => ({ id: s.id, x: s.x, y: s.y, substance: s.substance })),
    zone,
    isolated: Object.keys(chem.isolated).filter((s) => truth || role.kind === 'chief').sort(compareStrings),
    sheltered: Object.keys(chem.sheltered).filter(mine).sort(compareStrings),
  };
}
