// The typhoon's state, made on first need (the first step or the first recall): each village's
// draw for its power fragility, from the hazards stream in village order. Only a scenario with a
// typhoon ever gets here, so other scenarios draw nothing.
import type { SimContext } from '../../context.ts';
import type { TyphoonEntities } from './typhoonState.ts';

export function ensureTyphoonState(ctx: SimContext): TyphoonEntities {
  const have = ctx.state.entities.typhoon;
  if (have) return have;
  const powerDraw: Record<string, number> = {};
  for (const v of ctx.scenario.villages) powerDraw[v.id] = ctx.state.rng.uniform('hazards');
  const fresh: TyphoonEntities = { powerDraw, peakWind: {}, boats: {}, bulletins: 0, deadlineChecked: false };
  ctx.update((draft) => { draft.typhoon = fresh; });
  return ctx.state.entities.typhoon!;
}
