// The per-cell passes of the local-inertial kernel (localInertial.ts), one row of cells per call
// (wasm/faceFlux.as.ts is the same in WebAssembly): the outflow limiter, then continuity.

/** Running sums of the continuity rows of one sub-step, carried from row to row in row order. */
export interface CellSums {
  /** Deepest water so far, m. */
  hmax: number;
  /** Rain rates summed cell by cell, m/s (the order of the additions is part of the result). */
  rainSum: number;
}

// Outflow limiter (positivity): a cell's outgoing volume over the step, Δt·Δx·Σq_out, may not
// exceed what it holds, (h + rain·Δt)·Δx² (point inflows are already in h). Where it would,
// every outgoing face of that cell is scaled by the same factor so the cell empties exactly.
// A face is outgoing for one cell only, so each face is scaled at most once and the receiving
// cell gets exactly what the sender lost: mass stays conserved to round-off, depth ≥ 0.
export function limitOutflowRow(depth: Float64Array, qx: Float64Array, qy: Float64Array, rainCell: Float64Array | null, rainScalar: number, dt: number, dx: number, w: number, j: number, lo: number, hi: number): void {
  const rUniform = +rainScalar;
  const w1 = w + 1;
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

// Continuity (Bates et al. 2010, eq. 4): h_new = h + Δt/Δx·(q_W − q_E + q_S − q_N) + r·Δt.
// The limiter makes h_new ≥ 0 up to round-off; the max(0, ·) only removes a −1e-17.
// Also records the range of the row's cells that are wet (water, or a face with flow), from
// the row's source range (sources are always wet) outwards.
export function continuityRow(depth: Float64Array, qx: Float64Array, qy: Float64Array, rainCell: Float64Array | null, rainScalar: number, dt: number, dx: number, w: number, j: number, lo: number, hi: number, wetLo: Int32Array, wetHi: Int32Array, srcLo: Int32Array, srcHi: Int32Array, sums: CellSums): void {
  const rUniform = +rainScalar;
  const w1 = w + 1;
  const dtOverDx = dt / dx;
  let hmax = +sums.hmax, rainSum = +sums.rainSum;
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
  sums.hmax = hmax; sums.rainSum = rainSum;
}
