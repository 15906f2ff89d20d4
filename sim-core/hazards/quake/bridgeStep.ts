// Bridges in a shock (断路): each of the scenario's bridges (scenario.json `bridges`) closes with
// the chance of its HAZUS class at the PGA there (bridgeFragility.ts), one uniform from the
// `hazards` stream per bridge with a chance, in the scenario's order. In an aftershock a bridge
// that stood fails with the conditional chance against the strongest shaking so far
// (shockHistory.ts). A closed bridge stays closed until a team on scene at one of its ends with a
// clearing task (抢通, `clearRoad`) has put in the work of an emergency steel bridge
// (BRIDGE_REPAIR_PERSON_HOURS); the scripted `bridge-collapse` inject remains the director's.
// Nobody is told at the shock: the truth goes to the director, and a team finds the road shut.
import type { SimContext } from '../../context.ts';
import type { ShakingSource } from './shaking.ts';
import { bridgeClosureChance } from './bridgeFragility.ts';
import { conditionalChance } from './shockHistory.ts';
import { closeEdges, openEdges } from '../../world/roadClosure.ts';
import { CLOSURE_BIT } from '../../world/closureCause.ts';
import { placeIndex } from '../../world/placeIndex.ts';
import { compareStrings, sortedKeys } from '../../order.ts';
import { workFactor } from '../../forces/fatigue.ts';
import { nearestTownship } from '../fireDetection.ts';

/**
 * Person-hours to put an emergency steel (Bailey, 贝雷) bridge over a dropped span: a 30-strong
 * engineering crew for about a day (ASSUMED; after the 2008 Wenchuan earthquake such bridges took
 * one to a few days to erect).
 */
export const BRIDGE_REPAIR_PERSON_HOURS = 720;
const STEP = 600;

/** Draws the bridges a shock closes; returns their ids. `prior`: the shocks before an aftershock. */
export function bridgeFailures(ctx: SimContext, src: ShakingSource, prior: readonly ShakingSource[] = []): string[] {
  const { scenario, state } = ctx;
  const bridges = scenario.bridges ?? [];
  if (bridges.length === 0) return [];
  const down = state.entities.quake?.bridges ?? {};
  const failed: string[] = [];
  for (const b of bridges) {
    if (Object.hasOwn(down, b.id)) continue;
    const now = bridgeClosureChance(b.hazusClass, src.at(b.x, b.y).pga);
    let p = now;
    if (prior.length > 0) {
      let peak = 0;
      for (const s of prior) peak = Math.max(peak, s.at(b.x, b.y).pga);
      p = conditionalChance(now, bridgeClosureChance(b.hazusClass, peak));
    }
    if (p > 0 && state.rng.uniform('hazards') < p) failed.push(b.id);
  }
  if (failed.length === 0) return failed;
  const t = state.t;
  ctx.update((draft) => {
    const rec = (draft.quake!.bridges ??= {});
    for (const id of failed) rec[id] = { t, work: 0 };
  });
  for (const id of failed) {
    const b = bridges.find((x) => x.id === id)!;
    ctx.emit({ kind: 'bridgeDown', bridge: id, edges: [...b.edges] }, []);
    closeEdges(ctx, b.edges, 'bridge', { zh: `${b.name.zh}震损垮塌`, en: `${b.name.en ?? b.name.zh} down in the earthquake` }, []);
  }
  return failed;
}

/** Teams on scene at an end of a closed bridge with a clearRoad task build the emergency bridge; then its roads open. */
export function bridgeRepairs(ctx: SimContext): void {
  const { scenario, state } = ctx;
  const down = state.entities.quake?.bridges;
  if (!down || Object.keys(down).length === 0) return;
  const g = scenario.roads;
  const bridges = scenario.bridges ?? [];
  const ends = (id: string): Set<number> => {
    const b = bridges.find((x) => x.id === id)!;
    const s = new Set<number>();
    for (const e of b.edges) { s.add(g.edgeFrom[e]); s.add(g.edgeTo[e]); }
    return s;
  };
  const done: string[] = [];
  ctx.update((draft) => {
    const rec = draft.quake!.bridges!;
    for (const uid of sortedKeys(draft.units)) {
      const u = draft.units[uid];
      if (u.status !== 'onScene' || u.task !== 'clearRoad') continue;
      const at = sortedKeys(rec).find((id) => ends(id).has(u.node));
      if (at === undefined) continue;
      rec[at].work += (placeIndex(scenario).team.get(uid)!.size * STEP * workFactor(u, state.t)) / 3600;
      if (rec[at].work >= BRIDGE_REPAIR_PERSON_HOURS) { done.push(at); delete rec[at]; }
    }
  });
  for (const id of done.sort(compareStrings)) {
    const b = bridges.find((x) => x.id === id)!;
    const township = nearestTownship(ctx, b.x, b.y);
    const to = ['chief', `township:${township}`];
    ctx.emit({ kind: 'bridgeRepaired', bridge: id, edges: [...b.edges] }, to);
    openEdges(ctx, b.edges.filter((e) => (state.fields.edgeClosed[e] & CLOSURE_BIT.bridge) !== 0), 'bridge', to);
  }
}
