// 爆管路面积水 — the fine grid a burst's street flood runs on. The district's hydraulic grid has
// 400 m blocks: a burst's few m³/s spread over 160,000 m² is a few centimetres, and no street
// would ever flood. So each burst gets its own nested grid, run by the same local-inertial kernel
// (flood/localInertial.ts) with open edges:
//
// - 10 m cells over 1.28 km square (128 × 128) centred on the burst. 10 m resolves a street as
//   one to three cells (lanes are 3.5–3.75 m, JTG B01-2014 §4.0.2, so a two-lane road and its
//   pavements are 10–15 m); 5 m would cost 8× (4× the cells, half the time step). 640 m either
//   way holds the drill's street water: at the drill's 3.6 m³/s the wetted street reaches the
//   open edge and leaves there (see docs/verification.md), as it would run on into the drains
//   and streets beyond.
// - Ground: the district DEM interpolated bilinearly at each cell centre; the town's streets
//   (every road edge of the scenario's network crossing the grid) burnt in at that level; the
//   rest raised: built land (建设用地) as buildings, 3 m above the street (the "building block"
//   treatment of Schubert & Sanders 2012, Adv. Water Resour. 41, raising building cells so the
//   water runs between them — here a whole block between streets is taken as built up, a stated
//   assumption), other land by a kerb of 0.15 m (kerbs stand 10–20 cm above the carriageway,
//   CJJ 37-2012 城市道路工程设计规范), so water deeper than a kerb spills onto fields beside the
//   road. Rivers and ponds stay at their bed.
// - Manning's n 0.016 on the street (Chow 1959, table 5-6: asphalt, rough 0.016; concrete,
//   float finish 0.015); other cells by land cover as on the district grid (floodRuntime.ts).
// - The burst's flow enters at the street cell nearest the burst point (a main lies under the
//   street; the water breaks out through the road).
// Derived from the scenario and the burst's point only, so it is cached and never state.
import type { Scenario } from '../../world/scenario.ts';
import { LAND_COVER } from '../../world/landCover.ts';
import type { FloodParams } from '../flood/floodState.ts';
import { MANNING } from '../floodRuntime.ts';
import { STREET_CELL, STREET_CELLS } from './streetFloodState.ts';

export { STREET_CELL, STREET_CELLS };

/** Buildings stand this high above the street, m: the water runs between them. */
export const BUILDING_HEIGHT = 3;
/** Side lanes of a built-up block (小巷): one cell wide every LANE_SPACING, m, at street level. */
export const LANE_SPACING = 60;
/** Kerb height, m (CJJ 37-2012: 10–20 cm). */
export const KERB_HEIGHT = 0.15;
/** Manning's n of the paved street (Chow 1959, table 5-6). */
export const STREET_MANNING = 0.016;
/**
 * CFL coefficient α of the street grid's time step. The district grid takes 0.3 for steep
 * mountain valleys, where sheet flow off 30–45° sides oscillates from 0.4 on (floodState.ts).
 * A town's streets are nearly flat and walled by building blocks, the ground Bates et al. (2010,
 * J. Hydrol. 387) found stable at α 0.2–0.7 and where LISFLOOD-FP's default is 0.7; with the
 * θ = 0.7 weighting of de Almeida et al. (2012) 0.5 keeps a margin below that. Against 0.3 on the
 * drill's burst (docs/verification.md, "Street flood"): the deepest water away from the burst
 * differs by 5 % (0.255 vs 0.268 m after 4 h), the depth in the burst's own cell — a 3.6 m³/s
 * point source in one 10 m cell, the least resolved number of the grid — by 16 % (0.327 vs
 * 0.388 m), both above the 0.3 m of a flooded street; the day costs 1.8× fewer steps, which
 * brings a burst nobody shuts within the 10 s day.
 */
export const STREET_ALPHA = 0.5;
/**
 * Half the width of the paved street by road class (ROAD_CLASSES: highway, county, township,
 * village, track), m: 4, 2, 2, 1.5 and 1 lanes of 3.5–3.75 m each way with pavements (JTG
 * B01-2014 lane widths), an assumption. A street is at least 1.5 cells wide on the grid (see
 * streetHalfWidth), so a diagonal street stays joined face to face.
 */
const HALF_WIDTH = [15, 8, 7, 6, 4];

export interface StreetGrid {
  params: FloodParams;
  /** South-west corner of the grid in district coordinates, m. */
  x0: number;
  y0: number;
  /** 1 on street cells. */
  street: Uint8Array;
  /** Cell the burst's flow enters. */
  inflowCell: number;
  /** Road edges crossing the grid (ascending), each with its street cells (CSR) and its length on the grid, m. */
  edges: Int32Array;
  edgeStart: Int32Array;
  edgeCells: Int32Array;
  edgeLength: Float64Array;
}

const cache = new WeakMap<Scenario, Map<string, StreetGrid>>();

/** The street grid around a burst at (x, y), built once per scenario and point. */
export function streetGrid(s: Scenario, x: number, y: number): StreetGrid {
  let m = cache.get(s);
  if (!m) { m = new Map(); cache.set(s, m); }
  const key = `${x},${y}`;
  let g = m.get(key);
  if (!g) { g = buildStreetGrid(s, x, y); m.set(key, g); }
  return g;
}

/** Whether a district coordinate lies on the town's lane lattice (lanes LANE_SPACING apart, one cell wide). */
function laneAt(v: number): boolean {
  return Math.floor(v / STREET_CELL) % (LANE_SPACING / STREET_CELL) === 0;
}

function streetHalfWidth(cls: number): number {
  return Math.max(HALF_WIDTH[cls] ?? 4, 0.75 * STREET_CELL);
}

/** District DEM at (x, y), bilinear between cell centres, clamped at the district's edge. */
export function demAt(s: Scenario, x: number, y: number): number {
  const { width: w, height: h, cellSize: cs } = s.grid;
  const u = Math.min(Math.max(x / cs - 0.5, 0), w - 1), v = Math.min(Math.max(y / cs - 0.5, 0), h - 1);
  const i0 = Math.min(Math.floor(u), w - 2 < 0 ? 0 : w - 2), j0 = Math.min(Math.floor(v), h - 2 < 0 ? 0 : h - 2);
  const i1 = Math.min(i0 + 1, w - 1), j1 = Math.min(j0 + 1, h - 1);
  const fx = u - i0, fy = v - j0;
  const z = s.elevation;
  const south = z[j0 * w + i0] * (1 - fx) + z[j0 * w + i1] * fx;
  const north = z[j1 * w + i0] * (1 - fx) + z[j1 * w + i1] * fx;
  return south * (1 - fy) + north * fy;
}

/** Length of segment a→b inside the rectangle [x0, x1] × [y0, y1] (Liang–Barsky clipping). */
function clippedLength(ax: number, ay: number, bx: number, by: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = bx - ax, dy = by - ay;
  let t0 = 0, t1 = 1;
  const p = [-dx, dx, -dy, dy], q = [ax - x0, x1 - ax, ay - y0, y1 - ay];
  for (let k = 0; k < 4; k++) {
    if (p[k] === 0) { if (q[k] < 0) return 0; continue; }
    const r = q[k] / p[k];
    if (p[k] < 0) { if (r > t1) return 0; if (r > t0) t0 = r; } else { if (r < t0) return 0; if (r < t1) t1 = r; }
  }
  return (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
}

function buildStreetGrid(s: Scenario, bx: number, by: number): StreetGrid {
  const n = STREET_CELLS, dx = STREET_CELL;
  // The burst at the centre of cell (n/2, n/2).
  const x0 = bx - (n / 2) * dx - dx / 2, y0 = by - (n / 2) * dx - dx / 2;
  const x1 = x0 + n * dx, y1 = y0 + n * dx;
  const street = new Uint8Array(n * n);
  const g = s.roads;
  const edges: number[] = [], edgeStart: number[] = [0], edgeCells: number[] = [], edgeLength: number[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const ax = g.nodeX[g.edgeFrom[e]], ay = g.nodeY[g.edgeFrom[e]], ex = g.nodeX[g.edgeTo[e]], ey = g.nodeY[g.edgeTo[e]];
    const half = streetHalfWidth(g.edgeClass[e]);
    if (Math.max(ax, ex) < x0 - half || Math.min(ax, ex) > x1 + half || Math.max(ay, ey) < y0 - half || Math.min(ay, ey) > y1 + half) continue;
    const iLo = Math.max(0, Math.floor((Math.min(ax, ex) - half - x0) / dx)), iHi = Math.min(n - 1, Math.floor((Math.max(ax, ex) + half - x0) / dx));
    const jLo = Math.max(0, Math.floor((Math.min(ay, ey) - half - y0) / dx)), jHi = Math.min(n - 1, Math.floor((Math.max(ay, ey) + half - y0) / dx));
    const sx = ex - ax, sy = ey - ay, len2 = sx * sx + sy * sy;
    const cells: number[] = [];
    for (let j = jLo; j <= jHi; j++) {
      for (let i = iLo; i <= iHi; i++) {
        // Distance from the cell centre to the segment.
        const cx = x0 + (i + 0.5) * dx, cy = y0 + (j + 0.5) * dx;
        let t = len2 > 0 ? ((cx - ax) * sx + (cy - ay) * sy) / len2 : 0;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const px = ax + t * sx - cx, py = ay + t * sy - cy;
        if (px * px + py * py <= half * half) cells.push(j * n + i);
      }
    }
    if (!cells.length) continue;
    for (const c of cells) street[c] = 1;
    edges.push(e);
    for (const c of cells) edgeCells.push(c);
    edgeStart.push(edgeCells.length);
    edgeLength.push(clippedLength(ax, ay, ex, ey, x0, y0, x1, y1));
  }
  const elevation = new Float64Array(n * n), manning = new Float32Array(n * n);
  const { width: dw, cellSize: cs } = s.grid;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const c = j * n + i, cx = x0 + (i + 0.5) * dx, cy = y0 + (j + 0.5) * dx;
      const di = Math.floor(cx / cs), dj = Math.floor(cy / cs);
      const onDistrict = di >= 0 && dj >= 0 && di < dw && dj < s.grid.height;
      const cover = onDistrict ? s.landCover[dj * dw + di] : LAND_COVER.built;
      const ground = demAt(s, cx, cy);
      if (street[c]) { elevation[c] = ground; manning[c] = STREET_MANNING; continue; }
      if (cover === LAND_COVER.built && (laneAt(cx) || laneAt(cy))) { elevation[c] = ground + KERB_HEIGHT; manning[c] = STREET_MANNING; continue; }
      manning[c] = MANNING[cover] ?? 0.05;
      elevation[c] = cover === LAND_COVER.water ? ground : ground + (cover === LAND_COVER.built ? BUILDING_HEIGHT : KERB_HEIGHT);
    }
  }
  // The street cell nearest the burst (ties to the lower index); the burst's own cell if no street crosses the grid.
  const mid = (n / 2) * n + n / 2;
  let inflowCell = mid, best = Infinity;
  for (let c = 0; c < n * n; c++) {
    if (!street[c]) continue;
    const di = (c % n) - n / 2, dj = Math.floor(c / n) - n / 2, d = di * di + dj * dj;
    if (d < best) { best = d; inflowCell = c; }
  }
  if (!street[inflowCell]) { street[inflowCell] = 1; elevation[inflowCell] = demAt(s, bx, by); manning[inflowCell] = STREET_MANNING; }
  return {
    params: { grid: { width: n, height: n, cellSize: dx }, elevation, manning, open: true, alpha: STREET_ALPHA },
    x0, y0, street, inflowCell,
    edges: Int32Array.from(edges), edgeStart: Int32Array.from(edgeStart), edgeCells: Int32Array.from(edgeCells), edgeLength: Float64Array.from(edgeLength),
  };
}
