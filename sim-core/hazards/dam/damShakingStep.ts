// The main shock at the dams (damShaking.ts): due exactly when the earthquake subsystem is (the
// scenario's earthquake time, until entities.quake records the shock) and placed just before it
// in sim.ts, so it runs once, at the shock, and never in a scenario without an earthquake.
import { eventDriven } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import { shakeDams } from './damShaking.ts';

function pending(ctx: SimContext): number {
  const q = ctx.scenario.earthquake;
  return q && !ctx.state.entities.quake ? q.t : Infinity;
}

export const damShaking = eventDriven('damShaking', 'hazards', pending, (ctx) => shakeDams(ctx, ctx.scenario.earthquake!));
