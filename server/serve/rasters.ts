// Raster layers sent beside the views, at a lower rate: water depth on the hydraulic grid
// (public: everyone sees water) and fire cells (burning, burned) on the district grid — all
// fires for the truth, detected fires for players who may know of fires (views.ts: not the
// observer). Values are quantised (depth in cm as Uint16; fire 1 burning, 2 burned) and sent
// as deltas: the indices of the cells that changed (Uint32) and their new values. Arrival
// times ahead of the front never leave the server.
import type { Sim } from '../../sim-core/sim.ts';
import { floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { RESIDENCE } from '../../sim-core/hazards/fireSpread.ts';
import { sortedKeys } from '../../sim-core/order.ts';
import { nextVersion } from './versions.ts';

export type RasterLayerName = 'water' | 'fire';

export interface RasterMessage {
  layer: RasterLayerName;
  /** Version after this message; `from` is the version it applies to (null: a full layer). */
  version: number;
  from: number | null;
  grid: { width: number; height: number; cellSize: number };
  /** Units of `values`: `cm` of water depth, or fire `state` (1 burning, 2 burned). */
  units: 'cm' | 'state';
  /** Little-endian Uint32 cell indices (row-major from the south-west corner). */
  cells: Buffer;
  /** Little-endian Uint16 (water) or Uint8 (fire) values of those cells. */
  values: Buffer;
}

type Values = Uint16Array | Uint8Array;

const toBuffer = (a: Uint32Array | Values) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

class RasterLayer {
  private last: Values;
  version = nextVersion();

  constructor(readonly layer: RasterLayerName, readonly grid: RasterMessage['grid'], make: (n: number) => Values) {
    this.last = make(grid.width * grid.height);
  }

  private message(from: number | null, cells: number[], values: Values): RasterMessage {
    const v = values instanceof Uint16Array ? new Uint16Array(cells.length) : new Uint8Array(cells.length);
    cells.forEach((c, i) => { v[i] = values[c]; });
    return {
      layer: this.layer, version: this.version, from, grid: this.grid, units: this.layer === 'water' ? 'cm' : 'state',
      cells: toBuffer(Uint32Array.from(cells)), values: toBuffer(v),
    };
  }

  /** The delta from the last values to `next` (which becomes the last), or null if nothing changed. */
  update(next: Values): RasterMessage | null {
    const changed: number[] = [];
    for (let c = 0; c < next.length; c++) if (next[c] !== this.last[c]) changed.push(c);
    if (!changed.length) return null;
    const from = this.version;
    this.last = next;
    this.version = nextVersion();
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
 * Fire state per district cell for the truth and for those who see detected fires only. A
 * cell belongs to the fire whose ignition is nearest, the rule fireStep.ts counts areas by.
 */
export function fireCells(sim: Sim): { truth: Uint8Array; detected: Uint8Array } {
  const { state, scenario } = sim;
  const n = scenario.grid.width * scenario.grid.height;
  const truth = new Uint8Array(n), detected = new Uint8Array(n);
  const fires = sortedKeys(state.entities.fire.fires).map((id) => state.entities.fire.fires[id]);
  if (!fires.length) return { truth, detected };
  const { width } = scenario.grid;
  const arrival = state.fields.fireArrival, t = state.t;
  const anyHidden = fires.some((f) => f.detected === null);
  for (let c = 0; c < n; c++) {
    if (!(arrival[c] <= t)) continue;
    const v = arrival[c] > t - RESIDENCE ? 1 : 2;
    truth[c] = v;
    if (!anyHidden) { detected[c] = v; continue; }
    let k = 0;
    if (fires.length > 1) {
      let d = Infinity;
      const x = c % width, y = Math.floor(c / width);
      fires.forEach((fi, q) => { const dd = (fi.cell % width - x) ** 2 + (Math.floor(fi.cell / width) - y) ** 2; if (dd < d) { d = dd; k = q; } });
    }
    if (fires[k].detected !== null) detected[c] = v;
  }
  return { truth, detected };
}

/** The three layers of one exercise. */
export class ExerciseRasters {
  readonly water: RasterLayer;
  readonly fireTruth: RasterLayer;
  readonly fireDetected: RasterLayer;

  constructor(sim: Sim) {
    const h = floodRuntime(sim.scenario).params.grid;
    const g = sim.scenario.grid;
    this.water = new RasterLayer('water', { width: h.width, height: h.height, cellSize: h.cellSize }, (n) => new Uint16Array(n));
    const fireGrid = { width: g.width, height: g.height, cellSize: g.cellSize };
    this.fireTruth = new RasterLayer('fire', fireGrid, (n) => new Uint8Array(n));
    this.fireDetected = new RasterLayer('fire', fireGrid, (n) => new Uint8Array(n));
    this.update(sim);
  }

  /** Brings the layers up to the sim; returns the deltas to send (null where unchanged). */
  update(sim: Sim): { water: RasterMessage | null; fireTruth: RasterMessage | null; fireDetected: RasterMessage | null } {
    const fire = fireCells(sim);
    return { water: this.water.update(waterCells(sim)), fireTruth: this.fireTruth.update(fire.truth), fireDetected: this.fireDetected.update(fire.detected) };
  }
}
