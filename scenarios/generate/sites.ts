// Finding cells for places: the nearest cell to an anchor that passes a test and keeps a
// minimum spacing from every place already put down. Scans in cell-index order with a strict
// comparison, so equal distances go to the lower index.
import type { Grid } from '../../sim-core/world/grid.ts';

/** Bucket edge of the spacing index, metres. */
const BUCKET = 500;

export class SiteRegister {
  private readonly buckets: number[][];
  private readonly cols: number;
  private readonly rows: number;

  constructor(readonly grid: Grid) {
    this.cols = Math.ceil((grid.width * grid.cellSize) / BUCKET);
    this.rows = Math.ceil((grid.height * grid.cellSize) / BUCKET);
    this.buckets = Array.from({ length: this.cols * this.rows }, () => []);
  }

  centre(c: number): [number, number] {
    const w = this.grid.width, s = this.grid.cellSize;
    const i = c % w, j = (c - i) / w;
    return [(i + 0.5) * s, (j + 0.5) * s];
  }

  cellAt(x: number, y: number): number {
    const s = this.grid.cellSize;
    const i = Math.min(this.grid.width - 1, Math.max(0, Math.floor(x / s)));
    const j = Math.min(this.grid.height - 1, Math.max(0, Math.floor(y / s)));
    return j * this.grid.width + i;
  }

  /** Is every place put down at least `spacing` metres from (x, y)? */
  clear(x: number, y: number, spacing: number): boolean {
    const r = Math.ceil(spacing / BUCKET);
    const bi = Math.floor(x / BUCKET), bj = Math.floor(y / BUCKET);
    for (let j = Math.max(0, bj - r); j <= Math.min(this.rows - 1, bj + r); j++) {
      for (let i = Math.max(0, bi - r); i <= Math.min(this.cols - 1, bi + r); i++) {
        const b = this.buckets[j * this.cols + i];
        for (let k = 0; k < b.length; k += 2) {
          const dx = b[k] - x, dy = b[k + 1] - y;
          if (dx * dx + dy * dy < spacing * spacing) return false;
        }
      }
    }
    return true;
  }

  take(c: number): number {
    const [x, y] = this.centre(c);
    this.buckets[Math.floor(y / BUCKET) * this.cols + Math.floor(x / BUCKET)].push(x, y);
    return c;
  }

  /** The nearest acceptable cell within `radius` metres of (x, y), or -1. Not taken yet. */
  nearest(x: number, y: number, radius: number, spacing: number, ok: (c: number) => boolean): number {
    const { width, height, cellSize } = this.grid;
    const iMin = Math.max(0, Math.floor((x - radius) / cellSize)), iMax = Math.min(width - 1, Math.floor((x + radius) / cellSize));
    const jMin = Math.max(0, Math.floor((y - radius) / cellSize)), jMax = Math.min(height - 1, Math.floor((y + radius) / cellSize));
    let best = -1, bestD2 = Infinity;
    for (let j = jMin; j <= jMax; j++) {
      for (let i = iMin; i <= iMax; i++) {
        const cx = (i + 0.5) * cellSize, cy = (j + 0.5) * cellSize;
        const d2 = (cx - x) * (cx - x) + (cy - y) * (cy - y);
        if (d2 > radius * radius || d2 >= bestD2) continue;
        const c = j * width + i;
        if (!ok(c) || !this.clear(cx, cy, spacing)) continue;
        best = c;
        bestD2 = d2;
      }
    }
    return best;
  }

  /** `nearest`, then take it; throws if nothing fits (the spec must be fixed). */
  place(what: string, x: number, y: number, radius: number, spacing: number, ok: (c: number) => boolean): number {
    const c = this.nearest(x, y, radius, spacing, ok);
    if (c < 0) throw new Error(`no site for ${what} within ${radius} m of (${x}, ${y})`);
    return this.take(c);
  }
}
