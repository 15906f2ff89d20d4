// Emptying crowded sites inside the exercise. An order (evacuateSite), the site's alarm (a
// siteAlarm inject) or the quake starts it; from then on the siteEgress subsystem steps the
// site's crowd one sim second per tick until the last person is out (cleared) or the site's
// maxDuration has passed (stalled: who is still inside is reported, e.g. behind closed exits).
// Blocked or damaged exits (siteExitBlocked) and panic (sitePanic) change a running crowd or,
// before the alarm, the one that will run. A scenario without sites never touches any of it:
// nothing is due and no random number is drawn.
import { eventDriven } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import { compareStrings } from '../../order.ts';
import { DEFAULT_SPEED } from '../crowd/crowdParams.ts';
import { crowdTime } from '../crowd/crowdState.ts';
import { placeOccupants, occupantsAt } from './siteOccupants.ts';
import { closeSiteCrowdExit, freeSiteCrowd, hurrySiteCrowd, startSiteCrowd, stepSiteCrowd, type SiteCrowd } from './siteCrowd.ts';
import type { CrowdedSite, SiteCause, SiteState } from './siteTypes.ts';
import { earlyWarningSeconds } from './earlyWarning.ts';
import type { ScenarioEarthquake } from '../../hazards/quake/scenarioEarthquake.ts';

/**
 * After the main shock, sites empty by their own emergency plan (震后疏散): the alarm sounds this
 * long after the origin time — S waves arrive within ~10 s anywhere in a 48 km district and the
 * strong shaking of an M6.5 lasts of the order of 10–20 s, while people keep under cover (an
 * assumption, stated in docs/verification.md).
 */
export const QUAKE_ALARM_DELAY = 30;

/** The scenario's main shock, when it has one (hazards/quake/scenarioEarthquake.ts). */
function mainShock(ctx: SimContext): ScenarioEarthquake | undefined {
  return ctx.scenario.earthquake;
}

/** Who hears of a site's course first-hand: its township (and director and evaluator); the chief hears by the township's reports. */
export function siteAudience(site: CrowdedSite): string[] {
  return [`township:${site.township}`];
}

/** The inject's or order's audience and the site's, each role once. */
function audience(visibleTo: readonly string[], site: CrowdedSite): string[] {
  return [...new Set([...visibleTo, ...siteAudience(site)])];
}

function findSite(ctx: SimContext, id: string): CrowdedSite | undefined {
  return ctx.scenario.sites?.find((s) => s.id === id);
}

function freshState(): SiteState {
  return { status: 'normal', people: 0, started: null, cause: null, out: 0, hurt: 0, ended: null, closedExits: [], panic: 1 };
}

export function siteState(ctx: SimContext, id: string): SiteState {
  return ctx.state.entities.sites?.[id] ?? freshState();
}

function setSite(ctx: SimContext, id: string, change: (s: SiteState) => void): void {
  ctx.update((draft) => {
    draft.sites ??= {};
    const s = draft.sites[id] ?? (draft.sites[id] = freshState());
    change(s);
  });
}

function crowds(ctx: SimContext): Record<string, SiteCrowd> {
  return (ctx.state.crowds ??= {});
}

/** Why a site cannot be emptied now (null: it can); for the command's rejection. */
export function whyNotEvacuate(ctx: SimContext, id: string): string | null {
  const site = findSite(ctx, id);
  if (!site) return `no crowded site ${JSON.stringify(id)} in this scenario`;
  const s = siteState(ctx, id);
  if (s.status !== 'normal') return `site ${id} is already ${s.status === 'evacuating' ? 'being emptied' : 'empty'}`;
  return null;
}

/** The alarm sounds: the people inside now start to leave (reaction times from the people stream). */
export function startSiteEvacuation(ctx: SimContext, id: string, cause: SiteCause, visibleTo: readonly string[], warning?: number): void {
  const site = findSite(ctx, id);
  if (!site || siteState(ctx, id).status !== 'normal') return;
  const s = siteState(ctx, id);
  const people = occupantsAt(site, ctx.scenario.start, ctx.state.t);
  const t = ctx.state.t;
  if (people === 0) {
    setSite(ctx, id, (d) => { d.status = 'cleared'; d.started = t; d.cause = cause; d.ended = t; });
    ctx.emit({ kind: 'siteEvacuationStarted', site: id, people: 0, cause, ...(warning !== undefined ? { warning } : {}) }, audience(visibleTo, site));
    ctx.emit({ kind: 'siteCleared', site: id, after: 0, people: 0, hurt: 0 }, siteAudience(site));
    return;
  }
  const { x, y } = placeOccupants(site, people);
  const n = x.length;
  const speed = new Float64Array(n).fill(site.speed * s.panic);
  const reaction = new Float64Array(n);
  const [lo, hi] = site.reaction;
  for (let a = 0; a < n; a++) reaction[a] = lo === hi ? lo : ctx.state.rng.between('people', lo, hi);
  crowds(ctx)[id] = startSiteCrowd(site, s.closedExits, { x, y, speed, reaction });
  setSite(ctx, id, (d) => { d.status = 'evacuating'; d.people = n; d.started = t; d.cause = cause; });
  ctx.emit({ kind: 'siteEvacuationStarted', site: id, people: n, cause, ...(warning !== undefined ? { warning } : {}) }, audience(visibleTo, site));
}

/** An exit is blocked (debris, a locked gate, quake damage). Refused silently if unknown or already shut. */
export function blockSiteExit(ctx: SimContext, id: string, exit: number, visibleTo: readonly string[]): void {
  const site = findSite(ctx, id);
  if (!site || exit < 0 || exit >= site.plan.exits.length) return;
  const s = siteState(ctx, id);
  if (s.closedExits.includes(exit)) return;
  const closed = [...s.closedExits, exit];
  setSite(ctx, id, (d) => { d.closedExits = closed; });
  const live = ctx.state.crowds?.[id];
  if (live) crowds(ctx)[id] = closeSiteCrowdExit(site, live, closed);
  ctx.emit({ kind: 'siteExitBlocked', site: id, exit }, audience(visibleTo, site));
}

/** Panic: everyone's desired speed rises by `factor` (Helbing et al. 2000: faster is slower at a door). */
export function panicSite(ctx: SimContext, id: string, factor: number): void {
  const site = findSite(ctx, id);
  if (!site || factor <= 0) return;
  setSite(ctx, id, (d) => { d.panic *= factor; });
  const live = ctx.state.crowds?.[id];
  if (live) hurrySiteCrowd(live, factor);
}

/** When the quake's alarm is due at sites still untouched (Infinity: no quake, or none left). */
function quakeAlarmDue(ctx: SimContext): number {
  const q = mainShock(ctx);
  if (!q || !ctx.scenario.sites) return Infinity;
  return ctx.scenario.sites.some((s) => siteState(ctx, s.id).status === 'normal') ? q.t + QUAKE_ALARM_DELAY : Infinity;
}

function pending(ctx: SimContext): number {
  const c = ctx.state.crowds;
  return c && Object.keys(c).length > 0 ? ctx.state.t : quakeAlarmDue(ctx);
}

/** The quake's alarm: every site not yet touched empties, told its early-warning seconds. */
function quakeAlarms(ctx: SimContext): void {
  const q = mainShock(ctx)!;
  for (const site of ctx.scenario.sites!) {
    if (siteState(ctx, site.id).status !== 'normal') continue;
    startSiteEvacuation(ctx, site.id, 'quake', [], earlyWarningSeconds(site, q));
  }
}

export const siteEgress = eventDriven('siteEgress', 'movement', pending, (ctx) => {
  const t = ctx.state.t;
  if (quakeAlarmDue(ctx) <= t) quakeAlarms(ctx);
  const live = ctx.state.crowds;
  if (!live) return;
  for (const id of Object.keys(live).sort(compareStrings)) {
    const c = live[id];
    const site = findSite(ctx, id)!;
    const before = siteState(ctx, id);
    // The first second is stepped at the tick after the alarm, so at tick started + k the crowd
    // has had k seconds, whether the alarm came by command (between ticks) or inject (in one).
    if (before.started === t) continue;
    stepSiteCrowd(c);
    const out = c.sim.n - c.sim.remaining;
    const done = c.sim.remaining === 0;
    const stalled = !done && crowdTime(c.sim) >= site.maxDuration;
    // Time to clear: when the last person crossed an exit line, in whole seconds after the alarm.
    const elapsed = done ? Math.ceil(lastExit(c) - 1e-9) : Math.round(crowdTime(c.sim));
    if (c.hurtCount > before.hurt) {
      ctx.emit({ kind: 'siteCrushInjuries', site: id, hurt: c.hurtCount - before.hurt, total: c.hurtCount }, siteAudience(site));
    }
    if (out !== before.out || c.hurtCount !== before.hurt || done || stalled) {
      setSite(ctx, id, (d) => {
        d.out = out;
        d.hurt = c.hurtCount;
        if (done) { d.status = 'cleared'; d.ended = t; }
        if (stalled) { d.status = 'stalled'; d.ended = t; }
      });
    }
    if (done) ctx.emit({ kind: 'siteCleared', site: id, after: elapsed, people: c.sim.n, hurt: c.hurtCount }, siteAudience(site));
    if (stalled) ctx.emit({ kind: 'siteStalled', site: id, after: elapsed, inside: c.sim.remaining, hurt: c.hurtCount }, siteAudience(site));
    if (done || stalled) {
      freeSiteCrowd(c);
      delete live[id];
    }
  }
});

function lastExit(c: SiteCrowd): number {
  let last = 0;
  for (let a = 0; a < c.sim.n; a++) if (c.sim.exitTime[a] > last) last = c.sim.exitTime[a];
  return last;
}

/** Default desired speed of a site's people (Weidmann's free speed), for the schema. */
export const DEFAULT_SITE_SPEED = DEFAULT_SPEED;
