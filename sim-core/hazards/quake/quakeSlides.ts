// Slope failures on the roads in the main shock (断路): each steep road site (a node on ground
// steeper than the storm's landslide threshold, hazards/landslides.ts) may slide, with a chance
// rising with the intensity there. The slide is one of the storm's slides (entities.slides): it
// closes the node's roads until a clearing team has done its work (landslides.ts clearSlides).
// Nobody is told: a team finds the road shut when it gets there, or a village's messenger says so.
//
// Chance per site (ASSUMED): none below VII, 1 % at VII, 5 % at VIII, 15 % from IX — the order
// of Keefer's (1984) observation that disrupted slides start about MMI VI and become widespread
// at VIII–IX, scaled so a VIII district loses a handful of mountain roads, not all of them.
import type { SimContext } from '../../context.ts';
import type { Scenario } from '../../world/scenario.ts';
import { LAND_COVER } from '../../world/landCover.ts';
import { cellAt } from '../../world/grid.ts';
import { closeEdges } from '../../world/roadClosure.ts';
import type { ShakingSource } from './shaking.ts';
import { conditionalChance, peakIntensity } from './shockHistory.ts';

/** tan of the slope above which a road cut can fail (≈ 22°, as in landslides.ts). */
const STEEP = 0.4;
const CHANCE: readonly [number, number, number] = [0.01, 0.05, 0.15]; // VII, VIII, IX+

export function slideChance(intensity: number): number {
  if (intensity < 6.5) return 0;
  if (intensity >= 8.5) return CHANCE[2];
  return intensity >= 7.5 ? CHANCE[1] : CHANCE[0];
}

const cache = new WeakMap<Scenario, Int32Array>();

/** Road nodes on steep dry ground, in node order. */
export function steepRoadNodes(s: Scenario): Int32Array {
  let nodes = cache.get(s);
  if (nodes) return nodes;
  const { width, height, cellSize } = s.grid;
  const out: number[] = [];
  const g = s.roads;
  for (let n = 0; n < g.nodeCount; n++) {
    const c = cellAt(s.grid, g.nodeX[n], g.nodeY[n]);
    if (c < 0 || s.landCover[c] === LAND_COVER.water) continue;
    const i = c % width, j = (c - i) / width;
    if (i < 1 || j < 1 || i >= width - 1 || j >= height - 1) continue;
    const gx = (s.elevation[c + 1] - s.elevation[c - 1]) / (2 * cellSize);
    const gy = (s.elevation[c + width] - s.elevation[c - width]) / (2 * cellSize);
    if (Math.sqrt(gx * gx + gy * gy) >= STEEP) out.push(n);
  }
  nodes = Int32Array.from(out);
  cache.set(s, nodes);
  return nodes;
}

/**
 * Draws the slides of a shock (one uniform per steep site with a chance, in node order); returns
 * the nodes that slid. For an aftershock, `prior` are the shocks before it: a site that stood
 * through them fails with the conditional chance (aftershock.ts).
 */
export function quakeSlides(ctx: SimContext, src: ShakingSource, prior: readonly ShakingSource[] = []): number[] {
  const { scenario, state } = ctx;
  const g = scenario.roads;
  const slid: number[] = [];
  for (const n of steepRoadNodes(scenario)) {
    if (Object.hasOwn(state.entities.slides, String(n))) continue;
    const x = g.nodeX[n], y = g.nodeY[n];
    const now = slideChance(src.at(x, y).intensity);
    const p = prior.length === 0 ? now : conditionalChance(now, slideChance(peakIntensity(prior, x, y)));
    if (p === 0 || state.rng.uniform('hazards') >= p) continue;
    slid.push(n);
  }
  if (slid.length === 0) return slid;
  const t = state.t;
  ctx.update((draft) => { for (const n of slid) draft.slides[n] = { t, kind: 'landslide', work: 0 }; });
  const edges: number[] = [];
  for (const n of slid) for (let a = g.adjStart[n]; a < g.adjStart[n + 1]; a++) edges.push(g.adjEdge[a]);
  closeEdges(ctx, edges, 'slide', { zh: '地震引发山体崩塌阻断道路', en: 'a quake-triggered rockfall blocks the road' }, []);
  return slid;
}
