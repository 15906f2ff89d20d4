// Gauges (水文站/水位站): each flood step, a gauge's level is compared with its warning and
// danger levels; a change of state is an event — the triggers plans are written against.
import type { Draft } from 'immer';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { GaugeState } from './hazardState.ts';
import { cellAt } from '../world/grid.ts';
import { depthAt, floodRuntime } from './floodRuntime.ts';

function gaugeLevel(ctx: SimContext, gaugeIndex: number): number {
  const g = ctx.scenario.gauges[gaugeIndex];
  if (g.on === 'reservoir' && g.reservoir) return ctx.state.entities.hazards.reservoirs[g.reservoir].level;
  const c = cellAt(ctx.scenario.grid, g.x, g.y);
  return ctx.scenario.elevation[c] + depthAt(ctx.scenario, floodRuntime(ctx.scenario), ctx.state.fields.flood, c);
}

export function checkGauges(ctx: SimContext, draft: Draft<Entities>): void {
  const { scenario } = ctx;
  scenario.gauges.forEach((g, k) => {
    const level = g.on === 'reservoir' && g.reservoir
      ? draft.hazards.reservoirs[g.reservoir].level
      : gaugeLevel(ctx, k);
    const state: GaugeState = level >= g.dangerLevel ? 'danger' : level >= g.warningLevel ? 'warning' : 'normal';
    const st = draft.hazards.gauges[g.id];
    st.peak = Math.max(st.peak, level);
    if (Math.abs(level - st.level) >= 0.01) st.level = Math.round(level * 100) / 100;
    if (state !== st.state) {
      ctx.emit({ kind: 'gaugeThreshold', gauge: g.id, state, previous: st.state, level: Math.round(level * 100) / 100 }, ['chief']);
      st.state = state;
    }
  });
}
