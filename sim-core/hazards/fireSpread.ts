// Re-timing the fire from now on: the cells burning now are the sources, at their own arrival
// times, of a fresh minimum-travel-time pass under the current weather and fire lines. Cells
// already reached keep their times; a cell the new pass would have reached in the past is
// reached now (the front cannot jump back in time).
import type { SimContext } from '../context.ts';
import { fireArrivalWork, fireCellsFor, fireRuntime } from './fireRuntime.ts';
import { fireArrivalTimes } from './fire/spread.ts';

/** How far ahead a recompute looks, s: beyond it a cell waits for the next recompute. */
const FIRE_HORIZON = 12 * 3600;
/** A cell burns (flames and heavy smoke) for this long after the front reaches it, s. */
export const RESIDENCE = 1200;

export function recomputeFire(ctx: SimContext): void {
  const { scenario, state } = ctx;
  const T = state.t;
  const rt = fireRuntime(scenario);
  const arrival = state.fields.fireArrival;
  const sources: { cell: number; t: number }[] = [];
  for (let c = 0; c < arrival.length; c++) {
    if (arrival[c] <= T && arrival[c] > T - RESIDENCE) sources.push({ cell: c, t: arrival[c] });
  }
  const cells = fireCellsFor(ctx, state.entities.weather.wind, state.entities.weather.moisture);
  const out = fireArrivalWork(ctx);
  fireArrivalTimes(rt.land, cells, sources, T + FIRE_HORIZON, state.fields.fireBlocked, out);
  for (let c = 0; c < arrival.length; c++) {
    if (arrival[c] <= T) continue;
    const a = out[c];
    arrival[c] = a < T ? T : a;
  }
  state.fields.fireDirty = false;
  state.fields.fireWeather = JSON.stringify(state.entities.weather);
  state.fields.version++;
}
