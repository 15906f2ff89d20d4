// Fire arrival times on the grid by minimum travel time (Finney 2002, "Fire growth using minimum
// travel time methods", Can. J. For. Res. 32): a Dijkstra pass from the ignitions over a
// 16-neighbour stencil (the 8 neighbours and the 8 knight moves), with straight paths from
// virtual sources, so a fire in a uniform bed traces its ellipse exactly in any wind.
//
// Each cell carries its head rate R, eccentricity e and max-spread direction u (from Rothermel,
// per cell, for the cell's fuel, slope and the weather). The rate toward direction d in a cell
// is the ellipse about its ignition focus, R(1 − e)/(1 − e·cos ψ) (rothermel.ts), so crossing a
// displacement Δ at that rate takes
//     t(Δ) = (|Δ| − e·u·Δ)·s,   s = 1/(R(1 − e)),
// and an edge a→b crossed half in each cell takes ½·[(L − e_a·u_a·Δ)·s_a + (L − e_b·u_b·Δ)·s_b]:
// the two cells' slownesses averaged, no trigonometry in the loop. A move is allowed only if
// every cell its straight segment crosses burns and is not blocked (a diagonal needs one of its
// two side cells, a knight move both cells it passes), so no move jumps a fire break, even one
// drawn 8-connected.
//
// Why virtual sources. On a stencil a path is a polyline of the 16 directions; its length
// exceeds the straight line by up to 2.75 % between stencil directions, and only the isotropic
// part s·|Δ| of t(Δ) feels that (the part −s·e·u·Δ depends only on the end points). Near the
// head the time is s·|Δ|·(1 − e), so the excess is amplified by 1/(1 − e): 55 % at L/W = 3.2
// (e = 0.95), which is why a 16-neighbour MTT cuts off the nose of a strong-wind ellipse and
// depends on how the wind lies to the grid. Finney (2002) shows MTT perimeters converge to the
// ellipse as straight travel paths get more directions; here a path may run straight from a
// virtual source to any cell, as in the any-angle shortest paths of Theta* (Nash, Daniel,
// Koenig & Felner 2007, AAAI; Daniel et al. 2010, JAIR 39) and in Huygens' principle as used for
// fire growth by wavelets (Richards 1990; Finney 1998, FARSITE, RMRS-RP-4): every cell records
// the source S of its straight path (an ignition, or the cell where its path last turned), and
// a neighbour b of a popped cell a may take the straight time from S instead of the edge from
// a, t(S) + ½·[(L − e_S·u_S·Δ)·s_S + (L − e_b·u_b·Δ)·s_b], Δ = b − S, when
//   - b's kernel is within SOURCE_TOLERANCE of S's (relative slowness, and e·u relative to
//     1 − e_S), so the straight segment crosses a bed uniform to within that; and
//   - b sees S (SightLines): every cell of the digital line from b back to S burns, lies within
//     the tolerance of S and is entered by an allowed move, so the segment crosses no break and
//     no other bed. This is a property of the landscape alone, not of the order of pops.
// Otherwise b takes the stencil edge from a and a becomes its source (the path turns at a).
// In a uniform bed every cell's source is the ignition and the arrival times are the ellipse
// template's to rounding; across changes of fuel or slope the sources are the cells where the
// front enters each near-uniform patch (Huygens' wavelets from the patch edge), and the
// stencil's edge is always a candidate, so a path is never forced longer than the stencil's.
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
import { DEFAULT_WIND_LIMIT, type WindLimit } from './windLimit.ts';
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
  /** the effective-wind-speed limit (windLimit.ts); BehavePlus's default, none, if absent */
  windLimit?: WindLimit;
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
  const windLimit = weather.windLimit ?? DEFAULT_WIND_LIMIT;

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
      headSpread(bed, phiW[f], (weather.windDir - upslope) * DEG, slopeFactor(bed, tanSlope), head, windLimit);
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

/** Largest relative difference between a cell's kernel and its source's for the straight path
 *  to apply (slowness relative to the source's; e·u components relative to 1 − e_S, which is
 *  what the head time is proportional to). 1 %: the straight time is within ~1 % of the
 *  time through the cells' own rates. */
export const SOURCE_TOLERANCE = 0.01;
/** Relative margin by which a straight path still beats an equal edge path (rounding). */
const TIE = 1e-9;

/**
 * Arrival times (s) from the ignitions, by minimum travel time with straight paths from
 * virtual sources (see the head of this file); Infinity where the fire has not arrived by
 * `maxTime`. `blocked[c] !== 0` marks a fire break or suppressed cell, which neither burns nor
 * passes fire. Ignitions on cells that cannot burn are ignored. Deterministic: the heap pops
 * equal times by ascending cell index, the stencil order is fixed, and a straight path wins a
 * tie with the edge.
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
  const ecc = cells.eccentricity;
  const dist = out && out.length === n ? out : new Float64Array(n);
  dist.fill(Infinity);

  // Imported bindings may be live getters once transpiled (tsx, vite); keep hot reads local.
  const closed = CLOSED;
  const tol = SOURCE_TOLERANCE;
  const tie = TIE;
  const heap = new CellHeap(n, Math.max(1024, 8 * (w + h)));
  const pos = heap.pos;
  const pass = new Uint8Array(n);
  /** the virtual source of each reached cell's straight path; −1 before it is reached */
  const src = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    if (kern[3 * c] > 0 && (blocked === null || blocked[c] === 0)) pass[c] = 1;
    else pos[c] = closed;
  }

  const sight = new SightLines(n, w, pass, kern, ecc, tol);

  // Stencil geometry in metres and as index offsets (for cells away from the border).
  const dx = new Float64Array(16), dy = new Float64Array(16), len = new Float64Array(16);
  const di = Int32Array.from(DI), dj = Int32Array.from(DJ);
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
      src[cell] = cell;
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
    // The source a's straight path came from, with what the straight candidate needs of it.
    const S = src[a];
    const viaSource = S !== a;
    const iS = S % w;
    const jS = (S / w) | 0;
    const tS = dist[S];
    const sS = kern[3 * S];
    const exS = kern[3 * S + 1];
    const eyS = kern[3 * S + 2];
    const sTol = tol * sS;
    const eTol = tol * (1 - ecc[S]);
    const oiS = ia - iS;
    const ojS = ja - jS;
    const gx0 = oiS * cs;
    const gy0 = ojS * cs;
    const interior = ia >= 2 && ia < w - 2 && ja >= 2 && ja < h - 2;
    // Stencil order: 0–3 orthogonal, 4–7 diagonal, 8–15 knight moves (see DI/DJ).
    for (let k = 0; k < 16; k++) {
      if (!interior) {
        const ib = ia + di[k];
        const jb = ja + dj[k];
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
      const sb = kern[kb];
      const exb = kern[kb + 1];
      const eyb = kern[kb + 2];
      let t = dist[b];
      let improved = false;
      // The straight path from S is tried before the edge from a.
      // Within two cells of S the straight path is an edge of S's stencil (or two collinear
      // edges), already offered when S was popped.
      const oi = oiS + di[k], oj = ojS + dj[k];
      if (viaSource && (oi > 2 || oi < -2 || oj > 2 || oj < -2)) {
        const ds = sb - sS, dex = exb - exS, dey = eyb - eyS;
        if (ds <= sTol && ds >= -sTol && dex <= eTol && dex >= -eTol && dey <= eTol && dey >= -eTol) {
          const gx = gx0 + ddx;
          const gy = gy0 + ddy;
          const L = Math.sqrt(gx * gx + gy * gy);
          const straight = tS + 0.5 * ((L - exS * gx - eyS * gy) * sS + (L - exb * gx - eyb * gy) * sb);
          // The line of sight is checked last, only where the straight path would improve b.
          if (straight < t && sight.sees(S, b, src)) {
            t = straight;
            dist[b] = t;
            src[b] = S;
            improved = true;
          }
        }
      }
      // The edge must beat what b has by more than rounding: along a stencil direction the edge
      // path and the straight one are equal but for it, and the straight one must keep b, or
      // the cells beyond would lose their line of sight to S.
      const tb = ta + 0.5 * ((l - exa * ddx - eya * ddy) * sa + (l - exb * ddx - eyb * ddy) * sb);
      if (tb + tie * tb < t) {
        t = tb;
        dist[b] = t;
        src[b] = a;
        improved = true;
      }
      if (improved && t <= maxTime) heap.offer(t, b);
    }
  }
  for (let c = 0; c < n; c++) if (dist[c] > maxTime) dist[c] = Infinity;
  return dist;
}

/**
 * Line of sight from a source for the straight-path candidate, memoised per cell for the last
 * source asked about. A cell c sees S when it is S, or it burns, its kernel is within the
 * tolerance of S's, the step to it from its predecessor p is an allowed move (a diagonal needs
 * one of its side cells to pass, as in the stencil), and p sees S; p is the 8-neighbour of c
 * nearest the point one Chebyshev step from c toward S, so the chain of predecessors is a
 * digital line from c to S (each step re-aimed at S) and a break or a change of bed across the
 * line is seen. A pure function of the landscape, so it does not depend on the order of pops.
 */
class SightLines {
  /** per cell: S + 1 if it sees S, −(S + 1) if not, for the last S asked about; 0 not asked */
  private memo: Int32Array;
  private stack: Int32Array;

  constructor(
    n: number, private w: number, private pass: Uint8Array, private kern: Float32Array, private ecc: Float32Array,
    private tol: number,
  ) {
    this.memo = new Int32Array(n);
    this.stack = new Int32Array(w + n / w + 2); // a line of sight is at most max(w, h) steps
  }

  /** Whether b sees S; `src` short-cuts the walk (see below). */
  sees(S: number, b: number, src: Int32Array): boolean {
    const { w, pass, kern, memo, stack } = this;
    const iS = S % w, jS = (S / w) | 0;
    const sS = kern[3 * S], exS = kern[3 * S + 1], eyS = kern[3 * S + 2];
    const sTol = this.tol * sS, eTol = this.tol * (1 - this.ecc[S]);
    let depth = 0;
    let c = b;
    let ic = b % w, jc = (b / w) | 0;
    let sees: boolean;
    for (;;) {
      if (c === S) { sees = true; break; }
      const m = memo[c];
      if (m === S + 1) { sees = true; break; }
      if (m === -S - 1) { sees = false; break; }
      const kc = 3 * c;
      const ds = kern[kc] - sS, dex = kern[kc + 1] - exS, dey = kern[kc + 2] - eyS;
      stack[depth++] = c;
      if (pass[c] === 0 || ds > sTol || ds < -sTol || dex > eTol || dex < -eTol || dey > eTol || dey < -eTol) { sees = false; break; }
      // A cell within the tolerance whose path already runs from S (straight, or by one allowed
      // stencil move) leads on to S.
      if (src[c] === S) { sees = true; break; }
      const di = iS - ic, dj = jS - jc;
      const adi = di < 0 ? -di : di, adj = dj < 0 ? -dj : dj;
      let si: number, sj: number;
      if (adi >= adj) { si = di > 0 ? 1 : -1; sj = Math.round(dj / adi); }
      else { sj = dj > 0 ? 1 : -1; si = Math.round(di / adj); }
      if (si !== 0 && sj !== 0 && (pass[jc * w + ic + si] | pass[(jc + sj) * w + ic]) === 0) { sees = false; break; }
      ic += si;
      jc += sj;
      c = jc * w + ic;
    }
    const v = sees ? S + 1 : -S - 1;
    for (let k = 0; k < depth; k++) memo[stack[k]] = v;
    return sees;
  }
}
