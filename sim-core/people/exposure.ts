// Exposure of the people at home to water and fire, every 5 minutes: the flood hazard rating at
// the village (hazardRating.ts) — people there are trapped once it reaches "danger for some"
// (0.75), and injuries and deaths follow as the rating rises; a fire front at the village traps
// them too and harms them by time exposed. Events go to the village's township (the village
// responder calls it in); the chief learns of casualties only from reports.
import type { Draft } from 'immer';
import { periodic } from '../clock.ts';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { Village } from '../world/places.ts';
import { cellAt } from '../world/grid.ts';
import { depthAt, floodRuntime } from '../hazards/floodRuntime.ts';
import { areaVulnerability, deathShare, hazardRating, injuryShare } from './hazardRating.ts';
import { casualtiesOf, groupsAtHome, peopleAtHome, takeFromHome } from './atHome.ts';
import { exp, hypot } from '../math/index.ts';

const EXPOSURE_STEP = 300;
/** HR at which people can no longer wade out on their own ("danger for some"). */
const TRAPPED_HR = 0.75;
/**
 * Fire at a village: a cell within 100 m burning now (reached within the last 15 min, about a
 * grass-and-shrub front's flaming plus glowing residence). People caught at home are hurt at a
 * constant hazard: injury time constant 2 h, death 20 h (assumed exercise figures: about 4 % of
 * those present injured and 0.4 % killed per 5 min in the front; no published function used).
 */
const FIRE_RESIDENCE = 900;
const FIRE_INJURY_TAU = 7200;
const FIRE_DEATH_TAU = 72000;

/** Depth-averaged speed of the water at a hydraulic cell, m/s (mean of its face discharges / depth). */
function speedAt(ctx: SimContext, cell: number): number {
  const rt = floodRuntime(ctx.scenario);
  const { width: w } = rt.params.grid;
  const f = ctx.state.fields.flood;
  const h = rt.hydroOf[cell];
  const d = f.depth[h];
  if (!(d > 0.01)) return 0;
  const i = h % w, j = (h - i) / w;
  const qx = 0.5 * (f.qx[j * (w + 1) + i] + f.qx[j * (w + 1) + i + 1]);
  const qy = 0.5 * (f.qy[h] + f.qy[h + w]);
  return hypot(qx, qy) / d;
}

function fireAt(ctx: SimContext, cell: number): boolean {
  const { width, height } = ctx.scenario.grid;
  const arrival = ctx.state.fields.fireArrival, t = ctx.state.t;
  const i = cell % width, j = (cell - i) / width;
  for (let b = Math.max(0, j - 1); b <= Math.min(height - 1, j + 1); b++) {
    for (let a = Math.max(0, i - 1); a <= Math.min(width - 1, i + 1); a++) {
      const at = arrival[b * width + a];
      if (at <= t && at > t - FIRE_RESIDENCE) return true;
    }
  }
  return false;
}

function binomial(ctx: SimContext, n: number, p: number): number {
  if (!(p > 0) || n <= 0) return 0;
  let k = 0;
  for (let m = 0; m < n; m++) if (ctx.state.rng.uniform('people') < p) k++;
  return k;
}

function warningQuality(ctx: SimContext, v: Village): 'effective' | 'partial' | 'none' {
  const w = ctx.state.entities.warnings.villages[v.id];
  if (!w || w.households.length === 0) return 'none';
  const reached = w.households.filter((t) => t <= ctx.state.t).length / w.households.length;
  return reached >= 0.8 ? 'effective' : reached > 0 ? 'partial' : 'none';
}

function audience(v: Village): string[] {
  return [`township:${v.township}`];
}

function exposeVillage(ctx: SimContext, draft: Draft<Entities>, v: Village, inGroups: Map<string, number>): void {
  const cell = cellAt(ctx.scenario.grid, v.x, v.y);
  const rt = floodRuntime(ctx.scenario);
  const depth = depthAt(ctx.scenario, rt, ctx.state.fields.flood, cell);
  const hr = hazardRating(depth, depth > 0 ? speedAt(ctx, cell) : 0);
  const fire = fireAt(ctx, cell);
  const existing = draft.casualties.villages[v.id];
  if (hr === 0 && !fire && (!existing || existing.trapped === 0)) return;
  const c = casualtiesOf(draft, v);
  c.hrNow = hr;
  const present = peopleAtHome(draft, v, inGroups);
  const wasTrapped = c.trapped;
  c.trapped = (hr >= TRAPPED_HR || fire ? present : 0) + c.heldByInject;
  if (c.trapped > 0 && wasTrapped === 0) {
    ctx.emit({ kind: 'peopleTrapped', village: v.id, people: c.trapped, cause: fire ? 'fire' : 'flood', hazardRating: Math.round(hr * 100) / 100 }, audience(v));
  }
  if (present === 0) return;
  const pv = v.atRisk.people > 0 ? Math.min(1, v.vulnerable / v.atRisk.people) : 0;
  let injured = 0, dead = 0;
  if (hr > c.hrMax) {
    const av = areaVulnerability(warningQuality(ctx, v));
    const before = injuryShare(c.hrMax, av, pv), after = injuryShare(hr, av, pv);
    injured += binomial(ctx, present, before < 1 ? (after - before) / (1 - before) : 0);
    dead += binomial(ctx, present, deathShare(hr, av, pv) - deathShare(c.hrMax, av, pv));
    c.hrMax = hr;
  }
  if (fire) {
    c.fireExposure += EXPOSURE_STEP;
    injured += binomial(ctx, present, 1 - exp(-EXPOSURE_STEP / FIRE_INJURY_TAU));
    dead += binomial(ctx, present, 1 - exp(-EXPOSURE_STEP / FIRE_DEATH_TAU));
  }
  // Nobody is hurt twice: new injuries only among those at home not yet injured.
  injured = Math.min(injured, Math.max(0, present - (c.injured - c.treated)));
  if (injured === 0 && dead === 0) return;
  dead = takeFromHome(draft, v, dead);
  c.dead += dead;
  c.injured += injured;
  c.trapped = Math.max(0, c.trapped - dead);
  ctx.emit({ kind: 'casualties', village: v.id, injured, dead, cause: fire ? 'fire' : 'flood' }, audience(v));
}

/**
 * 被困 inject: people cut off at a village until rescued. Unlike water or fire at the village,
 * which its responder phones in to the township at once, a scripted trapping is the director's
 * truth: it is told to exactly the inject's `visibleTo` and nobody else (issue 15 — the storm's
 * Xiachang roof is learnt from the villager's call the script sends later, not before).
 */
export function trapPeople(ctx: SimContext, villageId: string, people: number, visibleTo: readonly string[]): void {
  const v = ctx.scenario.villages.find((x) => x.id === villageId);
  if (!v) return;
  ctx.update((draft) => {
    const c = casualtiesOf(draft, v);
    const held = Math.min(people, Math.max(0, v.population - v.atRisk.people - c.heldByInject - c.rescued));
    if (held > 0) {
      c.heldByInject += held;
      c.trapped += held;
      ctx.emit({ kind: 'peopleTrapped', village: v.id, people: c.trapped, cause: 'cutOff', hazardRating: Math.round(c.hrMax * 100) / 100 }, [...new Set(visibleTo)]);
    }
  });
}

export const exposure = periodic('exposure', 'consequences', EXPOSURE_STEP, (ctx) => {
  const fields = ctx.state.fields;
  const anyWater = !fields.floodIdle;
  const anyFire = Object.keys(ctx.state.entities.fire.fires).length > 0;
  const anyTrapped = Object.values(ctx.state.entities.casualties.villages).some((c) => c.trapped > 0);
  if (!anyWater && !anyFire && !anyTrapped) return;
  // Each village's groups change only in its own turn below, so an index built before is exact.
  const inGroups = groupsAtHome(ctx.state.entities);
  ctx.update((draft) => {
    for (const v of ctx.scenario.villages) exposeVillage(ctx, draft, v, inGroups);
  });
});
