// A reservoir's water area found on the DEM when the bureau has no polygon for it: the ground
// below the normal level that is connected to the dam and closed off by it (a basin that does not
// drain off the grid's edge), outlined along the cell edges as a polygon in scenario metres.
import type { Grid } from '../../sim-core/world/grid.ts';

export type AreaResult = { ok: true; polygon: [number, number][]; cells: number } | { ok: false; reason: string };

/**
 * Cells below `level` 4-connected to one of the cells within `reach` cells of the dam; of the
 * basins found, the largest that does not touch the grid's edge (water below a dam that reaches
 * the edge is the river downstream, not the reservoir).
 */
export function reservoirArea(grid: Grid, elevation: Float32Array, damX: number, damY: number, level: number, reach = 3): AreaResult {
  const { width, height, cellSize } = grid;
  const label = new Int32Array(width * height).fill(-1);
  const di = Math.floor(damX / cellSize), dj = Math.floor(damY / cellSize);
  let best: number[] = [];
  let basins = 0;
  for (let j = Math.max(0, dj - reach); j <= Math.min(height - 1, dj + reach); j++) {
    for (let i = Math.max(0, di - reach); i <= Math.min(width - 1, di + reach); i++) {
      const seed = j * width + i;
      if (label[seed] >= 0 || !(elevation[seed] < level)) continue;
      const cells: number[] = [seed];
      label[seed] = basins;
      let edge = false;
      for (let k = 0; k < cells.length; k++) {
        const c = cells[k], ci = c % width, cj = (c - ci) / width;
        if (ci === 0 || cj === 0 || ci === width - 1 || cj === height - 1) edge = true;
        const next = [ci > 0 ? c - 1 : -1, ci < width - 1 ? c + 1 : -1, cj > 0 ? c - width : -1, cj < height - 1 ? c + width : -1];
        for (const m of next) if (m >= 0 && label[m] < 0 && elevation[m] < level) { label[m] = basins; cells.push(m); }
      }
      basins++;
      if (!edge && cells.length > best.length) best = cells;
    }
  }
  if (!best.length) {
    return { ok: false, reason: basins ? `the ground below ${level} m near the dam drains off the district: no dam closes a valley there` : `no ground near the dam lies below ${level} m` };
  }
  return { ok: true, polygon: outline(grid, best), cells: best.length };
}

/**
 * The outer boundary of a 4-connected set of cells, counter-clockwise, along cell edges, with
 * straight runs merged. Edges of the set's cells that face outside are chained; where two chains
 * meet at a corner the walk keeps to the right-hand turn, so touching corners stay apart.
 */
function outline(grid: Grid, cells: number[]): [number, number][] {
  const { width, cellSize } = grid;
  const inSet = new Set(cells);
  const W = width + 1; // vertex (i, j) → j·W + i
  const out = new Map<number, number[]>();
  const add = (a: number, b: number) => { const l = out.get(a); if (l) l.push(b); else out.set(a, [b]); };
  for (const c of cells) {
    const i = c % width, j = (c - i) / width;
    const v00 = j * W + i, v10 = v00 + 1, v01 = v00 + W, v11 = v01 + 1;
    // Counter-clockwise around the cell: south edge east-bound, east north-bound, north west-bound, west south-bound.
    if (j === 0 || !inSet.has(c - width)) add(v00, v10);
    if (i === width - 1 || !inSet.has(c + 1)) add(v10, v11);
    if (!inSet.has(c + width)) add(v11, v01);
    if (i === 0 || !inSet.has(c - 1)) add(v01, v00);
  }
  const xy = (v: number): [number, number] => [(v % W) * cellSize, Math.floor(v / W) * cellSize];
  const loops: number[][] = [];
  const starts = [...out.keys()].sort((a, b) => a - b);
  for (const start of starts) {
    while ((out.get(start)?.length ?? 0) > 0) {
      const loop = [start];
      let prev = start, v = out.get(start)!.shift()!;
      while (v !== start) {
        loop.push(v);
        const options = out.get(v)!;
        let k = 0;
        if (options.length > 1) {
          // Prefer the right-hand turn relative to the way we came.
          const [px, py] = xy(prev), [vx, vy] = xy(v);
          const dx = vx - px, dy = vy - py;
          k = options.findIndex((o) => { const [ox, oy] = xy(o); return (ox - vx) * dy - (oy - vy) * dx > 0; });
          if (k < 0) k = 0;
        }
        prev = v;
        v = options.splice(k, 1)[0];
      }
      loops.push(loop);
    }
  }
  // The outer ring is the one enclosing the most area (shoelace formula).
  const area = (loop: number[]) => loop.reduce((a, v, k) => { const [x0, y0] = xy(v), [x1, y1] = xy(loop[(k + 1) % loop.length]); return a + x0 * y1 - x1 * y0; }, 0) / 2;
  const ring = loops.reduce((a, b) => (area(b) > area(a) ? b : a)).map(xy);
  return ring.filter((p, k) => {
    const a = ring[(k + ring.length - 1) % ring.length], b = ring[(k + 1) % ring.length];
    return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
  });
}
