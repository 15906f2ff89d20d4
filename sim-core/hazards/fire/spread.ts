// Fire arrival times on the grid by minimum travel time (Finney 2002, "Fire growth using minimum
// travel time methods", Can. J. For. Res. 32): a Dijkstra pass from the ignitions over a
// 16-neighbour stencil (the 8 neighbours and the 8 knight moves), whose 16 directions keep a
// free-burning fire round or elliptical instead of octagonal.
//
// Each cell carries its head rate R, eccentricity e and max-spread direction u (from Rothermel,
// per cell, for the cell's fuel, slope and the weather). The rate toward direction d in a cell
// is the ellipse about its ignition focus, R(1 − e)/(1 − e·cos ψ) (rothermel.ts). An edge a→b of
// length L is crossed half in each cell, so its travel time is
//     t = (L/2)/R_a(d) + (L/2)/R_b(d)
//       = ½·[(L − e_a·u_a·Δ)·s_a + (L − e_b·u_b·Δ)·s_b],   s = 1/(R(1 − e)),  Δ = b − a,
// i.e. the two cells' rates averaged harmonically (their slownesses averaged), which needs no
// trigonometry in the loop. A move is allowed only if every cell its straight segment crosses
// burns and is not blocked (a diagonal needs one of its two side cells, a knight move both
// cells it passes), so no move jumps a fire break, even one drawn 8-connected.
//
// Grids are row-major from the south-west corner: cell (i, j) is column i (x east), row j
// (y north), index j·width + i.

import { MinHeap } from '../../forces/binaryHeap.ts';
import type { Fuelbed } from './fuelbed.ts';
import { computeFuelbed } from './fuelbed.ts';
import { FIRE_FUELS } from './fireFuels.ts';
import { eccentricity, lengthToWidthRatio } from './ellipse.ts';
import { headSpread, slopeFactor, windFactor, type HeadSpread } from './rothermel.ts';
import { FT, FT_PER_MIN_PER_MPH, MPS_TO_FT_PER_MIN } from './units.ts';

export { FIRE_FUELS, fireFuelIndex, NON_BURNABLE } from './fireFuels.ts';

export interface FireLandscape {
  width: number;
  height: number;
  /** m */
  cellSize: number;
  /** index into FIRE_FUELS; 0 (or an index past the table) does not burn */
  fuel: Uint8Array;
  /** m */
  elevation: Float32Array;
}

export interface FireWeather {
  /** percent */
  moisture: { d1: number; d10: number; d100: number; liveHerb: number; liveWoody: number };
  /** midflame wind, m/s */
  windSpeed: number;
  /** compass direction the wind blows toward, degrees */
  windDir: number;
}

export interface FireCells {
  width: number;
  height: number;
  cellSize: number;
  /** head rate of spread, m/min; 0 where the cell does not burn */
  ros: Float32Array;
  eccentricity: Float32Array;
  /** compass direction of maximum spread, degrees */
  direction: Float32Array;
  /** slope, percent (central differences of the elevation) */
  slope: Float32Array;
  /** for the travel-time kernel: s = 1/(R(1 − e)) in s/m (0 where it does not burn) and
   *  e·u, the eccentricity times the unit max-spread vector (x east, y north) */
  slowness: Float32Array;
  ex: Float32Array;
  ey: Float32Array;
}

const DEG = Math.PI / 180;

function allocCells(land: FireLandscape, out?: FireCells): FireCells {
  const n = land.width * land.height;
  if (out && out.ros.length === n) {
    out.width = land.width;
    out.height = land.height;
    out.cellSize = land.cellSize;
    return out;
  }
  return {
    width: land.width, height: land.height, cellSize: land.cellSize,
    ros: new Float32Array(n), eccentricity: new Float32Array(n), direction: new Float32Array(n),
    slope: new Float32Array(n), slowness: new Float32Array(n), ex: new Float32Array(n), ey: new Float32Array(n),
  };
}

/** Per-cell spread parameters for a uniform weather over the landscape. */
export function prepareFireCells(land: FireLandscape, weather: FireWeather, out?: FireCells): FireCells {
  const cells = allocCells(land, out);
  const { width: w, height: h, cellSize: cs, fuel, elevation: z } = land;
  const m = weather.moisture;
  const moisture = { d1: m.d1 / 100, d10: m.d10 / 100, d100: m.d100 / 100, liveHerb: m.liveHerb / 100, liveWoody: m.liveWoody / 100 };
  const windFtMin = weather.windSpeed * MPS_TO_FT_PER_MIN;

  // The fuel bed and wind factor depend only on the fuel under a uniform weather.
  const beds: (Fuelbed | null)[] = FIRE_FUELS.map((model) => (model === null ? null : computeFuelbed(model, moisture)));
  const phiW = beds.map((bed) => (bed === null ? 0 : windFactor(bed, windFtMin)));
  const head: HeadSpread = { ros: 0, azimuthFromUpslope: 0, effectiveWind: 0, windLimited: false };

  for (let j = 0; j < h; j++) {
    const jS = j > 0 ? j - 1 : j;
    const jN = j < h - 1 ? j + 1 : j;
    for (let i = 0; i < w; i++) {
      const c = j * w + i;
      // Central differences (one-sided at the border); the gradient points uphill.
      const iW = i > 0 ? i - 1 : i;
      const iE = i < w - 1 ? i + 1 : i;
      const gx = iE > iW ? (z[j * w + iE] - z[j * w + iW]) / ((iE - iW) * cs) : 0;
      const gy = jN > jS ? (z[jN * w + i] - z[jS * w + i]) / ((jN - jS) * cs) : 0;
      const tanSlope = Math.sqrt(gx * gx + gy * gy);
      cells.slope[c] = 100 * tanSlope;

      const f = fuel[c];
      const bed = f < beds.length ? beds[f] : null;
      if (bed === null || !bed.burnable) {
        cells.ros[c] = 0; cells.eccentricity[c] = 0; cells.direction[c] = 0;
        cells.slowness[c] = 0; cells.ex[c] = 0; cells.ey[c] = 0;
        continue;
      }
      const upslope = tanSlope > 0 ? Math.atan2(gx, gy) / DEG : 0; // compass
      headSpread(bed, phiW[f], (weather.windDir - upslope) * DEG, slopeFactor(bed, tanSlope), head);
      const e = eccentricity(lengthToWidthRatio(head.effectiveWind / FT_PER_MIN_PER_MPH));
      const dir = (upslope + head.azimuthFromUpslope + 360) % 360;
      const rosMs = (head.ros * FT) / 60;
      cells.ros[c] = rosMs * 60;
      cells.eccentricity[c] = e;
      cells.direction[c] = dir;
      cells.slowness[c] = rosMs > 0 ? 1 / (rosMs * (1 - e)) : 0;
      cells.ex[c] = e * Math.sin(dir * DEG);
      cells.ey[c] = e * Math.cos(dir * DEG);
    }
  }
  return cells;
}

// The stencil: 8 neighbours, then the knight moves. For each move, the cells its segment crosses
// between the end points (relative offsets); a diagonal lists its two side cells, of which one
// must be passable, a knight move the two cells it passes, both of which must be.
const DI = [1, 0, -1, 0, 1, -1, -1, 1, 2, 1, -1, -2, -2, -1, 1, 2];
const DJ = [0, 1, 0, -1, 1, 1, -1, -1, 1, 2, 2, 1, -1, -2, -2, -1];
const KIND = new Uint8Array(16); // 0 orthogonal, 1 diagonal, 2 knight
const VIA1I = new Int8Array(16), VIA1J = new Int8Array(16), VIA2I = new Int8Array(16), VIA2J = new Int8Array(16);
for (let k = 0; k < 16; k++) {
  const di = DI[k], dj = DJ[k];
  if (Math.abs(di) + Math.abs(dj) === 1) continue;
  if (Math.abs(di) === 1 && Math.abs(dj) === 1) {
    KIND[k] = 1;
    VIA1I[k] = di; VIA1J[k] = 0; VIA2I[k] = 0; VIA2J[k] = dj;
  } else {
    KIND[k] = 2;
    // (2,1): passes (1,0) and (1,1); (1,2): passes (0,1) and (1,1); signs follow the move.
    const si = Math.sign(di), sj = Math.sign(dj);
    if (Math.abs(di) === 2) { VIA1I[k] = si; VIA1J[k] = 0; VIA2I[k] = si; VIA2J[k] = sj; }
    else { VIA1I[k] = 0; VIA1J[k] = sj; VIA2I[k] = si; VIA2J[k] = sj; }
  }
}

/**
 * Arrival times (s) from the ignitions, by minimum travel time; Infinity where the fire has not
 * arrived by `maxTime`. `blocked[c] !== 0` marks a fire break or suppressed cell, which neither
 * burns nor passes fire. Ignitions on cells that cannot burn are ignored. Deterministic: the
 * heap pops equal times by ascending cell index and the stencil order is fixed.
 */
export function fireArrivalTimes(
  land: FireLandscape,
  cells: FireCells,
  ignitions: { cell: number; t: number }[],
  maxTime: number,
  blocked: Uint8Array | null,
  out?: Float64Array,
): Float64Array {
  const w = land.width;
  const h = land.height;
  const n = w * h;
  const cs = land.cellSize;
  const dist = out && out.length === n ? out : new Float64Array(n);
  dist.fill(Infinity);

  const { slowness, ex, ey } = cells;
  const pass = new Uint8Array(n);
  for (let c = 0; c < n; c++) pass[c] = slowness[c] > 0 && (blocked === null || blocked[c] === 0) ? 1 : 0;

  const dx = new Float64Array(16), dy = new Float64Array(16), len = new Float64Array(16);
  for (let k = 0; k < 16; k++) {
    dx[k] = DI[k] * cs;
    dy[k] = DJ[k] * cs;
    len[k] = Math.sqrt(dx[k] * dx[k] + dy[k] * dy[k]);
  }

  const heap = new MinHeap(Math.max(64, 4 * (w + h)));
  const done = new Uint8Array(n);
  for (const { cell, t } of ignitions) {
    if (cell < 0 || cell >= n || !Number.isInteger(cell) || pass[cell] === 0 || !(t <= maxTime)) continue;
    if (t < dist[cell]) {
      dist[cell] = t;
      heap.push(t, cell);
    }
  }

  while (heap.size > 0) {
    const ta = heap.peekKey();
    if (ta > maxTime) break;
    const a = heap.pop();
    if (done[a] === 1 || ta > dist[a]) continue;
    done[a] = 1;
    const ia = a % w;
    const ja = (a - ia) / w;
    const sa = slowness[a];
    const exa = ex[a];
    const eya = ey[a];
    for (let k = 0; k < 16; k++) {
      const ib = ia + DI[k];
      const jb = ja + DJ[k];
      if (ib < 0 || ib >= w || jb < 0 || jb >= h) continue;
      const b = jb * w + ib;
      if (pass[b] === 0 || done[b] === 1) continue;
      const kind = KIND[k];
      if (kind !== 0) {
        const p1 = pass[(ja + VIA1J[k]) * w + ia + VIA1I[k]];
        const p2 = pass[(ja + VIA2J[k]) * w + ia + VIA2I[k]];
        if (kind === 1 ? p1 === 0 && p2 === 0 : p1 === 0 || p2 === 0) continue;
      }
      const ddx = dx[k];
      const ddy = dy[k];
      const l = len[k];
      const tb = ta + 0.5 * ((l - exa * ddx - eya * ddy) * sa + (l - ex[b] * ddx - ey[b] * ddy) * slowness[b]);
      if (tb < dist[b]) {
        dist[b] = tb;
        if (tb <= maxTime) heap.push(tb, b);
      }
    }
  }
  for (let c = 0; c < n; c++) if (dist[c] > maxTime) dist[c] = Infinity;
  return dist;
}
