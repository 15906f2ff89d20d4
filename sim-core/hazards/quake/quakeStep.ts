// The earthquake in the exercise: at the scenario's time the main shock strikes, and the
// intensity at every village is fixed by the GB 18306-2015 relations (shaking.ts). Nothing is
// due, and no random number is drawn, in a scenario without an earthquake.
import { eventDriven } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import { epicentralShaking, shakingSource } from './shaking.ts';
import type { QuakeEntities } from './quakeState.ts';

const round2 = (x: number): number => Math.round(x * 100) / 100;

function pending(ctx: SimContext): number {
  const q = ctx.scenario.earthquake;
  return q && !ctx.state.entities.quake ? q.t : Infinity;
}

function mainShock(ctx: SimContext): void {
  const q = ctx.scenario.earthquake!;
  const src = shakingSource(q);
  const quake: QuakeEntities = { t: ctx.state.t, epicentral: round2(epicentralShaking(q).intensity), villages: {} };
  for (const v of ctx.scenario.villages) quake.villages[v.id] = { intensity: round2(src.at(v.x, v.y).intensity) };
  ctx.update((draft) => { draft.quake = quake; });
  // The truth, for director and evaluator: players learn of it from what they feel and are told.
  ctx.emit({ kind: 'earthquake', magnitude: q.magnitude, x: q.epicentre.x, y: q.epicentre.y, depth: q.depth, intensity: quake.epicentral }, []);
}

export const earthquake = eventDriven('earthquake', 'hazards', pending, mainShock);
