// Suppression (扑救): a team on scene with a suppression task builds fire line next to the
// burning edge nearest to it; each finished cell length of line blocks that cell, and the fire
// is re-timed around the line at the next recompute.
//
// Line-construction rates per person, m/min — order of magnitude of the hand-crew production
// rates in the NWCG Fireline Handbook (PMS 410-1, appendix B: a 20-person type-1 crew builds
// roughly 2–10 chains/h in timber and brush, i.e. 0.03–0.17 m/min a person); engines and
// brigades with pumps and blowers reach several times that. Assumed figures, to be tuned by the
// plans issue.
import type { Draft } from 'immer';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import { FLIGHT_SPEED, fliesStraight, type TeamType } from '../forces/teamTypes.ts';
import { workFactor } from '../forces/fatigue.ts';
import { sortedKeys } from '../order.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { fireRuntime } from './fireRuntime.ts';
import { NON_BURNABLE } from './fire/spread.ts';
import { hypot, squared } from '../math/index.ts';

const LINE_RATE: Record<TeamType, number> = {
  forestFireBrigade: 0.3, fireStation: 0.2, specialService: 0.2, army: 0.1, districtTeam: 0.08,
  townshipTeam: 0.06, waterRescue: 0.03, medical: 0, volunteer: 0.04, aviation: 0,
};
/**
 * Water drops (吊桶洒水) from a helicopter. Line held per drop = V / (coverage · width): a
 * 3,000 L bucket at coverage level 4 (4 US gal per 100 ft² = 1.63 L/m², the level the NWCG
 * coverage-level guide gives for timber litter and brush) over a 20 m wide drop pattern holds
 * about 92 m. Cycle = flying to the nearest reservoir and back at cruise speed, plus 3 min to
 * dip and drop. Water is treated as line (it holds the cells it wets); assumed figures.
 */
export const BUCKET_LITRES = 3000;
const COVERAGE_L_PER_M2 = 1.63;
const DROP_WIDTH = 20;
export const LINE_PER_DROP = BUCKET_LITRES / (COVERAGE_L_PER_M2 * DROP_WIDTH);
const DIP_AND_DROP_SECONDS = 180;

/** Fire line a team on scene at node `node` makes, m/min (aircraft: by the drop cycle). */
export function lineRate(ctx: SimContext, type: TeamType, size: number, node: number): number {
  if (!fliesStraight(type)) return LINE_RATE[type] * size;
  const g = ctx.scenario.roads;
  let nearest = Infinity;
  for (const r of ctx.scenario.reservoirs) nearest = Math.min(nearest, hypot(r.x - g.nodeX[node], r.y - g.nodeY[node]));
  if (!Number.isFinite(nearest)) return 0;
  const cycle = (2 * nearest) / FLIGHT_SPEED + DIP_AND_DROP_SECONDS;
  return (60 * LINE_PER_DROP) / cycle;
}

/** How far from a team it works on the fire edge, m. */
const REACH = 1500;

/** Builds line for `seconds` of work; returns whether any cell was blocked. */
export function buildFireLine(ctx: SimContext, draft: Draft<Entities>, seconds: number): boolean {
  const { scenario, state } = ctx;
  const { width, height, cellSize } = scenario.grid;
  const arrival = state.fields.fireArrival, blocked = state.fields.fireBlocked;
  const fuel = fireRuntime(scenario).land.fuel;
  const g = scenario.roads;
  const t = state.t;
  let any = false;
  for (const id of sortedKeys(draft.units)) {
    const u = draft.units[id];
    if (u.status !== 'onScene' || u.task !== 'suppress') continue;
    const team = placeIndex(scenario).team.get(id)!;
    const ux = g.nodeX[u.node], uy = g.nodeY[u.node];
    const ci = Math.floor(ux / cellSize), cj = Math.floor(uy / cellSize), r = Math.ceil(REACH / cellSize);
    // Candidate cells: unburned, burnable, unblocked, next to a burning cell, within reach.
    const candidates: { c: number; d: number }[] = [];
    for (let j = Math.max(1, cj - r); j <= Math.min(height - 2, cj + r); j++) {
      for (let i = Math.max(1, ci - r); i <= Math.min(width - 2, ci + r); i++) {
        const c = j * width + i;
        if (arrival[c] <= t || blocked[c] || fuel[c] === NON_BURNABLE) continue;
        let nearFire = false;
        for (let dj = -1; dj <= 1 && !nearFire; dj++) for (let di = -1; di <= 1; di++) if (arrival[c + dj * width + di] <= t) { nearFire = true; break; }
        if (!nearFire) continue;
        const d = squared((i + 0.5) * cellSize - ux) + squared((j + 0.5) * cellSize - uy);
        if (d <= REACH * REACH) candidates.push({ c, d });
      }
    }
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => a.d - b.d || a.c - b.c);
    let line = (draft.fire.line[id] ?? 0) + lineRate(ctx, team.type, team.size, u.node) * workFactor(u, t) * (seconds / 60);
    let k = 0;
    while (line >= cellSize && k < candidates.length) {
      blocked[candidates[k++].c] = 1;
      line -= cellSize;
      any = true;
    }
    draft.fire.line[id] = line;
  }
  return any;
}
