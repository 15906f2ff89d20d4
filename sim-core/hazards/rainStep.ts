// Rain for one flood step: per zone, what fell (mm) and, through the SCS curve number, the
// runoff rate per cell that the flood grid receives.
import type { Draft } from 'immer';
import type { SimContext } from '../context.ts';
import { LAND_COVER_MAX } from '../world/landCover.ts';
import type { Entities } from '../state.ts';
import { rainDepthBetween } from './rain.ts';
import { runoffIncrements } from './runoff.ts';
import type { FloodRuntime } from './floodRuntime.ts';

/** mm that fell in zone k over [t0, t1): the scenario's series, replaced by a rain inject's from its time. */
export function zoneRain(ctx: SimContext, k: number, t0: number, t1: number): number {
  const zone = ctx.scenario.rainZones[k];
  const base = ctx.scenario.rain.find((r) => r.zone === k)?.series ?? [];
  const over = ctx.state.entities.hazards.rainOverride[zone.id];
  const scale = ctx.state.entities.hazards.rainScale;
  if (!over) return scale * rainDepthBetween(base, t0, t1);
  const abs = over.series.map(([s, r]) => [over.from + s, r] as [number, number]);
  return scale * (rainDepthBetween(base, t0, Math.min(t1, over.from)) + rainDepthBetween(abs, Math.max(t0, over.from), t1));
}

/**
 * Fills `rainRate` (m/s of runoff per hydraulic cell; the sim's, floodWork) for the step ending now and adds the zone totals
 * to the draft. Returns the rain (mm) per zone index + 1 (slot 0: no zone), for the pools.
 */
export function rainStep(ctx: SimContext, draft: Draft<Entities>, rt: FloodRuntime, rainRate: Float32Array, seconds: number): { anyRunoff: boolean; mm: Float64Array } {
  const t1 = ctx.state.t, t0 = t1 - seconds;
  const stride = LAND_COVER_MAX + 1;
  const table = new Float64Array(rt.slots);
  const mm = new Float64Array(ctx.scenario.rainZones.length + 1);
  const inc = new Float64Array(stride);
  let anyRunoff = false;
  ctx.scenario.rainZones.forEach((zone, k) => {
    const dP = zoneRain(ctx, k, t0, t1);
    if (dP <= 0) return;
    const P0 = draft.hazards.rainTotal[zone.id] ?? 0;
    draft.hazards.rainTotal[zone.id] = P0 + dP;
    mm[k + 1] = dP;
    runoffIncrements(P0, P0 + dP, inc);
    for (let cover = 1; cover < stride; cover++) {
      const rate = inc[cover] / 1000 / seconds;
      table[(k + 1) * stride + cover] = rate;
      if (rate > 0) anyRunoff = true;
    }
  });
  // Each hydraulic block gets the area-weighted mean runoff of its cells.
  const rate = rainRate, start = rt.rainStart, slot = rt.rainSlot, share = rt.rainShare;
  if (anyRunoff) {
    for (let h = 0; h < rate.length; h++) {
      let r = 0;
      for (let e = start[h]; e < start[h + 1]; e++) r += table[slot[e]] * share[e];
      rate[h] = r;
    }
  }
  return { anyRunoff, mm };
}
