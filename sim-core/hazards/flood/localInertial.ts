// The local-inertial flood kernel (LISFLOOD-FP "acceleration" scheme): Bates et al. (2010),
// "A simple inertial formulation of the shallow water equations for efficient two-dimensional
// flood inundation modelling", J. Hydrol. 387; with the θ-weighting of de Almeida et al. (2012),
// "Improving the stability of a simple formulation of the shallow water equations for 2-D
// flood modeling", Water Resour. Res. 48. Layout and state: floodState.ts.
//
// One sub-step:
//   1. Δt = α·Δx/√(g·h_max)                           (Bates et al. 2010, eq. 12)
//   2. every active face: the inertial flux update     (de Almeida et al. 2012, eq. 9; faceFlux.ts)
//   3. open edges: zero-gradient free outflow
//   4. point inflows add their volume
//   5. outflow limiter: a cell never sends out more than it holds (cellBalance.ts)
//   6. continuity Δh = Δt·Σq/Δx + rain·Δt               (Bates et al. 2010, eq. 4; cellBalance.ts)
//
// Each stage is one pass over the active rows, a row per call of a row function: in JavaScript
// (faceFlux.ts, cellBalance.ts) or, where the engine runs them, the same functions compiled to
// WebAssembly (floodWasm.ts, wasm/faceFlux.as.ts: two faces per SIMD instruction), which give
// the same bits. A wavefront (all stages in one sweep, a couple of rows apart, bit-identical)
// was measured no faster, in JavaScript or WebAssembly: the grid's arrays stay in cache anyway.
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
import { G, fluxXRow, fluxYRow, openEdgeFlux, type FaceStep } from './faceFlux.ts';
import { continuityRow, limitOutflowRow, type CellSums } from './cellBalance.ts';
import { createFloodWasm, type FloodWasm } from './floodWasm.ts';

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
  /**
   * The passes in WebAssembly, whose memory holds the arrays above and, during a call, a copy of
   * the state; null: the JavaScript rows (faceFlux.ts, cellBalance.ts) on arrays of their own.
   */
  wasm: FloodWasm | null;
  /** The sub-step's constants for the face rows, and the continuity rows' running sums. */
  step: FaceStep;
  sums: CellSums;
  /** Cells computed, summed over sub-steps (for the benchmark). */
  cellUpdates: number;
}

/**
 * Work arrays for a grid. `engine` 'js' keeps to the JavaScript face rows (the tests compare the
 * two); by default the WebAssembly rows are used wherever the engine runs them.
 */
export function createFloodScratch(grid: FloodGrid, engine: 'wasm' | 'js' = 'wasm'): FloodScratch {
  const { width: w, height: h } = grid;
  const wasm = engine === 'wasm' ? createFloodWasm(w, h) : null;
  return {
    width: w, height: h,
    z: wasm ? wasm.z : new Float64Array(w * h), n2: wasm ? wasm.n2 : new Float64Array(w * h), rain: wasm ? wasm.rain : new Float64Array(w * h),
    rowLo: wasm ? wasm.rowLo : new Int32Array(h), rowHi: wasm ? wasm.rowHi : new Int32Array(h),
    wetLo: wasm ? wasm.wetLo : new Int32Array(h), wetHi: wasm ? wasm.wetHi : new Int32Array(h),
    srcLo: wasm ? wasm.srcLo : new Int32Array(h), srcHi: wasm ? wasm.srcHi : new Int32Array(h),
    qyOld: wasm ? wasm.qyOld : new Float64Array(w),
    zFrom: null, n2From: null,
    wasm,
    step: { theta: DEFAULT_THETA, halfRest: 0, dry: DEFAULT_DRY_DEPTH, gdt: 0, gdtOverDx: 0, uniformN: true, n2Uniform: 0 },
    sums: { hmax: 0, rainSum: 0 },
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
  const crestX = sources.crestX ?? null, crestY = sources.crestY ?? null;
  const inflows = sources.inflows;
  const st = sc.step;
  const halfRest = 0.5 * (1 - theta);
  st.theta = theta; st.halfRest = halfRest; st.dry = dry; st.uniformN = uniformN; st.n2Uniform = n2Uniform;
  const sums = sc.sums;
  const { rowLo, rowHi, wetLo, wetHi, srcLo, srcHi } = sc;
  // The WebAssembly rows work on copies of the state in their memory (see floodWasm.ts).
  const wasm = sc.wasm;
  const depth = wasm ? wasm.depth : s.depth, qx = wasm ? wasm.qx : s.qx, qy = wasm ? wasm.qy : s.qy;
  let crestXAt = 0, crestYAt = 0;
  const rainAt = wasm !== null && rainCell !== null ? wasm.at.rain : 0;
  if (wasm !== null) {
    depth.set(s.depth); qx.set(s.qx); qy.set(s.qy);
    if (crestX !== null) { wasm.crestX.set(crestX); crestXAt = wasm.at.crestX; }
    if (crestY !== null) { wasm.crestY.set(crestY); crestYAt = wasm.at.crestY; }
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
    const gdt = G * dt, gdtOverDx = gdt / dx;
    st.gdt = gdt; st.gdtOverDx = gdtOverDx;
    sums.hmax = 0; sums.rainSum = 0;
    if (wasm !== null) {
      const at = wasm.at, run = wasm.run;
      run.fluxXPass(at.depth, at.qx, at.z, at.n2, crestXAt, wasm.tables, w, hgt, at.rowLo, at.rowHi, theta, halfRest, dry, gdt, gdtOverDx, uniformN ? 1 : 0, n2Uniform);
      run.fluxYPass(at.depth, at.qy, at.z, at.n2, crestYAt, at.qyOld, wasm.tables, w, hgt, at.rowLo, at.rowHi, theta, halfRest, dry, gdt, gdtOverDx, uniformN ? 1 : 0, n2Uniform);
    } else {
      fluxXPass(depth, qx, z, n2, crestX, st, sc, w, hgt);
      fluxYPass(depth, qy, z, n2, crestY, st, sc, w, hgt);
    }
    if (open) openEdges(depth, qx, qy, sc, w, hgt, dx, dt, dry, uniformN, n2Uniform);
    for (let k = 0; k < inflows.length; k++) {
      const src = inflows[k];
      depth[src.cell] += (src.rate * dt) / area;
      s.totals.inflow += src.rate * dt;
    }
    if (wasm !== null) wasm.run.limitOutflowPass(wasm.at.depth, wasm.at.qx, wasm.at.qy, rainAt, rainScalar, dt, dx, w, hgt, wasm.at.rowLo, wasm.at.rowHi);
    else {
      for (let j = 0; j < hgt; j++) if (rowLo[j] <= rowHi[j]) limitOutflowRow(depth, qx, qy, rainCell, rainScalar, dt, dx, w, j, rowLo[j], rowHi[j]);
    }
    if (open) s.totals.outflow += edgeOutflow(qx, qy, sc, w, hgt) * dt * dx;
    if (wasm !== null) {
      const at = wasm.at;
      wasm.run.continuityPass(at.depth, at.qx, at.qy, rainAt, rainScalar, dt, dx, w, hgt, at.rowLo, at.rowHi, at.srcLo, at.srcHi, at.wetLo, at.wetHi, at.sums);
    } else {
      for (let j = 0; j < hgt; j++) {
        // A row with no active cell: only its sources are wet.
        if (rowLo[j] > rowHi[j]) { wetLo[j] = srcLo[j]; wetHi[j] = srcHi[j]; continue; }
        continuityRow(depth, qx, qy, rainCell, rainScalar, dt, dx, w, j, rowLo[j], rowHi[j], wetLo, wetHi, srcLo, srcHi, sums);
      }
    }
    if (wasm !== null) { sums.hmax = wasm.sums[0]; sums.rainSum = wasm.sums[1]; }
    s.totals.rain += sums.rainSum * dt * dx * dx;
    hmax = sums.hmax;
    steps++;
    if (last) break;
    elapsed += dt;
  }
  if (wasm !== null) { s.depth.set(depth); s.qx.set(qx); s.qy.set(qy); }
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
  const wasm = sc.wasm;
  // The module's copy of the state is the state (copied in just before).
  if (wasm !== null) {
    const at = wasm.at;
    hmax = wasm.run.scanPass(at.depth, at.qx, at.qy, rainCell !== null ? at.rain : 0, rainScalar, w, hgt, at.wetLo, at.wetHi, at.srcLo, at.srcHi);
  } else for (let j = 0; j < hgt; j++) {
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
  const { width: w, height: hgt, wetLo, wetHi, rowLo, rowHi, wasm } = sc;
  if (wasm !== null) {
    sc.cellUpdates += wasm.run.rangesPass(w, hgt, wasm.at.wetLo, wasm.at.wetHi, wasm.at.rowLo, wasm.at.rowHi);
    return;
  }
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

/** Every active row's inner x-faces (faces 0 and w are the open edges' or walls). */
function fluxXPass(depth: Float64Array, qx: Float64Array, z: Float64Array, n2: Float64Array, crest: Float64Array | null, st: FaceStep, sc: FloodScratch, w: number, hgt: number): void {
  const { rowLo, rowHi } = sc;
  for (let j = 0; j < hgt; j++) {
    const lo = rowLo[j], hi = rowHi[j];
    if (lo > hi) continue;
    const first = lo > 1 ? lo : 1;
    const lastFace = hi + 1 < w - 1 ? hi + 1 : w - 1;
    if (first <= lastFace) fluxXRow(depth, qx, z, n2, crest, st, w, j, first, lastFace);
  }
}

// Face rows south to north: face row j spans the active ranges of cell rows j − 1 and j, and
// reads the old discharges of face row j − 1 (columns pLo..pHi, kept in qyOld) and j + 1.
function fluxYPass(depth: Float64Array, qy: Float64Array, z: Float64Array, n2: Float64Array, crest: Float64Array | null, st: FaceStep, sc: FloodScratch, w: number, hgt: number): void {
  const { rowLo, rowHi, qyOld } = sc;
  let pLo = 1, pHi = 0;
  for (let j = 1; j < hgt; j++) {
    const lo = rowLo[j - 1] < rowLo[j] ? rowLo[j - 1] : rowLo[j];
    const hi = rowHi[j - 1] > rowHi[j] ? rowHi[j - 1] : rowHi[j];
    if (lo <= hi) fluxYRow(depth, qy, z, n2, crest, qyOld, st, w, j, lo, hi, pLo, pHi);
    pLo = lo; pHi = hi;
  }
}

// Open edges: the free-outflow face (faceFlux.ts, openEdgeFlux) of every active cell on the
// domain's rim, from the water surface of that cell and the next one inwards.
function openEdges(depth: Float64Array, qx: Float64Array, qy: Float64Array, sc: FloodScratch, w: number, hgt: number, dx: number, dt: number, dry: number, uniformN: boolean, n2Uniform: number): void {
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

/** Discharge leaving over the open edges this step, m²/s summed over edge faces. */
function edgeOutflow(qx: Float64Array, qy: Float64Array, sc: FloodScratch, w: number, hgt: number): number {
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
