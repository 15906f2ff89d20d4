// Raster deltas into the store's layers (water cm on the hydraulic grid, fire state on the
// district grid), the same for the server's socket and the offline worker: a full layer
// (`from` null) replaces, a delta applies only on top of the version it follows.
import type { Store } from './store.ts';

export interface RasterMessage {
  layer: 'water' | 'fire';
  version: number;
  from: number | null;
  grid: { width: number; height: number; cellSize: number };
  cells: ArrayBuffer | Uint8Array;
  values: ArrayBuffer | Uint8Array;
}

function bytes(b: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (b instanceof ArrayBuffer) return b;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

export class RasterLayers {
  private waterVersion: number | null = null;
  private fireVersion: number | null = null;

  constructor(private readonly store: Store) {}

  /** Applies one message; false when a delta does not follow the version held (ask for the full layers). */
  apply(m: RasterMessage): boolean {
    const cells = new Uint32Array(bytes(m.cells));
    const n = m.grid.width * m.grid.height;
    if (m.layer === 'water') {
      const values = new Uint16Array(bytes(m.values));
      let layer = this.store.water;
      if (m.from === null || !layer || layer.cm.length !== n) {
        layer = { grid: m.grid, cm: new Uint16Array(n), version: 0 };
      } else if (m.from !== this.waterVersion) return false;
      for (let k = 0; k < cells.length; k++) layer.cm[cells[k]] = values[k];
      layer.version++;
      this.store.water = layer;
      this.waterVersion = m.version;
    } else {
      const values = new Uint8Array(bytes(m.values));
      let f = this.store.fire;
      if (m.from === null || !f || f.cells.length !== n) f = { cells: new Uint8Array(n), version: 0 };
      else if (m.from !== this.fireVersion) return false;
      for (let k = 0; k < cells.length; k++) f.cells[cells[k]] = values[k];
      f.version++;
      this.store.fire = f;
      this.fireVersion = m.version;
    }
    this.store.emit('raster');
    return true;
  }
}
