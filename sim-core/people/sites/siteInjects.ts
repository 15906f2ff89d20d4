// The director's injects for crowded sites (injects/inject.ts SiteInject): the site's alarm, an
// exit blocked, panic. Panic's default factor: Helbing, Farkas & Vicsek (2000) take a relaxed
// desired speed of 0.6 m/s, "normal" 1 m/s and nervous, pushing crowds up to 1.5 m/s and more
// (their Fig. 1–2 span 0.6–5 m/s); 1.5 here takes Weidmann's free 1.34 m/s to 2 m/s, a hurried
// walk short of running, and is the scenario's to change (payload.speedFactor).
import type { SimContext } from '../../context.ts';
import type { Inject } from '../../injects/inject.ts';
import { blockSiteExit, panicSite, startSiteEvacuation } from './siteEgress.ts';

export const DEFAULT_PANIC_FACTOR = 1.5;

export function fireSiteInject(ctx: SimContext, inj: Extract<Inject, { kind: 'siteAlarm' | 'siteExitBlocked' | 'sitePanic' }>, visibleTo: readonly string[]): void {
  switch (inj.kind) {
    case 'siteAlarm':
      startSiteEvacuation(ctx, inj.target.site, 'alarm', visibleTo);
      break;
    case 'siteExitBlocked':
      blockSiteExit(ctx, inj.target.site, inj.target.exit ?? 0, visibleTo);
      break;
    case 'sitePanic':
      panicSite(ctx, inj.target.site, inj.payload.speedFactor ?? DEFAULT_PANIC_FACTOR);
      break;
  }
}
