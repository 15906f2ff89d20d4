// A dam breach begins (an inject): the breach is planned from the pool's volume and height now.
import type { SimContext } from '../context.ts';
import { planBreach } from './reservoirPool.ts';

export function startBreach(ctx: SimContext, reservoirId: string, mode: 'overtopping' | 'piping', visibleTo: readonly string[]): void {
  const r = ctx.scenario.reservoirs.find((x) => x.id === reservoirId);
  const st = ctx.state.entities.hazards.reservoirs[reservoirId];
  if (!r || !st || st.breach) return;
  const bed = r.pool.beds[0] ?? r.damCrest - 10;
  const breach = planBreach(ctx.state.t, st.storage, r.damCrest, bed, mode);
  ctx.update((draft) => { draft.hazards.reservoirs[reservoirId].breach = breach; });
  ctx.emit({ kind: 'damBreach', reservoir: reservoirId, mode, width: Math.round(breach.width), formationTime: Math.round(breach.formationTime) }, ['chief', ...visibleTo]);
}
