// Secondary disasters of a storm (DOMAIN.md: 山洪、泥石流、滑坡): every ten minutes, where the
// last three hours of rain over a zone pass a critical amount, each steep road site in it may
// slide — a landslide, or a debris flow where the site is beside a stream. The road edges at
// the site close until a team with a clearing task has worked there long enough; villages close
// by are warned.
//
// The critical rainfall (50 mm in 3 h) is of the order of the thresholds Beijing's mountain-
// torrent and debris-flow warnings use for the northern hills (30–80 mm/3 h); the chance per
// site grows with the excess. Both are assumed figures, to be set per scenario later.
import { workFactor } from '../forces/fatigue.ts';
import { periodic } from '../clock.ts';
import type { SimContext } from '../context.ts';
import type { Scenario } from '../world/scenario.ts';
import { LAND_COVER } from '../world/landCover.ts';
import { cellAt } from '../world/grid.ts';
import { closeEdges, openEdges } from '../world/roadClosure.ts';
import { CLOSURE_BIT } from '../world/closureCause.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { sortedKeys } from '../order.ts';
import { zoneRain } from './rainStep.ts';
import { nearestTownship } from './fireDetection.ts';
import { squared } from '../math/index.ts';

const SLIDE_STEP = 600;
const WINDOW = 3 * 3600;
const CRITICAL_MM = 50;
/** Chance per site per step at twice the critical rain. */
const BASE_CHANCE = 0.003;
/** Steeper than this (tan of the slope, ≈ 22°) a road cut can fail. */
const STEEP = 0.4;
/** Person-hours to clear one slide (an excavator crew of 20 needs about 2 h). */
const CLEAR_PERSON_HOURS = 40;
/** Person-hours to clear a road of fallen trees and signboards (a chainsaw crew of 5 for 2 h; stated assumption). */
const TREES_PERSON_HOURS = 10;
const THREAT_DISTANCE = 300;

interface SlideSites { nodes: Int32Array; zone: Int32Array; nearStream: Uint8Array }
const cache = new WeakMap<Scenario, SlideSites>();

/** Road nodes on steep ground inside a rain zone, in node order. */
function slideSites(s: Scenario): SlideSites {
  let sites = cache.get(s);
  if (sites) return sites;
  const { width, height, cellSize } = s.grid;
  const nodes: number[] = [], zone: number[] = [], near: number[] = [];
  const g = s.roads;
  for (let n = 0; n < g.nodeCount; n++) {
    const c = cellAt(s.grid, g.nodeX[n], g.nodeY[n]);
    if (c < 0 || s.rainZone[c] === 0 || s.landCover[c] === LAND_COVER.water) continue;
    const i = c % width, j = (c - i) / width;
    if (i < 1 || j < 1 || i >= width - 1 || j >= height - 1) continue;
    const gx = (s.elevation[c + 1] - s.elevation[c - 1]) / (2 * cellSize);
    const gy = (s.elevation[c + width] - s.elevation[c - width]) / (2 * cellSize);
    if (Math.sqrt(gx * gx + gy * gy) < STEEP) continue;
    let stream = 0;
    for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) if (s.landCover[c + dj * width + di] === LAND_COVER.water) stream = 1;
    nodes.push(n); zone.push(s.rainZone[c] - 1); near.push(stream);
  }
  sites = { nodes: Int32Array.from(nodes), zone: Int32Array.from(zone), nearStream: Uint8Array.from(near) };
  cache.set(s, sites);
  return sites;
}

function triggerSlides(ctx: SimContext): void {
  const { scenario, state } = ctx;
  if (scenario.rainZones.length === 0) return;
  const t = state.t;
  const excess = scenario.rainZones.map((_z, k) => zoneRain(ctx, k, Math.max(0, t - WINDOW), t) / CRITICAL_MM - 1);
  if (!excess.some((x) => x > 0)) return;
  const sites = slideSites(scenario);
  const g = scenario.roads;
  for (let k = 0; k < sites.nodes.length; k++) {
    const x = excess[sites.zone[k]];
    if (x <= 0) continue;
    const n = sites.nodes[k];
    if (String(n) in state.entities.slides) continue;
    if (state.rng.uniform('hazards') >= BASE_CHANCE * Math.min(x, 3)) continue;
    const edges: number[] = [];
    for (let a = g.adjStart[n]; a < g.adjStart[n + 1]; a++) edges.push(g.adjEdge[a]);
    const px = g.nodeX[n], py = g.nodeY[n];
    const kind = sites.nearStream[k] ? 'debrisFlow' : 'landslide';
    const threatened = [...scenario.villages, ...scenario.shelters]
      .filter((p) => squared(p.x - px) + squared(p.y - py) <= squared(THREAT_DISTANCE)).map((p) => p.id);
    const township = nearestTownship(ctx, px, py);
    ctx.update((draft) => { draft.slides[n] = { t, kind, work: 0 }; });
    ctx.emit({ kind: 'slide', slide: kind, node: n, x: Math.round(px), y: Math.round(py), edges, threatened }, [`township:${township}`]);
    closeEdges(ctx, edges, 'slide', { zh: kind === 'debrisFlow' ? '泥石流冲毁道路' : '山体滑坡阻断道路', en: kind === 'debrisFlow' ? 'debris flow across the road' : 'landslide on the road' }, [`township:${township}`]);
  }
}

/** The slide a team can work on from where it stands: at the node, or at the end of a road into it. */
function slideAt(ctx: SimContext, slides: Record<string, unknown>, node: number): number | null {
  if (Object.hasOwn(slides, String(node))) return node;
  const g = ctx.scenario.roads;
  for (let a = g.adjStart[node]; a < g.adjStart[node + 1]; a++) if (Object.hasOwn(slides, String(g.adjNode[a]))) return g.adjNode[a];
  return null;
}

/** Teams on scene at a slide with a clearRoad task (抢通道路) dig it out; then its roads open. */
function clearSlides(ctx: SimContext): void {
  const { scenario, state } = ctx;
  const slides = state.entities.slides;
  if (Object.keys(slides).length === 0) return;
  const g = scenario.roads;
  const done: number[] = [];
  const trees = new Set<number>();
  ctx.update((draft) => {
    for (const id of sortedKeys(draft.units)) {
      const u = draft.units[id];
      if (u.status !== 'onScene' || u.task !== 'clearRoad') continue;
      const at = slideAt(ctx, draft.slides, u.node);
      if (at === null) continue;
      const slide = draft.slides[at];
      slide.work += (placeIndex(scenario).team.get(id)!.size * SLIDE_STEP * workFactor(u, ctx.state.t)) / 3600;
      if (slide.work >= (slide.kind === 'treesDown' ? TREES_PERSON_HOURS : CLEAR_PERSON_HOURS)) {
        done.push(at);
        if (slide.kind === 'treesDown') trees.add(at);
        delete draft.slides[at];
      }
    }
  });
  for (const n of done.sort((a, b) => a - b)) {
    // An edge into another slide still standing stays closed.
    const edges: number[] = [];
    for (let a = g.adjStart[n]; a < g.adjStart[n + 1]; a++) if (!Object.hasOwn(ctx.state.entities.slides, String(g.adjNode[a]))) edges.push(g.adjEdge[a]);
    const township = nearestTownship(ctx, g.nodeX[n], g.nodeY[n]);
    ctx.emit({ kind: 'slideCleared', node: n, edges, ...(trees.has(n) ? { slide: 'treesDown' as const } : {}) }, ['chief', `township:${township}`]);
    openEdges(ctx, edges.filter((e) => (state.fields.edgeClosed[e] & CLOSURE_BIT.slide) !== 0), 'slide', ['chief', `township:${township}`]);
  }
}

export const landslides = periodic('landslides', 'hazards', SLIDE_STEP, (ctx) => {
  triggerSlides(ctx);
  clearSlides(ctx);
});
