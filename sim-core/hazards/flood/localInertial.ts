// The local-inertial flood kernel (LISFLOOD-FP "acceleration" scheme): Bates et al. (2010),
// "A simple inertial formulation of the shallow water equations for efficient two-dimensional
// flood inundation modelling", J. Hydrol. 387; with the θ-weighting of de Almeida et al. (2012),
// "Improving the stability of a simple formulation of the shallow water equations for 2-D
// flood modeling", Water Resour. Res. 48. Layout and state: floodState.ts.
//
// One sub-step:
//   1. Δt = α·Δx/√(g·h_max)                           (Bates et al. 2010, eq. 12)
//   2. every active face: the inertial flux update     (de Almeida et al. 2012, eq. 9)
//   3. open edges: zero-gradient free outflow
//   4. point inflows add their volume
//   5. outflow limiter: a cell never sends out more than it holds (see limitOutflow)
//   6. continuity Δh = Δt·Σq/Δx + rain·Δt               (Bates et al. 2010, eq. 4)
//
// Active cells. Only cells that hold water or touch a face that carries flow ("wet"), the cells
// next to them, and source cells are computed. Each row keeps one column range [rowLo, rowHi]:
// the bounding range of the wet cells of that row and the rows above and below, widened by one
// column. Ranges are rebuilt after every sub-step from what the continuity pass saw, and from a
// full scan at the start of each advanceFlood call, so they are derived data (scratch), never
// state. A row with two separate wet patches computes the dry gap between them too: a bounding
// range keeps the loops straight and cache-friendly, and a dry face costs a few comparisons.
//
// Mass. Fluxes live on faces and each face moves the same volume out of one cell and into the
// other, so the total changes only by sources and open-edge outflow; the limiter keeps depths
// non-negative by scaling outgoing faces, never by clipping depths, so stored + outflow =
// inflow + rain holds to round-off.

import {
  DEFAULT_ALPHA, DEFAULT_DRY_DEPTH, DEFAULT_THETA,
  type FloodGrid, type FloodParams, type FloodSources, type FloodState,
} from './floodState.ts';
import { cbrt as detCbrt } from '../../math/cbrt.ts';

// The deterministic ∛ (sim-core/math/cbrt.ts) bound once here: the friction term below is the
// hottest call of a storm day, and a test runner's module transform turns each use of an
// imported name into a getter call (three times slower there).
const cbrt = detCbrt;

// Numbers passed in as arguments are read through `+x` into locals before a loop that picks
// between them and an array element (n² per face, rain per cell): V8 types a parameter as "any",
// so a conditional that merges it with a Float64Array load would keep the result as a tagged
// value and box the array's double into a fresh heap number at every face or cell (measured: one
// 16-byte allocation per face, 5 GB over 155 M cell updates of the all-wet case, and 20 % of the
// kernel's time). `+x` of a number is the number itself, so results are unchanged to the bit.

const G = 9.81;
/** Depth floor for the time step, m: a dry grid still steps at a finite Δt when water arrives. */
const H_FLOOR_FOR_DT = 0.01;

/** Work arrays for advanceFlood, reusable across calls on the same grid. Not state. */
export interface FloodScratch {
  width: number;
  height: number;
  /** Elevation and Manning's n² as Float64, refreshed when the params' arrays change. */
  z: Float64Array;
  n2: Float64Array;
  /**
   * The params' arrays z and n² were last copied from (a simulation reuses the same ones). A
   * caller that changes elevation or Manning's n in place must pass a fresh scratch.
   */
  zFrom: unknown;
  n2From: unknown;
  /** Rain rate per cell as Float64, used when the rain is given per cell. */
  rain: Float64Array;
  /** Active column range per row (empty when lo > hi). */
  rowLo: Int32Array;
  rowHi: Int32Array;
  /** Wet column range per row, from the last continuity pass. */
  wetLo: Int32Array;
  wetHi: Int32Array;
  /** Columns of source cells per row (inflow cells, cells with rain). */
  srcLo: Int32Array;
  srcHi: Int32Array;
  /** Old y-face discharges of the previous face row, for θ-weighting in place. */
  qyOld: Float64Array;
  /** Cells computed, summed over sub-steps (for the benchmark). */
  cellUpdates: number;
}

export function createFloodScratch(grid: FloodGrid): FloodScratch {
  const { width: w, height: h } = grid;
  return {
    width: w, height: h,
    z: new Float64Array(w * h), n2: new Float64Array(w * h), rain: new Float64Array(w * h),
    rowLo: new Int32Array(h), rowHi: new Int32Array(h),
    wetLo: new Int32Array(h), wetHi: new Int32Array(h),
    srcLo: new Int32Array(h), srcHi: new Int32Array(h),
    qyOld: new Float64Array(w),
    zFrom: null, n2From: null,
    cellUpdates: 0,
  };
}

/**
 * Advance the flood by `seconds` of model time in adaptive CFL sub-steps, never past `seconds`.
 * Sources are held constant over the call. Returns the number of sub-steps.
 */
export function advanceFlood(p: FloodParams, s: FloodState, sources: FloodSources, seconds: number, scratch?: FloodScratch): number {
  if (!(seconds > 0)) return 0;
  const { width: w, height: hgt, cellSize: dx } = p.grid;
  const sc = scratch !== undefined && scratch.width === w && scratch.height === hgt ? scratch : createFloodScratch(p.grid);
  const alpha = p.alpha ?? DEFAULT_ALPHA;
  const theta = p.theta ?? DEFAULT_THETA;
  const dry = p.dryDepth ?? DEFAULT_DRY_DEPTH;
  const open = p.open === true;
  const n = w * hgt;
  const area = dx * dx;

  const z = sc.z, n2 = sc.n2;
  const elev = p.elevation;
  if (sc.zFrom !== elev) { for (let c = 0; c < n; c++) z[c] = elev[c]; sc.zFrom = elev; }
  const uniformN = typeof p.manning === 'number';
  const n2Uniform = uniformN ? (p.manning as number) * (p.manning as number) : 0;
  if (!uniformN && sc.n2From !== p.manning) {
    const m = p.manning as Float32Array;
    for (let c = 0; c < n; c++) n2[c] = m[c] * m[c];
    sc.n2From = p.manning;
  }
  const rainScalar = typeof sources.rainRate === 'number' ? sources.rainRate : 0;
  const rainCell = typeof sources.rainRate === 'number' ? null : sc.rain;
  if (rainCell !== null) {
    const r = sources.rainRate as Float32Array;
    for (let c = 0; c < n; c++) rainCell[c] = r[c];
  }

  const hmax0 = scanActive(p.grid, s, sources, sc, rainScalar, rainCell);
  let hmax = hmax0;
  let elapsed = 0;
  let steps = 0;
  let dt = 0;
  for (;;) {
    const remaining = seconds - elapsed;
    dt = (alpha * dx) / Math.sqrt(G * (hmax > H_FLOOR_FOR_DT ? hmax : H_FLOOR_FOR_DT));
    const last = dt >= remaining * (1 - 1e-12);
    if (last) dt = remaining;
    buildActiveRanges(sc);
    fluxX(s, sc, w, hgt, dx, dt, theta, dry, uniformN, n2Uniform, sources.crestX ?? null);
    fluxY(s, sc, w, hgt, dx, dt, theta, dry, uniformN, n2Uniform, sources.crestY ?? null);
    if (open) openEdges(s, sc, w, hgt, dx, dt, dry, uniformN, n2Uniform);
    for (let k = 0; k < sources.inflows.length; k++) {
      const src = sources.inflows[k];
      s.depth[src.cell] += (src.rate * dt) / area;
      s.totals.inflow += src.rate * dt;
    }
    limitOutflow(s, sc, w, hgt, dx, dt, rainScalar, rainCell);
    if (open) s.totals.outflow += edgeOutflow(s, sc, w, hgt) * dt * dx;
    hmax = continuity(s, sc, w, hgt, dx, dt, rainScalar, rainCell);
    steps++;
    if (last) break;
    elapsed += dt;
  }
  s.t += seconds;
  s.dtLast = dt;
  return steps;
}

/** Full scan at the start of a call: wet ranges per row, source ranges, deepest water. */
function scanActive(grid: FloodGrid, s: FloodState, sources: FloodSources, sc: FloodScratch, rainScalar: number, rainCell: Float64Array | null): number {
  const { width: w, height: hgt } = grid;
  const { depth, qx, qy } = s;
  const { wetLo, wetHi, srcLo, srcHi } = sc;
  let hmax = 0;
  for (let j = 0; j < hgt; j++) {
    let lo = w, hi = -1;
    let sLo = w, sHi = -1;
    if (rainScalar > 0) { sLo = 0; sHi = w - 1; }
    const base = j * w, xBase = j * (w + 1);
    for (let i = 0; i < w; i++) {
      const c = base + i;
      const h = depth[c];
      if (h > hmax) hmax = h;
      if (h > 0 || qx[xBase + i] !== 0 || qx[xBase + i + 1] !== 0 || qy[c] !== 0 || qy[c + w] !== 0) {
        if (i < lo) lo = i;
        hi = i;
      }
      if (rainCell !== null && rainCell[c] > 0) {
        if (i < sLo) sLo = i;
        if (i > sHi) sHi = i;
      }
    }
    srcLo[j] = sLo; srcHi[j] = sHi;
    wetLo[j] = lo < sLo ? lo : sLo;
    wetHi[j] = hi > sHi ? hi : sHi;
  }
  for (const src of sources.inflows) {
    if (src.rate === 0) continue;
    const i = src.cell % w, j = ((src.cell - i) / w) | 0;
    if (i < srcLo[j]) srcLo[j] = i;
    if (i > srcHi[j]) srcHi[j] = i;
    if (i < wetLo[j]) wetLo[j] = i;
    if (i > wetHi[j]) wetHi[j] = i;
  }
  return hmax;
}

/** Active range of row j: wet ranges of rows j−1, j, j+1, widened by one column. */
function buildActiveRanges(sc: FloodScratch): void {
  const { width: w, height: hgt, wetLo, wetHi, rowLo, rowHi } = sc;
  let cells = 0;
  for (let j = 0; j < hgt; j++) {
    let lo = wetLo[j], hi = wetHi[j];
    if (j > 0) { if (wetLo[j - 1] < lo) lo = wetLo[j - 1]; if (wetHi[j - 1] > hi) hi = wetHi[j - 1]; }
    if (j + 1 < hgt) { if (wetLo[j + 1] < lo) lo = wetLo[j + 1]; if (wetHi[j + 1] > hi) hi = wetHi[j + 1]; }
    if (lo > hi) { rowLo[j] = w; rowHi[j] = -1; continue; }
    lo = lo > 0 ? lo - 1 : 0;
    hi = hi < w - 1 ? hi + 1 : w - 1;
    rowLo[j] = lo; rowHi[j] = hi;
    cells += hi - lo + 1;
  }
  sc.cellUpdates += cells;
}

// Inertial flux across the face between cells a (west/south) and b (east/north),
// de Almeida et al. (2012) eq. 9 with Bates et al. (2010) eq. 11 friction:
//   q_new = [θ·q + ½(1−θ)(q_left + q_right) − g·h_f·Δt·S] / [1 + g·Δt·n²·|q| / h_f^{7/3}]
//   h_f = max(η_a, η_b) − max(z_a, z_b, crest),  S = (η_b − η_a)/Δx,  η = z + h
// A levee (堤防) on a face raises the face's sill to its crest, as LISFLOOD-FP's dyke/weir
// faces do: no flow until the water stands above the crest, then flow over it.
// q = 0 where h_f ≤ dryDepth; if the θ-weighted momentum has the opposite sign to q, θ = 1
// is used for that face (de Almeida et al. 2012, §3). h^{7/3} is computed as h²·∛h.
function fluxX(s: FloodState, sc: FloodScratch, w: number, hgt: number, dx: number, dt: number, theta: number, dry: number, uniformN: boolean, n2Uniform: number, crest: Float64Array | null): void {
  const { depth, qx } = s;
  const { z, n2, rowLo, rowHi } = sc;
  const w1 = w + 1;
  const halfRest = 0.5 * (1 - theta);
  const gdt = G * dt;
  const gdtOverDx = gdt / dx;
  const nUniform = +n2Uniform;
  for (let j = 0; j < hgt; j++) {
    const lo = rowLo[j], hi = rowHi[j];
    if (lo > hi) continue;
    const first = lo > 1 ? lo : 1;
    const lastFace = hi + 1 < w - 1 ? hi + 1 : w - 1;
    const fBase = j * w1, cBase = j * w - 1;
    let qPrevOld = qx[fBase + first - 1];
    for (let i = first; i <= lastFace; i++) {
      const f = fBase + i;
      const q0 = qx[f];
      const qLeft = qPrevOld;
      qPrevOld = q0;
      const a = cBase + i, b = a + 1;
      const za = z[a], zb = z[b];
      const ea = za + depth[a], eb = zb + depth[b];
      let zf = za > zb ? za : zb;
      if (crest !== null && crest[f] > zf) zf = crest[f];
      const hf = (ea > eb ? ea : eb) - zf;
      if (hf <= dry) { qx[f] = 0; continue; }
      let qw = theta * q0 + halfRest * (qLeft + qx[f + 1]);
      if (qw * q0 < 0) qw = q0;
      const num = qw - gdtOverDx * hf * (eb - ea);
      if (q0 === 0) { qx[f] = num; continue; }
      const nn = uniformN ? nUniform : 0.5 * (n2[a] + n2[b]);
      qx[f] = num / (1 + (gdt * nn * Math.abs(q0)) / (hf * hf * cbrt(hf)));
    }
  }
}

// The same update on y-faces (see fluxX). Face row j lies between cell rows j−1 (a) and j (b);
// face rows are done south to north, so the old values of row j−1 are kept in qyOld.
function fluxY(s: FloodState, sc: FloodScratch, w: number, hgt: number, dx: number, dt: number, theta: number, dry: number, uniformN: boolean, n2Uniform: number, crest: Float64Array | null): void {
  const { depth, qy } = s;
  const { z, n2, rowLo, rowHi, qyOld } = sc;
  const halfRest = 0.5 * (1 - theta);
  const gdt = G * dt;
  const gdtOverDx = gdt / dx;
  const nUniform = +n2Uniform;
  let pLo = 1, pHi = 0;
  for (let j = 1; j < hgt; j++) {
    const lo = rowLo[j - 1] < rowLo[j] ? rowLo[j - 1] : rowLo[j];
    const hi = rowHi[j - 1] > rowHi[j] ? rowHi[j - 1] : rowHi[j];
    const fBase = j * w;
    for (let i = lo; i <= hi; i++) {
      const f = fBase + i;
      const q0 = qy[f];
      const qDown = i >= pLo && i <= pHi ? qyOld[i] : qy[f - w];
      qyOld[i] = q0;
      const a = f - w, b = f;
      const za = z[a], zb = z[b];
      const ea = za + depth[a], eb = zb + depth[b];
      let zf = za > zb ? za : zb;
      if (crest !== null && crest[f] > zf) zf = crest[f];
      const hf = (ea > eb ? ea : eb) - zf;
      if (hf <= dry) { qy[f] = 0; continue; }
      let qw = theta * q0 + halfRest * (qDown + qy[f + w]);
      if (qw * q0 < 0) qw = q0;
      const num = qw - gdtOverDx * hf * (eb - ea);
      if (q0 === 0) { qy[f] = num; continue; }
      const nn = uniformN ? nUniform : 0.5 * (n2[a] + n2[b]);
      qy[f] = num / (1 + (gdt * nn * Math.abs(q0)) / (hf * hf * cbrt(hf)));
    }
    pLo = lo; pHi = hi;
  }
}

// Free outflow at an open edge: a ghost cell beyond the edge continues the water surface slope
// of the last two cells (zero-gradient), η_ghost − η_edge = η_edge − η_inner, and the Bates
// et al. (2010) update runs with h_f = h_edge, outward positive, clipped at 0 so an open edge
// never draws water in. A flat pool at an open edge stays put.
function openEdgeFlux(qOut: number, h: number, slopeOut: number, dt: number, dry: number, nn: number): number {
  if (h <= dry) return 0;
  const num = qOut - G * h * dt * slopeOut;
  const q = qOut === 0 ? num : num / (1 + (G * dt * nn * Math.abs(qOut)) / (h * h * cbrt(h)));
  return q > 0 ? q : 0;
}

function openEdges(s: FloodState, sc: FloodScratch, w: number, hgt: number, dx: number, dt: number, dry: number, uniformN: boolean, n2Uniform: number): void {
  const { depth, qx, qy } = s;
  const { z, n2, rowLo, rowHi } = sc;
  const w1 = w + 1;
  const eta = (c: number): number => z[c] + depth[c];
  for (let j = 0; j < hgt; j++) {
    if (rowLo[j] > rowHi[j]) continue;
    if (rowLo[j] === 0) {
      const c = j * w, f = j * w1;
      const slope = w > 1 ? (eta(c) - eta(c + 1)) / dx : 0;
      qx[f] = -openEdgeFlux(-qx[f], depth[c], slope, dt, dry, uniformN ? n2Uniform : n2[c]);
    }
    if (rowHi[j] === w - 1) {
      const c = j * w + w - 1, f = j * w1 + w;
      const slope = w > 1 ? (eta(c) - eta(c - 1)) / dx : 0;
      qx[f] = openEdgeFlux(qx[f], depth[c], slope, dt, dry, uniformN ? n2Uniform : n2[c]);
    }
  }
  for (let i = rowLo[0]; i <= rowHi[0]; i++) {
    const c = i;
    const slope = hgt > 1 ? (eta(c) - eta(c + w)) / dx : 0;
    qy[c] = -openEdgeFlux(-qy[c], depth[c], slope, dt, dry, uniformN ? n2Uniform : n2[c]);
  }
  const top = hgt - 1;
  for (let i = rowLo[top]; i <= rowHi[top]; i++) {
    const c = top * w + i;
    const slope = hgt > 1 ? (eta(c) - eta(c - w)) / dx : 0;
    qy[c + w] = openEdgeFlux(qy[c + w], depth[c], slope, dt, dry, uniformN ? n2Uniform : n2[c]);
  }
}

// Outflow limiter (positivity): a cell's outgoing volume over the step, Δt·Δx·Σq_out, may not
// exceed what it holds, (h + rain·Δt)·Δx² (point inflows are already in h). Where it would,
// every outgoing face of that cell is scaled by the same factor so the cell empties exactly.
// A face is outgoing for one cell only, so each face is scaled at most once and the receiving
// cell gets exactly what the sender lost: mass stays conserved to round-off, depth ≥ 0.
function limitOutflow(s: FloodState, sc: FloodScratch, w: number, hgt: number, dx: number, dt: number, rainScalar: number, rainCell: Float64Array | null): void {
  const { depth, qx, qy } = s;
  const { rowLo, rowHi } = sc;
  const w1 = w + 1;
  const rUniform = +rainScalar;
  for (let j = 0; j < hgt; j++) {
    const lo = rowLo[j], hi = rowHi[j];
    for (let i = lo; i <= hi; i++) {
      const c = j * w + i, fw = j * w1 + i;
      const qW = qx[fw], qE = qx[fw + 1], qS = qy[c], qN = qy[c + w];
      let out = 0;
      if (qW < 0) out -= qW;
      if (qE > 0) out += qE;
      if (qS < 0) out -= qS;
      if (qN > 0) out += qN;
      if (out === 0) continue;
      const r = rainCell !== null ? rainCell[c] : rUniform;
      const avail = (depth[c] + r * dt) * dx;
      if (out * dt <= avail) continue;
      const k = avail / (out * dt);
      if (qW < 0) qx[fw] = qW * k;
      if (qE > 0) qx[fw + 1] = qE * k;
      if (qS < 0) qy[c] = qS * k;
      if (qN > 0) qy[c + w] = qN * k;
    }
  }
}

/** Discharge leaving over the open edges this step, m²/s summed over edge faces. */
function edgeOutflow(s: FloodState, sc: FloodScratch, w: number, hgt: number): number {
  const { qx, qy } = s;
  const { rowLo, rowHi } = sc;
  const w1 = w + 1;
  let out = 0;
  for (let j = 0; j < hgt; j++) {
    if (rowLo[j] > rowHi[j]) continue;
    if (rowLo[j] === 0) out -= qx[j * w1];
    if (rowHi[j] === w - 1) out += qx[j * w1 + w];
  }
  for (let i = rowLo[0]; i <= rowHi[0]; i++) out -= qy[i];
  for (let i = rowLo[hgt - 1]; i <= rowHi[hgt - 1]; i++) out += qy[hgt * w + i];
  return out;
}

// Continuity (Bates et al. 2010, eq. 4): h_new = h + Δt/Δx·(q_W − q_E + q_S − q_N) + r·Δt.
// The limiter makes h_new ≥ 0 up to round-off; the max(0, ·) only removes a −1e-17.
// Also records, per row, the range of cells that are wet (water, or a face with flow), and
// returns the deepest water for the next Δt.
function continuity(s: FloodState, sc: FloodScratch, w: number, hgt: number, dx: number, dt: number, rainScalar: number, rainCell: Float64Array | null): number {
  const { depth, qx, qy } = s;
  const { rowLo, rowHi, wetLo, wetHi, srcLo, srcHi } = sc;
  const w1 = w + 1;
  const dtOverDx = dt / dx;
  const rUniform = +rainScalar;
  let hmax = 0;
  let rainSum = 0;
  for (let j = 0; j < hgt; j++) {
    const lo = rowLo[j], hi = rowHi[j];
    let wl = srcLo[j], wh = srcHi[j];
    for (let i = lo; i <= hi; i++) {
      const c = j * w + i, fw = j * w1 + i;
      const qW = qx[fw], qE = qx[fw + 1], qS = qy[c], qN = qy[c + w];
      const r = rainCell !== null ? rainCell[c] : rUniform;
      rainSum += r;
      let h = depth[c] + dtOverDx * (qW - qE + qS - qN) + r * dt;
      if (h < 0) h = 0;
      depth[c] = h;
      if (h > hmax) hmax = h;
      if (h > 0 || qW !== 0 || qE !== 0 || qS !== 0 || qN !== 0) {
        if (i < wl) wl = i;
        if (i > wh) wh = i;
      }
    }
    wetLo[j] = wl; wetHi[j] = wh;
  }
  s.totals.rain += rainSum * dt * dx * dx;
  return hmax;
}
