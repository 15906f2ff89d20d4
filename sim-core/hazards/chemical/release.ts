// A release starts (an inject: a leak, a fire or explosion at the site) or stops (a team
// isolated the tank, or the inventory ran out). A new release at a site replaces the one
// running there (a leak that grows is a new, larger rate from that moment).
import type { SimContext } from '../../context.ts';
import type { ChemicalSite } from './chemicalSite.ts';
import type { ReleaseSegment } from './chemicalState.ts';

export type ReleaseCause = 'leak' | 'fire' | 'explosion';

/** What an inject asks for: a rate (kg/s) for a time (s, or until stopped), or a puff (kg). */
export type ReleaseSpec = { rate: number; duration?: number } | { mass: number };

export function siteOf(ctx: SimContext, id: string): ChemicalSite | undefined {
  return ctx.scenario.chemical?.sites.find((s) => s.id === id);
}

/** Kg a segment has put out by time t. */
export function releasedBy(seg: ReleaseSegment, t: number): number {
  if (seg.kind === 'puff') return t >= seg.from ? seg.mass / 1000 : 0;
  const end = Math.min(t, seg.to ?? t);
  return end > seg.from ? (seg.rate * (end - seg.from)) / 1000 : 0;
}

function releasedAt(segs: readonly ReleaseSegment[], site: string, t: number): number {
  let kg = 0;
  for (const s of segs) if (s.site === site) kg += releasedBy(s, t);
  return kg;
}

/** Why no release can start at the site now, or null. */
export function whyNoRelease(ctx: SimContext, siteId: string): string | null {
  const site = siteOf(ctx, siteId);
  const chem = ctx.state.entities.chemical;
  if (!site || !chem) return `no chemical site ${JSON.stringify(siteId)}`;
  if (chem.isolated[siteId]) return 'the site has been made safe (leak isolated)';
  if (releasedAt(chem.releases, siteId, ctx.state.t) >= site.inventory) return 'the site has nothing left to release';
  return null;
}

export function startRelease(ctx: SimContext, siteId: string, spec: ReleaseSpec, cause: ReleaseCause, visibleTo: readonly string[]): boolean {
  if (whyNoRelease(ctx, siteId) !== null) return false;
  const site = siteOf(ctx, siteId)!;
  const t = ctx.state.t;
  ctx.update((draft) => {
    const chem = draft.chemical!;
    for (const s of chem.releases) if (s.site === siteId && s.kind === 'continuous' && (s.to === null || s.to > t)) s.to = t;
    const left = site.inventory - releasedAt(chem.releases, siteId, t);
    if ('mass' in spec) {
      chem.releases.push({ site: siteId, kind: 'puff', from: t, mass: Math.min(spec.mass, left) * 1000 });
    } else {
      // The inventory bounds the duration: what is left at this rate, in whole seconds.
      const most = Math.floor(left / spec.rate);
      const lasts = spec.duration === undefined ? most : Math.min(spec.duration, most);
      chem.releases.push({ site: siteId, kind: 'continuous', from: t, to: t + Math.max(1, lasts), rate: spec.rate * 1000 });
    }
  });
  ctx.emit({ kind: 'chemicalRelease', site: siteId, substance: site.substance, cause }, visibleTo);
  return true;
}

/** Stops every running release at the site now (isolated by a unit). */
export function isolateSite(ctx: SimContext, siteId: string, unit: string, audience: readonly string[]): void {
  const t = ctx.state.t;
  ctx.update((draft) => {
    const chem = draft.chemical!;
    for (const s of chem.releases) if (s.site === siteId && s.kind === 'continuous' && (s.to === null || s.to > t)) s.to = t;
    chem.isolated[siteId] = { t, by: unit };
  });
  ctx.emit({ kind: 'leakIsolated', site: siteId, unit }, audience);
}
