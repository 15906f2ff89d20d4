// A fire starts: from an inject (a reported or scripted ignition) or from the seeded random
// source (lightning, people). The arrival-time field is rebuilt from the fronts at the next
// fire step.
import type { SimContext } from '../context.ts';
import { cellAt } from '../world/grid.ts';
import { fireRuntime } from './fireRuntime.ts';
import { NON_BURNABLE } from './fire/spread.ts';

/** Why no fire can start at (x, y) now (off the grid, ground that cannot burn, already burnt or burning), or null. */
export function whyNoIgnition(ctx: SimContext, x: number, y: number): string | null {
  const c = cellAt(ctx.scenario.grid, x, y);
  if (c < 0) return 'the point lies off the map';
  if (fireRuntime(ctx.scenario).land.fuel[c] === NON_BURNABLE) return 'the ground there cannot burn (water, rock, built-up land or a main road)';
  if (ctx.state.fields.fireArrival[c] <= ctx.state.t) return 'the fire has already reached that cell';
  return null;
}

export function ignite(ctx: SimContext, x: number, y: number, cause: string): boolean {
  if (whyNoIgnition(ctx, x, y) !== null) return false;
  const c = cellAt(ctx.scenario.grid, x, y);
  const id = `fire-${Object.keys(ctx.state.entities.fire.fires).length + 1}`;
  ctx.update((draft) => {
    draft.fire.fires[id] = { id, cell: c, x, y, t: ctx.state.t, cause, seenAt: null, detectAt: null, detected: null, detectedBy: null, burnedCells: 0, burningCells: 1 };
  });
  ctx.state.fields.fireArrival[c] = ctx.state.t;
  ctx.state.fields.fireDirty = true;
  ctx.state.fields.version++;
  ctx.emit({ kind: 'fireIgnited', fire: id, x: Math.round(x), y: Math.round(y), cause }, []);
  return true;
}
