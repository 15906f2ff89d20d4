// Detection (发现): a camera sees a burning cell within its range; a patrolling team sees one
// within PATROL_SIGHT. Between being seen and being reported there is a delay (smoke must rise
// and a watcher notice and call it in), drawn from the `hazards` stream once per fire. Until
// then the fire is invisible to every role but director and evaluator.
import type { Draft } from 'immer';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { FireEntity } from './fireState.ts';
import { tripPosition } from '../forces/trip.ts';
import { sortedKeys } from '../order.ts';
import { squared } from '../math/index.ts';

/** Seconds from first sight to the report, uniform (assumed: 3–15 min). */
const REPORT_DELAY: [number, number] = [180, 900];
const PATROL_SIGHT = 2000;

/** The township whose seat is nearest a point: who a fire there is reported to first. */
export function nearestTownship(ctx: SimContext, x: number, y: number): string {
  let best = '', d = Infinity;
  for (const t of ctx.scenario.townships) {
    const dd = squared(t.x - x) + squared(t.y - y);
    if (dd < d) { d = dd; best = t.id; }
  }
  return best;
}

function fireAudience(ctx: SimContext, f: FireEntity): string[] {
  return f.detected === null ? [] : ['chief', `township:${nearestTownship(ctx, f.x, f.y)}`];
}

function whoSees(ctx: SimContext, burning: readonly number[]): string | null {
  const { scenario, state } = ctx;
  const { width, cellSize } = scenario.grid;
  for (const cam of scenario.cameras) {
    const r2 = cam.range * cam.range;
    for (const c of burning) {
      const x = (c % width + 0.5) * cellSize, y = (Math.floor(c / width) + 0.5) * cellSize;
      if (squared(x - cam.x) + squared(y - cam.y) <= r2) return `camera:${cam.id}`;
    }
  }
  const g = scenario.roads;
  for (const id of sortedKeys(state.entities.units)) {
    const u = state.entities.units[id];
    if (u.task !== 'patrol' || u.status === 'atBase' || u.status === 'turningOut') continue;
    const p = u.trip ? tripPosition(g, u.trip, state.t) : { x: g.nodeX[u.node], y: g.nodeY[u.node] };
    for (const c of burning) {
      const x = (c % width + 0.5) * cellSize, y = (Math.floor(c / width) + 0.5) * cellSize;
      if (squared(x - p.x) + squared(y - p.y) <= PATROL_SIGHT * PATROL_SIGHT) return `team:${id}`;
    }
  }
  return null;
}

/** Updates sight and detection of every undetected fire; `burningOf[id]` lists its burning cells. */
export function detectFires(ctx: SimContext, draft: Draft<Entities>, burningOf: Record<string, number[]>): void {
  for (const id of sortedKeys(draft.fire.fires)) {
    const f = draft.fire.fires[id];
    if (f.detected !== null) continue;
    if (f.seenAt === null) {
      const by = whoSees(ctx, burningOf[id] ?? []);
      if (!by) continue;
      f.seenAt = ctx.state.t;
      f.detectedBy = by;
      f.detectAt = ctx.state.t + ctx.state.rng.intBetween('hazards', ...REPORT_DELAY);
    }
    if (f.detectAt !== null && ctx.state.t >= f.detectAt) {
      f.detected = ctx.state.t;
      ctx.emit({
        kind: 'fireDetected', fire: id, x: Math.round(f.x), y: Math.round(f.y), by: f.detectedBy ?? 'report',
        burnedHa: Math.round(((f.burnedCells + f.burningCells) * squared(ctx.scenario.grid.cellSize)) / 10_000),
      }, fireAudience(ctx, f));
    }
  }
}
