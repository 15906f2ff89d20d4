// Computing a dam-break zone: the scenario's own district and flood model (hazards/flood/, the
// sim's flood step with the reservoir's Froehlich 2008 breach), with the pool full to the crest,
// no rain and nothing else happening, breached at t = 0; the deepest water each cell sees over
// the following hours is its envelope, and the zone is where that reaches `depth`. Deterministic
// (no random draw touches the flood), so `tuiyan model dambreak` reproduces the checked-in zone.
import { createSim } from '../../sim.ts';
import type { Scenario } from '../../world/scenario.ts';
import type { Inject } from '../../injects/inject.ts';
import type { FloodState } from '../flood/floodState.ts';
import { depthAt, floodRuntime } from '../floodRuntime.ts';
import { FLOOD_STEP } from '../floodStep.ts';
import { resolveZone, runsOfMask, type DamBreakZone } from './breakZone.ts';

export interface ZoneOptions {
  /** Hours of flow after the break (default 24). */
  hours?: number;
  /** Depth that puts a cell in the zone, m (default 0.15: the depth at which the sim reports a place flooded). */
  depth?: number;
  mode?: 'overtopping' | 'piping';
}

export interface ZoneRun {
  zone: DamBreakZone;
  /** Deepest water per district cell over the run, m. */
  maxDepth: Float32Array;
  /** When the water first reached `depth` at each village and shelter in the zone, s after the break. */
  arrival: Record<string, number>;
}

export function computeDamBreakZone(s: Scenario, reservoirId: string, opts: ZoneOptions = {}): ZoneRun {
  const r = s.reservoirs.find((x) => x.id === reservoirId);
  if (!r) throw new RangeError(`no reservoir ${JSON.stringify(reservoirId)}`);
  if (r.poolCells.length === 0) throw new RangeError(`reservoir ${reservoirId} has no area: its pool cannot be breached on the grid`);
  const hours = opts.hours ?? 24, depth = opts.depth ?? 0.15, mode = opts.mode ?? 'overtopping';
  const brk: Inject = { id: 'dambreak', t: 0, jitter: 0, visibleTo: [], kind: 'damBreak', target: { place: reservoirId }, payload: { mode } };
  const dry: Scenario = {
    ...s, injects: [brk], rain: [], rainScale: [1, 1], ignitionsPerDay: 0,
    reservoirs: s.reservoirs.map((x) => (x.id === reservoirId ? { ...x, startLevel: x.damCrest } : x)),
  };
  const sim = createSim(dry, { seed: 0 });
  sim.start();
  const rt = floodRuntime(dry);
  const hn = rt.params.grid.width * rt.params.grid.height;
  const maxBlock = new Float64Array(hn);
  const places = [...s.villages, ...s.shelters];
  const cells = places.map((p) => cellOf(s, p.x, p.y));
  const arrival: Record<string, number> = {};
  const envelope = { depth: maxBlock } as FloodState;
  for (let t = FLOOD_STEP; t <= hours * 3600; t += FLOOD_STEP) {
    sim.advanceTo(t);
    const d = sim.state.fields.flood.depth;
    let rose = false;
    for (let h = 0; h < hn; h++) if (d[h] > maxBlock[h]) { maxBlock[h] = d[h]; rose = true; }
    if (!rose) continue;
    places.forEach((p, k) => {
      if (!(p.id in arrival) && cells[k] >= 0 && depthAt(dry, rt, envelope, cells[k]) >= depth) arrival[p.id] = t;
    });
  }
  const n = s.grid.width * s.grid.height;
  const maxDepth = new Float32Array(n);
  const mask = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    maxDepth[c] = depthAt(dry, rt, envelope, c);
    if (maxDepth[c] >= depth) mask[c] = 1;
  }
  for (const res of s.reservoirs) for (const c of res.poolCells) mask[c] = 0; // the pools are not inundation
  const zone = resolveZone(s.grid, { reservoir: reservoirId, mode, poolLevel: r.damCrest, hours, depth, runs: runsOfMask(mask) }, s.villages, s.shelters);
  const inside = new Set([...zone.villages, ...zone.shelters]);
  for (const id of Object.keys(arrival)) if (!inside.has(id)) delete arrival[id];
  return { zone, maxDepth, arrival };
}

function cellOf(s: Scenario, x: number, y: number): number {
  const i = Math.floor(x / s.grid.cellSize), j = Math.floor(y / s.grid.cellSize);
  return i < 0 || j < 0 || i >= s.grid.width || j >= s.grid.height ? -1 : j * s.grid.width + i;
}
