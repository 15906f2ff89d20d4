// The typhoon in the clock (hazards phase, every 10 minutes while the scenario has one; never
// otherwise): the weather service's bulletin at each track fix; the surface wind at every
// village (Holland with the storm's forward motion, windAt.ts) cutting power by the fragility
// (fragility.ts); trees and signboards across roads from force 10 on (a road block cleared like a landslide, landslides.ts);
// boats coming in, and at the deadline the boats still out. The rain is the flood model's: the
// scenario's zones get the storm's R-CLIPER rain when it is loaded (scenarios/typhoonRain.ts).
import type { Subsystem } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import type { Scenario } from '../../world/scenario.ts';
import { cellAt } from '../../world/grid.ts';
import { LAND_COVER } from '../../world/landCover.ts';
import { closeEdges } from '../../world/roadClosure.ts';
import { setOutage } from '../outages.ts';
import { nearestTownship } from '../fireDetection.ts';
import { sortedKeys } from '../../order.ts';
import { stormAt, type StormAt } from './track.ts';
import { surfaceMaxWind, surfaceWindAt, surfaceWindCeiling } from './windAt.ts';
import { powerFailureChance, TREES_DOWN_ONSET, treesDownSeverity } from './fragility.ts';
import { ensureTyphoonState } from './typhoonStart.ts';
import { typhoonGrade } from './grade.ts';
import type { ScenarioTyphoon } from './typhoonScenario.ts';

export const TYPHOON_STEP = 600;
/**
 * Chance per road node per 10-min step that a tree or signboard blocks it, at typhoon force
 * (scaled down linearly to 0 at force 10's onset). A stated assumption: with the demo's ~8,000
 * road nodes it gives a few tens of blocked spots along the storm's path in a day.
 */
const TREES_DOWN_CHANCE = 0.0005;

const sitesCache = new WeakMap<Scenario, Int32Array>();

/** Road nodes not on water, in node order. */
function roadSites(s: Scenario): Int32Array {
  let sites = sitesCache.get(s);
  if (sites) return sites;
  const out: number[] = [];
  const g = s.roads;
  for (let n = 0; n < g.nodeCount; n++) {
    const c = cellAt(s.grid, g.nodeX[n], g.nodeY[n]);
    if (c >= 0 && s.landCover[c] !== LAND_COVER.water) out.push(n);
  }
  sites = Int32Array.from(out);
  sitesCache.set(s, sites);
  return sites;
}

function bulletins(ctx: SimContext, ty: ScenarioTyphoon): void {
  const fixes = ty.track.fixes;
  let k = ctx.state.entities.typhoon!.bulletins;
  const from = k;
  for (; k < fixes.length && fixes[k].t <= ctx.state.t; k++) {
    const f = fixes[k];
    const storm = stormAt(ty.track, f.t);
    const maxWind = Math.round(surfaceMaxWind(ty.track, storm) * 10) / 10;
    ctx.emit({ kind: 'typhoonBulletin', typhoon: ty.id, fix: k, x: Math.round(f.x), y: Math.round(f.y), pressure: f.pc, maxWind, grade: typhoonGrade(maxWind) }, ['all']);
  }
  if (k !== from) ctx.update((draft) => { draft.typhoon!.bulletins = k; });
}

function villagesInWind(ctx: SimContext, ty: ScenarioTyphoon, storm: StormAt): void {
  const state = ctx.state.entities.typhoon!;
  const peaks: Record<string, number> = {};
  const cut: string[] = [];
  for (const v of ctx.scenario.villages) {
    const wind = Math.round(surfaceWindAt(ty.track, storm, v.x, v.y) * 10) / 10;
    if (wind > (state.peakWind[v.id] ?? 0)) peaks[v.id] = wind;
    if (powerFailureChance(wind) > state.powerDraw[v.id]) cut.push(v.id);
  }
  const changed = sortedKeys(peaks);
  if (changed.length) ctx.update((draft) => { for (const id of changed) draft.typhoon!.peakWind[id] = peaks[id]; });
  for (const id of cut) setOutage(ctx, id, ['power'], false, 'typhoonWind');
}

/**
 * The ring [inner, outer] (m from the centre) where the surface wind can reach `v` on some
 * bearing, or null. The ceiling (the vortex's wind plus the whole background wind, windAt.ts)
 * rises to one peak near Rmax and falls beyond it, so each edge is found by bisection; a node
 * outside the ring needs no wind computed (a saving only: the same nodes get the same draws).
 */
function ringAbove(ty: ScenarioTyphoon, storm: StormAt, v: number): [number, number] | null {
  const wind = (r: number) => surfaceWindCeiling(ty.track, storm, r);
  const peak = storm.vortex.rmax;
  if (wind(peak) < v) return null;
  const edge = (lo: number, hi: number, rising: boolean) => {
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if ((wind(mid) >= v) === rising) hi = mid; else lo = mid;
    }
    return rising ? lo : hi;
  };
  let far = peak * 2;
  while (wind(far) >= v && far < 5e6) far *= 2;
  // Margins of 1 m: the ring is only a filter, never tighter than the wind itself.
  return [Math.max(0, edge(0, peak, true) - 1), edge(peak, far, false) + 1];
}

function treesDown(ctx: SimContext, ty: ScenarioTyphoon, storm: StormAt): void {
  const s = ctx.scenario, g = s.roads;
  const sites = roadSites(s);
  const t = ctx.state.t;
  const ring = ringAbove(ty, storm, TREES_DOWN_ONSET);
  if (!ring) return;
  const in2 = ring[0] * ring[0], out2 = ring[1] * ring[1];
  for (let k = 0; k < sites.length; k++) {
    const n = sites[k];
    const dx = g.nodeX[n] - storm.x, dy = g.nodeY[n] - storm.y, d2 = dx * dx + dy * dy;
    if (d2 < in2 || d2 > out2) continue;
    const severity = treesDownSeverity(surfaceWindAt(ty.track, storm, g.nodeX[n], g.nodeY[n]));
    if (severity <= 0 || Object.hasOwn(ctx.state.entities.slides, String(n))) continue;
    if (ctx.state.rng.uniform('hazards') >= TREES_DOWN_CHANCE * severity) continue;
    const edges: number[] = [];
    for (let a = g.adjStart[n]; a < g.adjStart[n + 1]; a++) edges.push(g.adjEdge[a]);
    const township = nearestTownship(ctx, g.nodeX[n], g.nodeY[n]);
    ctx.update((draft) => { draft.slides[n] = { t, kind: 'treesDown', work: 0 }; });
    ctx.emit({ kind: 'slide', slide: 'treesDown', node: n, x: Math.round(g.nodeX[n]), y: Math.round(g.nodeY[n]), edges, threatened: [] }, [`township:${township}`]);
    closeEdges(ctx, edges, 'slide', { zh: '大风刮倒树木、广告牌阻断道路', en: 'trees and signboards blown across the road' }, [`township:${township}`]);
  }
}

function boatsIn(ctx: SimContext, ty: ScenarioTyphoon): void {
  const t = ctx.state.t;
  const recalls = ctx.state.entities.typhoon!.boats;
  for (const township of sortedKeys(recalls)) {
    const r = recalls[township];
    let back = r.back;
    while (back < r.returns.length && r.returns[back] <= t) back++;
    if (back === r.back) continue;
    ctx.update((draft) => { draft.typhoon!.boats[township].back = back; });
    if (back === r.returns.length) {
      const harbour = ty.boats.find((b) => b.township === township)!.harbour;
      ctx.emit({ kind: 'boatsBack', township, boats: back, harbour }, ['chief', `township:${township}`]);
    }
  }
  if (t >= ty.boatsBy && !ctx.state.entities.typhoon!.deadlineChecked) {
    ctx.update((draft) => { draft.typhoon!.deadlineChecked = true; });
    for (const fleet of ty.boats) {
      const back = ctx.state.entities.typhoon!.boats[fleet.township]?.back ?? 0;
      if (back < fleet.count) ctx.emit({ kind: 'boatsOut', township: fleet.township, out: fleet.count - back, boats: fleet.count }, ['chief', `township:${fleet.township}`]);
    }
  }
}

function run(ctx: SimContext): void {
  const ty = ctx.scenario.typhoon!;
  ensureTyphoonState(ctx);
  bulletins(ctx, ty);
  const storm = stormAt(ty.track, ctx.state.t);
  villagesInWind(ctx, ty, storm);
  treesDown(ctx, ty, storm);
  boatsIn(ctx, ty);
}

export const typhoon: Subsystem = {
  name: 'typhoon', phase: 'hazards', run,
  nextDue: (ctx, after) => (ctx.scenario.typhoon ? (Math.floor(after / TYPHOON_STEP) + 1) * TYPHOON_STEP : Infinity),
  isDue: (ctx, t) => ctx.scenario.typhoon !== undefined && t % TYPHOON_STEP === 0,
};
