// Raster layers sent beside the views, at a lower rate: water depth on the hydraulic grid
// (public: everyone sees water) and fire cells (burning, burned) on the district grid. One
// visibility rule (`fireLayerFor`): all fires for the truth, detected fires for players who may
// know of fires (views.ts: not the observer). Values are quantised (depth in cm as Uint16; fire
// 1 burning, 2 burned) and sent as deltas: the indices of the cells that changed (Uint32) and
// their new values. Arrival times ahead of the front never leave the runtime.
import type { Sim } from '../sim-core/sim.ts';
import { floodRuntime } from '../sim-core/hazards/floodRuntime.ts';
import { RESIDENCE } from '../sim-core/hazards/fireSpread.ts';
import { sortedKeys } from '../sim-core/order.ts';
import { parseRole, seesTruth } from '../sim-core/commands/roles.ts';
import type { Scenario } from '../sim-core/world/scenario.ts';

export type RasterLayerName = 'water' | 'fire';
/** Which fire layer a role receives. */
export type FireLayer = 'truth' | 'detected';

export interface RasterMessage {
  layer: RasterLayerName;
  /** Version after this message; `from` is the version it applies to (null: a full layer). */
  version: number;
  from: number | null;
  grid: { width: number; height: number; cellSize: number };
  /** Units of `values`: `cm` of water depth, or fire `state` (1 burning, 2 burned). */
  units: 'cm' | 'state';
  /** Little-endian Uint32 cell indices (row-major from the south-west corner), as bytes. */
  cells: Uint8Array;
  /** Little-endian Uint16 (water) or Uint8 (fire) values of those cells, as bytes. */
  values: Uint8Array;
}

/** The fire layer `role` may see: every fire (truth), detected fires (players), none (observers, unknown roles). */
export function fireLayerFor(scenario: Scenario, role: string): FireLayer | null {
  const r = parseRole(role, scenario);
  if (!r) return null;
  if (seesTruth(r)) return 'truth';
  return r.kind === 'observer' ? null : 'detected';
}

type Values = Uint16Array | Uint8Array;

const asBytes = (a: Uint32Array | Values) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

class RasterLayer {
  private last: Values;
  version: number;

  constructor(readonly layer: RasterLayerName, readonly grid: RasterMessage['grid'], make: (n: number) => Values, private readonly nextVersion: () => number) {
    this.last = make(grid.width * grid.height);
    this.version = nextVersion();
  }

  private message(from: number | null, cells: number[], values: Values): RasterMessage {
    const v = values instanceof Uint16Array ? new Uint16Array(cells.length) : new Uint8Array(cells.length);
    cells.forEach((c, i) => { v[i] = values[c]; });
    return {
      layer: this.layer, version: this.version, from, grid: this.grid, units: this.layer === 'water' ? 'cm' : 'state',
      cells: asBytes(Uint32Array.from(cells)), values: asBytes(v),
    };
  }

  /** The delta from the last values to `next` (which becomes the last), or null if nothing changed. */
  update(next: Values): RasterMessage | null {
    const changed: number[] = [];
    for (let c = 0; c < next.length; c++) if (next[c] !== this.last[c]) changed.push(c);
    if (!changed.length) return null;
    const from = this.version;
    this.last = next;
    this.version = this.nextVersion();
    return this.message(from, changed, next);
  }

  /** The whole layer (its non-zero cells), for a client that joins or resynchronises. */
  full(): RasterMessage {
    const cells: number[] = [];
    for (let c = 0; c < this.last.length; c++) if (this.last[c] !== 0) cells.push(c);
    return this.message(null, cells, this.last);
  }
}

/** Water depth (cm) per hydraulic cell. */
export function waterCells(sim: Sim): Uint16Array {
  const depth = sim.state.fields.flood.depth;
  const out = new Uint16Array(depth.length);
  for (let c = 0; c < depth.length; c++) {
    const cm = Math.round(depth[c] * 100);
    out[c] = cm <= 0 ? 0 : cm > 65_535 ? 65_535 : cm;
  }
  return out;
}

/**
 * Which fire burned each burned cell (index into `fires`), by how the front travelled: cells in
 * order of arrival, each taking the fire of the neighbour (of 8) reached last before it — the
 * front that just came through; a neighbour burned long before had stopped or would have come
 * sooner (an ignition cell is its own fire's). So an undetected fire's cells stay its own even where they
 * lie nearer another fire's ignition (issue 15: nearest-ignition gave them away). A cell no
 * front reached from a neighbour (a spot fire) falls back to the nearest ignition.
 */
function fireOfCells(width: number, height: number, arrival: ArrayLike<number>, t: number, fires: { cell: number }[]): Map<number, number> {
  const burned: number[] = [];
  for (let c = 0; c < width * height; c++) if (arrival[c] <= t) burned.push(c);
  burned.sort((a, b) => arrival[a] - arrival[b] || a - b);
  const owner = new Map<number, number>();
  fires.forEach((f, q) => { if (arrival[f.cell] <= t && !owner.has(f.cell)) owner.set(f.cell, q); });
  for (const c of burned) {
    if (owner.has(c)) continue;
    const x = c % width, y = (c - x) / width;
    let best = -1, bestAt = -Infinity;
    for (let b = Math.max(0, y - 1); b <= Math.min(height - 1, y + 1); b++) {
      for (let a = Math.max(0, x - 1); a <= Math.min(width - 1, x + 1); a++) {
        const n = b * width + a;
        const q = owner.get(n);
        if (q !== undefined && arrival[n] <= arrival[c] && arrival[n] > bestAt) { best = q; bestAt = arrival[n]; }
      }
    }
    if (best < 0) {
      let d = Infinity;
      fires.forEach((fi, q) => { const dd = (fi.cell % width - x) ** 2 + (Math.floor(fi.cell / width) - y) ** 2; if (dd < d) { d = dd; best = q; } });
    }
    owner.set(c, best);
  }
  return owner;
}

/** Fire state per district cell for the truth and for those who see detected fires only. */
export function fireCells(sim: Sim): { truth: Uint8Array; detected: Uint8Array } {
  const { state, scenario } = sim;
  const n = scenario.grid.width * scenario.grid.height;
  const truth = new Uint8Array(n), detected = new Uint8Array(n);
  const fires = sortedKeys(state.entities.fire.fires).map((id) => state.entities.fire.fires[id]);
  if (!fires.length) return { truth, detected };
  const { width, height } = scenario.grid;
  const arrival = state.fields.fireArrival, t = state.t;
  const anyHidden = fires.some((f) => f.detected === null);
  const owner = anyHidden && fires.length > 1 ? fireOfCells(width, height, arrival, t, fires) : null;
  for (let c = 0; c < n; c++) {
    if (!(arrival[c] <= t)) continue;
    const v = arrival[c] > t - RESIDENCE ? 1 : 2;
    truth[c] = v;
    if (!anyHidden) { detected[c] = v; continue; }
    if (fires[owner?.get(c) ?? 0].detected !== null) detected[c] = v;
  }
  return { truth, detected };
}

export interface RasterDeltas { water: RasterMessage | null; fire: Record<FireLayer, RasterMessage | null> }

/** The layers of one sim, computed once for every role. */
export class SimRasters {
  private readonly water: RasterLayer;
  private readonly fire: Record<FireLayer, RasterLayer>;

  constructor(sim: Sim, nextVersion: () => number) {
    const h = floodRuntime(sim.scenario).params.grid;
    const g = sim.scenario.grid;
    this.water = new RasterLayer('water', { width: h.width, height: h.height, cellSize: h.cellSize }, (n) => new Uint16Array(n), nextVersion);
    const fireGrid = { width: g.width, height: g.height, cellSize: g.cellSize };
    this.fire = {
      truth: new RasterLayer('fire', fireGrid, (n) => new Uint8Array(n), nextVersion),
      detected: new RasterLayer('fire', fireGrid, (n) => new Uint8Array(n), nextVersion),
    };
    this.update(sim);
  }

  /** Brings the layers up to the sim; the deltas to send (null where unchanged). */
  update(sim: Sim): RasterDeltas {
    const fire = fireCells(sim);
    return { water: this.water.update(waterCells(sim)), fire: { truth: this.fire.truth.update(fire.truth), detected: this.fire.detected.update(fire.detected) } };
  }

  /** Whole layers for `role` (joining or resynchronising): water, and its fire layer if any. */
  fullFor(scenario: Scenario, role: string): RasterMessage[] {
    const layer = fireLayerFor(scenario, role);
    return layer ? [this.water.full(), this.fire[layer].full()] : [this.water.full()];
  }

  /** The deltas `role` receives out of `d`. */
  static deltasFor(scenario: Scenario, role: string, d: RasterDeltas): RasterMessage[] {
    const layer = fireLayerFor(scenario, role);
    const out: RasterMessage[] = [];
    if (d.water) out.push(d.water);
    if (layer && d.fire[layer]) out.push(d.fire[layer]!);
    return out;
  }
}
