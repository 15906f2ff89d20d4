// The inertial face update of the local-inertial kernel (localInertial.ts), one row of faces per
// call (wasm/faceFlux.as.ts is the same in WebAssembly). de Almeida et al. (2012) eq. 9 with
// Bates et al. (2010) eq. 11 friction, across the face between cells a (west/south) and b
// (east/north):
//   q_new = [θ·q + ½(1−θ)(q_left + q_right) − g·h_f·Δt·S] / [1 + g·Δt·n²·|q| / h_f^{7/3}]
//   h_f = max(η_a, η_b) − max(z_a, z_b, crest),  S = (η_b − η_a)/Δx,  η = z + h
// A levee (堤防) on a face raises the face's sill to its crest, as LISFLOOD-FP's dyke/weir
// faces do: no flow until the water stands above the crest, then flow over it.
// q = 0 where h_f ≤ dryDepth; if the θ-weighted momentum has the opposite sign to q, θ = 1
// is used for that face (de Almeida et al. 2012, §3). h^{7/3} is computed as h²·∛h.
//
// Replays are bit-exact, so each face is computed from the same values by the same operations
// in the same order as ever.

import { cbrt as detCbrt } from '../../math/cbrt.ts';

// The deterministic ∛ (sim-core/math/cbrt.ts) bound once here: the friction term below is the
// hottest call of a storm day, and a test runner's module transform turns each use of an
// imported name into a getter call (three times slower there).
const cbrt = detCbrt;

export const G = 9.81;

// Numbers passed in as arguments are read through `+x` into locals before a loop that picks
// between them and an array element (n² per face, rain per cell): V8 types a parameter as "any",
// so a conditional that merges it with a Float64Array load would keep the result as a tagged
// value and box the array's double into a fresh heap number at every face or cell (measured: one
// 16-byte allocation per face, 5 GB over 155 M cell updates of the all-wet case, and 20 % of the
// kernel's time). `+x` of a number is the number itself, so results are unchanged to the bit.

/** What every face of one sub-step shares. */
export interface FaceStep {
  theta: number;
  /** ½(1 − θ). */
  halfRest: number;
  dry: number;
  /** g·Δt and g·Δt/Δx. */
  gdt: number;
  gdtOverDx: number;
  /** Manning's n is one value for the grid (n2Uniform), not per cell (FloodScratch.n2). */
  uniformN: boolean;
  n2Uniform: number;
}

/**
 * x-faces of row j, from face `first` to `last` (1 ≤ first, last ≤ w − 1: the edge faces are the
 * open edges' or walls). Cell a of face i is i − 1, cell b is i; η_b of one face is η_a of the next.
 */
export function fluxXRow(depth: Float64Array, qx: Float64Array, z: Float64Array, n2: Float64Array, crest: Float64Array | null, st: FaceStep, w: number, j: number, first: number, last: number): void {
  const theta = +st.theta, halfRest = +st.halfRest, dry = +st.dry;
  const gdt = +st.gdt, gdtOverDx = +st.gdtOverDx;
  const nUniform = +st.n2Uniform, uniformN = st.uniformN;
  const fBase = j * (w + 1), cBase = j * w - 1;
  let qPrevOld = qx[fBase + first - 1];
  let zb = z[cBase + first], eb = zb + depth[cBase + first];
  for (let i = first; i <= last; i++) {
    const f = fBase + i;
    const q0 = qx[f];
    const qLeft = qPrevOld;
    qPrevOld = q0;
    const a = cBase + i, b = a + 1;
    const za = zb, ea = eb;
    zb = z[b];
    eb = zb + depth[b];
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

/**
 * y-faces of face row j (between cell rows j − 1 and j), columns lo to hi. The θ-weighting needs
 * the old discharge of the face below, whose row was done just before: where that row was
 * computed (columns pLo..pHi) its old values were kept in qyOld.
 */
export function fluxYRow(depth: Float64Array, qy: Float64Array, z: Float64Array, n2: Float64Array, crest: Float64Array | null, qyOld: Float64Array, st: FaceStep, w: number, j: number, lo: number, hi: number, pLo: number, pHi: number): void {
  const theta = +st.theta, halfRest = +st.halfRest, dry = +st.dry;
  const gdt = +st.gdt, gdtOverDx = +st.gdtOverDx;
  const nUniform = +st.n2Uniform, uniformN = st.uniformN;
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
}

// Free outflow at an open edge: a ghost cell beyond the edge continues the water surface slope
// of the last two cells (zero-gradient), η_ghost − η_edge = η_edge − η_inner, and the Bates
// et al. (2010) update runs with h_f = h_edge, outward positive, clipped at 0 so an open edge
// never draws water in. A flat pool at an open edge stays put.
export function openEdgeFlux(qOut: number, h: number, slopeOut: number, dt: number, dry: number, nn: number): number {
  if (h <= dry) return 0;
  const num = qOut - G * h * dt * slopeOut;
  const q = qOut === 0 ? num : num / (1 + (G * dt * nn * Math.abs(qOut)) / (h * h * cbrt(h)));
  return q > 0 ? q : 0;
}
