// 爆管路面积水 — each burst's street flood on its own fine grid (streetGrid.ts), stepped every
// minute by the district flood's kernel while the burst runs and until its street has drained;
// the burst's water goes here, not onto the district's 400 m grid. Its state is a field
// (fields.streets, by burst id): snapshotted and hashed with the district flood, absent in a
// scenario without a burst. What it means for the drill: the depth at the burst and the length
// of street under water (the chief's view; a streetFlooded / streetDrained event to the chief
// and the townships concerned), and road edges closed as the district flood closes them
// (floodConsequences.ts reads streetEdgeDepths).
import type { Subsystem } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import { sortedKeys } from '../../order.ts';
import { advanceFlood, createFloodScratch, type FloodScratch } from '../flood/localInertial.ts';
import { streetGrid, type StreetGrid } from './streetGrid.ts';
import { STREET_CELL, STREET_CELLS } from './streetFloodState.ts';
import { zoneAudience } from './audience.ts';

/** The street grid advances in steps of the district flood's length, s. */
export const STREET_STEP = 60;
/**
 * A street is flooded where the water stands deeper than 0.3 m: cars and light rescue vehicles
 * start to float at about 0.3–0.6 m (Shand et al. 2011, UK EA/Defra R&D FD2321, the limit the
 * district flood's road closures use), and adults have difficulty wading in flowing water from
 * about the same depth.
 */
export const STREET_FLOODED_DEPTH = 0.3;
/**
 * Below this everywhere, with the burst shut, the street has drained, m: the grid stops being
 * stepped. What is left — puddles of a few centimetres in hollows of the street and lanes, with
 * no storm drains modelled to take them — would barely move, closes no road (roads reopen below
 * half their closing depth, 10–20 cm) and is left where it stands.
 */
export const STREET_IDLE_DEPTH = 0.05;

/** The grid a burst's street water lives on. */
export function burstStreetGrid(ctx: SimContext, id: string): StreetGrid | null {
  const b = ctx.state.entities.waterMain?.bursts[id];
  return b ? streetGrid(ctx.scenario, b.x, b.y) : null;
}

function anyActive(ctx: SimContext): boolean {
  const streets = ctx.state.fields.streets;
  if (!streets) return false;
  for (const id of Object.keys(streets)) if (!streets[id].idle) return true;
  return false;
}

/** Depth at the burst and length of street deeper than STREET_FLOODED_DEPTH, m. */
export function streetMeasures(g: StreetGrid, depth: Float64Array): { depth: number; length: number; deepest: number } {
  let length = 0, deepest = 0;
  for (let k = 0; k < g.edges.length; k++) {
    const from = g.edgeStart[k], to = g.edgeStart[k + 1];
    let wet = 0;
    for (let q = from; q < to; q++) {
      const d = depth[g.edgeCells[q]];
      if (d > STREET_FLOODED_DEPTH) wet++;
      if (d > deepest) deepest = d;
    }
    length += g.edgeLength[k] * (wet / (to - from));
  }
  return { depth: depth[g.inflowCell], length, deepest };
}

/**
 * Per road edge, the deepest street water on it from any burst's grid (m), or null when no
 * street holds water: the road closures read it beside the district's depth.
 */
export function streetEdgeDepths(ctx: SimContext): Float64Array | null {
  const streets = ctx.state.fields.streets;
  if (!streets) return null;
  let out: Float64Array | null = null;
  for (const id of sortedKeys(streets)) {
    const st = streets[id];
    const g = burstStreetGrid(ctx, id);
    if (!g) continue;
    out ??= new Float64Array(ctx.scenario.roads.edgeCount);
    const depth = st.flood.depth;
    for (let k = 0; k < g.edges.length; k++) {
      let d = 0;
      for (let q = g.edgeStart[k]; q < g.edgeStart[k + 1]; q++) if (depth[g.edgeCells[q]] > d) d = depth[g.edgeCells[q]];
      const e = g.edges[k];
      if (d > out[e]) out[e] = d;
    }
  }
  return out;
}

/** Whether some street still holds water the closures must look at. */
export function streetsWet(ctx: SimContext): boolean {
  return anyActive(ctx);
}

function scratchFor(ctx: SimContext, id: string): FloodScratch {
  const own = (ctx.scratch.streets ??= {});
  return (own[id] ??= createFloodScratch({ width: STREET_CELLS, height: STREET_CELLS, cellSize: STREET_CELL }));
}

function run(ctx: SimContext): void {
  const w = ctx.state.entities.waterMain, streets = ctx.state.fields.streets;
  if (!w || !streets) return;
  const told: { id: string; flooded: boolean; depth: number; length: number }[] = [];
  for (const id of sortedKeys(streets)) {
    const st = streets[id], b = w.bursts[id];
    const running = b !== undefined && b.isolatedAt === null && b.flow > 0;
    if (!b || (st.idle && !running)) continue;
    const g = streetGrid(ctx.scenario, b.x, b.y);
    advanceFlood(g.params, st.flood, { rainRate: 0, inflows: running ? [{ cell: g.inflowCell, rate: b.flow }] : [] }, STREET_STEP, scratchFor(ctx, id));
    let hmax = 0;
    const depth = st.flood.depth;
    for (let c = 0; c < depth.length; c++) if (depth[c] > hmax) hmax = depth[c];
    st.idle = !running && hmax < STREET_IDLE_DEPTH;
    const m = streetMeasures(g, depth);
    const flooded = m.length > 0;
    if (flooded !== st.flooded) { st.flooded = flooded; told.push({ id, flooded, depth: m.depth, length: m.length }); }
  }
  ctx.state.fields.version++;
  for (const x of told) {
    const b = w.bursts[x.id];
    const to = zoneAudience(ctx, b.zones);
    if (x.flooded) ctx.emit({ kind: 'streetFlooded', burst: x.id, main: b.main, node: b.node, depth: Math.round(x.depth * 100) / 100, length: Math.round(x.length) }, to);
    else ctx.emit({ kind: 'streetDrained', burst: x.id, main: b.main, node: b.node }, to);
  }
}

export const streetFlood: Subsystem = {
  name: 'streetFlood',
  phase: 'hazards',
  nextDue: (ctx, after) => (anyActive(ctx) ? (Math.floor(after / STREET_STEP) + 1) * STREET_STEP : Infinity),
  isDue: (ctx, t) => t % STREET_STEP === 0 && anyActive(ctx),
  run,
};
