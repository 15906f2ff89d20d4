// The flood kernel's rows in WebAssembly (wasm/faceFlux.as.ts: the face fluxes two faces per
// f64x2 instruction, the limiter and continuity cell by cell), and the memory they work in.
// Bit-identical to faceFlux.ts and cellBalance.ts (the same operations in the same order, IEEE
// f64 everywhere, fixed SIMD only), so a run gives the same state hash with them or without
// them; the JavaScript rows stay as the fallback where WebAssembly or its SIMD is missing, and
// as the reference the tests hold these to.
//
// The module is compiled synchronously, as the core is synchronous: fine in Node and in a Web
// Worker, where the browser runs the simulation; a browser's main thread refuses modules over
// 4 KB (Chromium), and there the JavaScript rows take over, to the same bits. Each FloodScratch
// gets its own instance and memory, sized for its grid: the kernel's work arrays live there, and
// each advanceFlood call copies the state's depth and discharges in and back out.

import { ROOT_OF_SCALE, UNSCALE } from '../../math/cbrt.ts';
import { FACE_FLUX_WASM_BASE64 } from './wasm/faceFluxWasmBytes.ts';

type FluxXRow = (depth: number, qx: number, z: number, n2: number, crest: number, tables: number, w: number, j: number, first: number, last: number,
  theta: number, halfRest: number, dry: number, gdt: number, gdtOverDx: number, uniformN: number, n2Uniform: number) => void;
type LimitOutflowRow = (depth: number, qx: number, qy: number, rain: number, rainScalar: number, dt: number, dx: number, w: number, j: number, lo: number, hi: number) => void;
type ContinuityRow = (depth: number, qx: number, qy: number, rain: number, rainScalar: number, dt: number, dx: number, w: number, j: number, lo: number, hi: number, sums: number) => void;
type FluxYRow = (depth: number, qy: number, z: number, n2: number, crest: number, qyOld: number, tables: number, w: number, j: number, lo: number, hi: number, pLo: number, pHi: number,
  theta: number, halfRest: number, dry: number, gdt: number, gdtOverDx: number, uniformN: number, n2Uniform: number) => void;

/** One grid's WebAssembly rows: byte addresses of its arrays in `memory`, and views of them. */
export interface FloodWasm {
  fluxXRow: FluxXRow;
  fluxYRow: FluxYRow;
  limitOutflowRow: LimitOutflowRow;
  continuityRow: ContinuityRow;
  tables: number;
  at: { z: number; n2: number; rain: number; depth: number; qx: number; qy: number; qyOld: number; crestX: number; crestY: number; sums: number };
  /** The continuity rows' running sums (hmax, rainSum) and, as i32 at 4 and 5, the row's wet range. */
  sums: Float64Array;
  sumsI32: Int32Array;
  z: Float64Array;
  n2: Float64Array;
  rain: Float64Array;
  depth: Float64Array;
  qx: Float64Array;
  qy: Float64Array;
  qyOld: Float64Array;
  crestX: Float64Array;
  crestY: Float64Array;
}

let compiled: WebAssembly.Module | null | undefined;

function faceFluxModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(decodeBase64(FACE_FLUX_WASM_BASE64)) : null;
    } catch {
      compiled = null; // no SIMD in this engine: the JavaScript rows
    }
  }
  return compiled;
}

/** The WebAssembly rows for a width × height grid, or null where this engine cannot run them. */
export function createFloodWasm(width: number, height: number): FloodWasm | null {
  const module = faceFluxModule();
  if (module === null) return null;
  const n = width * height, nx = (width + 1) * height, ny = width * (height + 1);
  // Doubles from byte 0: the ∛ tables, then each array on a 16-byte boundary.
  let next = 2 * 2048 * 8;
  const place = (count: number): number => { const a = next; next += Math.ceil((count * 8) / 16) * 16; return a; };
  const at = { z: place(n), n2: place(n), rain: place(n), depth: place(n), qx: place(nx), qy: place(ny), qyOld: place(width), crestX: place(nx), crestY: place(ny), sums: place(3) };
  const memory = new WebAssembly.Memory({ initial: Math.ceil(next / 65536) });
  const exports = new WebAssembly.Instance(module, { env: { memory } }).exports as { fluxXRow: FluxXRow; fluxYRow: FluxYRow; limitOutflowRow: LimitOutflowRow; continuityRow: ContinuityRow };
  const buf = memory.buffer;
  new Float64Array(buf, 0, 2048).set(UNSCALE);
  new Float64Array(buf, 2048 * 8, 2048).set(ROOT_OF_SCALE);
  return {
    fluxXRow: exports.fluxXRow, fluxYRow: exports.fluxYRow, limitOutflowRow: exports.limitOutflowRow, continuityRow: exports.continuityRow, tables: 0, at,
    sums: new Float64Array(buf, at.sums, 2), sumsI32: new Int32Array(buf, at.sums, 6),
    z: new Float64Array(buf, at.z, n), n2: new Float64Array(buf, at.n2, n), rain: new Float64Array(buf, at.rain, n),
    depth: new Float64Array(buf, at.depth, n), qx: new Float64Array(buf, at.qx, nx), qy: new Float64Array(buf, at.qy, ny),
    qyOld: new Float64Array(buf, at.qyOld, width), crestX: new Float64Array(buf, at.crestX, nx), crestY: new Float64Array(buf, at.crestY, ny),
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, count = 0, k = 0;
  for (let i = 0; i < clean.length; i++) {
    bits = (bits << 6) | BASE64.indexOf(clean[i]);
    count += 6;
    if (count >= 8) { count -= 8; out[k++] = (bits >>> count) & 0xff; }
  }
  return out;
}
