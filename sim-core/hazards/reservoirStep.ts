// Reservoir pools over one flood step: outflow by spillway, gates, overtopping and breach
// (explicit over the step, never more than is stored), then the water the grid delivered to the
// pool cells and the rain on the pool are added and the level follows from the bathymetry.
import type { Draft } from 'immer';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import type { Reservoir } from '../world/places.ts';
import { breachFlow, levelAt, weirFlow } from './reservoirPool.ts';
import type { FloodState } from './flood/floodState.ts';
import { floodRuntime } from './floodRuntime.ts';

export function initialReservoirState(r: Reservoir) {
  // Flood season: the pool is held at the flood-limit level (汛限水位), unless the scenario starts it elsewhere.
  const start = r.startLevel ?? r.floodLimitLevel;
  const storage = r.poolCells.length ? volumeAtLevel(r, start) : r.storage;
  const level = r.poolCells.length ? levelAt(r.pool, storage) : start;
  return { storage, level, release: 0, outflow: 0, peakLevel: level, overtopping: false, breach: null };
}

function volumeAtLevel(r: Reservoir, level: number): number {
  let v = 0;
  for (let k = 0; k < r.pool.beds.length && r.pool.beds[k] < level; k++) v += (level - r.pool.beds[k]) * r.pool.cellArea;
  return v;
}

/** Outflow rate (m³/s) of each reservoir, in scenario order, for the step starting now. */
export function reservoirOutflows(ctx: SimContext, seconds: number): Float64Array {
  const out = new Float64Array(ctx.scenario.reservoirs.length);
  ctx.scenario.reservoirs.forEach((r, k) => {
    const st = ctx.state.entities.hazards.reservoirs[r.id];
    let q = weirFlow(r.spillwayWidth, st.level - r.normalLevel)
      + weirFlow(r.damLength, st.level - r.damCrest)
      + (st.breach ? breachFlow(st.breach, st.level, ctx.state.t) : 0)
      + (st.level > (r.pool.beds[0] ?? -Infinity) ? Math.min(st.release, r.gateCapacity) : 0);
    out[k] = Math.min(q, st.storage / seconds);
  });
  return out;
}

/** Moves grid water on pool cells into the pools and updates storage, level and flags. */
export function updatePools(ctx: SimContext, draft: Draft<Entities>, flood: FloodState, rainMm: Float64Array, outflows: Float64Array, seconds: number): void {
  const { scenario } = ctx;
  const area = scenario.grid.cellSize * scenario.grid.cellSize;
  const rt = floodRuntime(scenario);
  const blockArea = rt.params.grid.cellSize * rt.params.grid.cellSize;
  scenario.reservoirs.forEach((r, k) => {
    const st = draft.hazards.reservoirs[r.id];
    let gain = 0;
    for (const c of rt.poolCells[k]) { gain += flood.depth[c] * blockArea; flood.depth[c] = 0; }
    const zone = scenario.rainZone[r.poolCells[0] ?? 0] ?? 0;
    gain += (rainMm[zone] / 1000) * r.poolCells.length * area;
    const q = outflows[k];
    st.outflow = q;
    st.storage = Math.max(0, st.storage + gain - q * seconds);
    if (r.poolCells.length) st.level = levelAt(r.pool, st.storage);
    st.peakLevel = Math.max(st.peakLevel, st.level);
    if (st.level > r.damCrest && !st.overtopping) {
      st.overtopping = true;
      ctx.emit({ kind: 'reservoirOvertopping', reservoir: r.id, level: round2(st.level), crest: r.damCrest }, ['chief']);
    } else if (st.level <= r.damCrest && st.overtopping) {
      st.overtopping = false;
    }
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
