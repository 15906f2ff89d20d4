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

import { CellHeap, CLOSED } from './cellHeap.ts';
import type { Fuelbed } from './fuelbed.ts';
import { computeFuelbed } from './fuelbed.ts';
import { FIRE_FUELS } from './fireFuels.ts';
import { eccentricity, lengthToWidthRatio } from './ellipse.ts';
import { headSpread, slopeFactor, windFactor, type HeadSpread } from './rothermel.ts';
import { FT, FT_PER_MIN_PER_MPH, MPS_TO_FT_PER_MIN } from './units.ts';
import { atan2, cos, sin } from '../../math/index.ts';

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
  /** the travel-time kernel, three numbers per cell interleaved for locality: s = 1/(R(1 − e))
   *  in s/m (0 where the cell does not burn), then e·u_x and e·u_y, the eccentricity times the
   *  unit max-spread vector (x east, y north) */
  kernel: Float32Array;
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
    slope: new Float32Array(n), kernel: new Float32Array(3 * n),
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
  const kernel = cells.kernel;
  // Imported bindings may be live getters once transpiled (tsx, vite); keep hot reads local.
  const ftPerMinPerMph = FT_PER_MIN_PER_MPH;
  const ft = FT;

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
        kernel[3 * c] = 0; kernel[3 * c + 1] = 0; kernel[3 * c + 2] = 0;
        continue;
      }
      const upslope = tanSlope > 0 ? atan2(gx, gy) / DEG : 0; // compass
      headSpread(bed, phiW[f], (weather.windDir - upslope) * DEG, slopeFactor(bed, tanSlope), head);
      const e = eccentricity(lengthToWidthRatio(head.effectiveWind / ftPerMinPerMph));
      const dir = (upslope + head.azimuthFromUpslope + 360) % 360;
      const rosMs = (head.ros * ft) / 60;
      cells.ros[c] = rosMs * 60;
      cells.eccentricity[c] = e;
      cells.direction[c] = dir;
      kernel[3 * c] = rosMs > 0 ? 1 / (rosMs * (1 - e)) : 0;
      kernel[3 * c + 1] = e * sin(dir * DEG);
      kernel[3 * c + 2] = e * cos(dir * DEG);
    }
  }
  return cells;
}

// The stencil: moves 0–3 orthogonal, 4–7 diagonal, 8–15 knight moves. For each move, the cells
// its segment crosses between the end points (relative offsets); a diagonal lists its two side
// cells, of which one must be passable, a knight move the two cells it passes, both of which must.
const DI = [1, 0, -1, 0, 1, -1, -1, 1, 2, 1, -1, -2, -2, -1, 1, 2];
const DJ = [0, 1, 0, -1, 1, 1, -1, -1, 1, 2, 2, 1, -1, -2, -2, -1];
const VIA1I = new Int8Array(16), VIA1J = new Int8Array(16), VIA2I = new Int8Array(16), VIA2J = new Int8Array(16);
for (let k = 0; k < 16; k++) {
  const di = DI[k], dj = DJ[k];
  if (Math.abs(di) + Math.abs(dj) === 1) continue;
  if (Math.abs(di) === 1 && Math.abs(dj) === 1) {
    VIA1I[k] = di; VIA1J[k] = 0; VIA2I[k] = 0; VIA2J[k] = dj;
  } else {
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
  const kern = cells.kernel;
  const dist = out && out.length === n ? out : new Float64Array(n);
  dist.fill(Infinity);

  // Imported bindings may be live getters once transpiled (tsx, vite); keep hot reads local.
  const closed = CLOSED;
  const heap = new CellHeap(n, Math.max(1024, 8 * (w + h)));
  const pos = heap.pos;
  const pass = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    if (kern[3 * c] > 0 && (blocked === null || blocked[c] === 0)) pass[c] = 1;
    else pos[c] = closed;
  }

  // Stencil geometry in metres and as index offsets (for cells away from the border).
  const dx = new Float64Array(16), dy = new Float64Array(16), len = new Float64Array(16);
  const off = new Int32Array(16), via1 = new Int32Array(16), via2 = new Int32Array(16);
  for (let k = 0; k < 16; k++) {
    dx[k] = DI[k] * cs;
    dy[k] = DJ[k] * cs;
    len[k] = Math.sqrt(dx[k] * dx[k] + dy[k] * dy[k]);
    off[k] = DJ[k] * w + DI[k];
    via1[k] = VIA1J[k] * w + VIA1I[k];
    via2[k] = VIA2J[k] * w + VIA2I[k];
  }

  for (const { cell, t } of ignitions) {
    if (!Number.isInteger(cell) || cell < 0 || cell >= n || pass[cell] === 0 || !(t <= maxTime)) continue;
    if (t < dist[cell]) {
      dist[cell] = t;
      heap.offer(t, cell);
    }
  }

  while (heap.size > 0) {
    const ta = heap.peekKey();
    if (ta > maxTime) break;
    const a = heap.pop();
    const ia = a % w;
    const ja = (a / w) | 0;
    const sa = kern[3 * a];
    const exa = kern[3 * a + 1];
    const eya = kern[3 * a + 2];
    const interior = ia >= 2 && ia < w - 2 && ja >= 2 && ja < h - 2;
    // Stencil order: 0–3 orthogonal, 4–7 diagonal, 8–15 knight moves (see DI/DJ).
    for (let k = 0; k < 16; k++) {
      if (!interior) {
        const ib = ia + DI[k];
        const jb = ja + DJ[k];
        if (ib < 0 || ib >= w || jb < 0 || jb >= h) continue;
      }
      const b = a + off[k];
      if (pos[b] === closed) continue;
      if (k >= 4) {
        const p1 = pass[a + via1[k]];
        const p2 = pass[a + via2[k]];
        if (k < 8 ? (p1 | p2) === 0 : (p1 & p2) === 0) continue;
      }
      const ddx = dx[k];
      const ddy = dy[k];
      const l = len[k];
      const kb = 3 * b;
      const tb = ta + 0.5 * ((l - exa * ddx - eya * ddy) * sa + (l - kern[kb + 1] * ddx - kern[kb + 2] * ddy) * kern[kb]);
      if (tb < dist[b]) {
        dist[b] = tb;
        if (tb <= maxTime) heap.offer(tb, b);
      }
    }
  }
  for (let c = 0; c < n; c++) if (dist[c] > maxTime) dist[c] = Infinity;
  return dist;
}
