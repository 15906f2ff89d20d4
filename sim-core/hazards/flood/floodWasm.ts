// The flood kernel's passes in WebAssembly (wasm/faceFlux.as.ts: the face fluxes two faces per
// f64x2 instruction; the limiter, continuity, the start-of-call scan and the active ranges cell
// by cell or row by row), and the memory they work in.
// Bit-identical to faceFlux.ts and cellBalance.ts (the same operations in the same order, IEEE
// f64 everywhere, fixed SIMD only), so a run gives the same state hash with them or without
// them; the JavaScript rows stay as the fallback where WebAssembly or its SIMD is missing, and
// as the reference the tests hold these to. A pass is one call (a call per row cost as much as
// the rows themselves on a narrow wet valley).
//
// The module is compiled synchronously, as the core is synchronous: fine in Node and in a Web
// Worker, where the browser runs the simulation; a browser's main thread refuses modules over
// 4 KB (Chromium; this one is 5 KB), and there the JavaScript rows take over, to the same bits.
// Each FloodScratch gets its own instance and memory, sized for its grid: the kernel's work
// arrays live there, and each advanceFlood call copies the state's depth and discharges in and
// back out.

import { ROOT_OF_SCALE, UNSCALE } from '../../math/cbrt.ts';
import { FACE_FLUX_WASM_BASE64 } from './wasm/faceFluxWasmBytes.ts';

type FluxXPass = (depth: number, qx: number, z: number, n2: number, crest: number, tables: number, w: number, hgt: number, rowLo: number, rowHi: number,
  theta: number, halfRest: number, dry: number, gdt: number, gdtOverDx: number, uniformN: number, n2Uniform: number) => void;
type FluxYPass = (depth: number, qy: number, z: number, n2: number, crest: number, qyOld: number, tables: number, w: number, hgt: number, rowLo: number, rowHi: number,
  theta: number, halfRest: number, dry: number, gdt: number, gdtOverDx: number, uniformN: number, n2Uniform: number) => void;
type LimitOutflowPass = (depth: number, qx: number, qy: number, rain: number, rainScalar: number, dt: number, dx: number, w: number, hgt: number, rowLo: number, rowHi: number) => void;
type ContinuityPass = (depth: number, qx: number, qy: number, rain: number, rainScalar: number, dt: number, dx: number, w: number, hgt: number, rowLo: number, rowHi: number,
  srcLo: number, srcHi: number, wetLo: number, wetHi: number, sums: number) => void;

type ScanPass = (depth: number, qx: number, qy: number, rain: number, rainScalar: number, w: number, hgt: number, wetLo: number, wetHi: number, srcLo: number, srcHi: number) => number;
type RangesPass = (w: number, hgt: number, wetLo: number, wetHi: number, rowLo: number, rowHi: number) => number;

interface Exports {
  fluxXPass: FluxXPass; fluxYPass: FluxYPass; limitOutflowPass: LimitOutflowPass; continuityPass: ContinuityPass;
  scanPass: ScanPass; rangesPass: RangesPass;
}

/** One grid's WebAssembly passes: byte addresses of its arrays in their memory, and views of them. */
export interface FloodWasm {
  run: Exports;
  tables: number;
  at: {
    z: number; n2: number; rain: number; depth: number; qx: number; qy: number; qyOld: number; crestX: number; crestY: number;
    rowLo: number; rowHi: number; wetLo: number; wetHi: number; srcLo: number; srcHi: number; sums: number;
  };
  /** The continuity pass's results: the step's deepest water and rain sum. */
  sums: Float64Array;
  z: Float64Array;
  n2: Float64Array;
  rain: Float64Array;
  depth: Float64Array;
  qx: Float64Array;
  qy: Float64Array;
  qyOld: Float64Array;
  crestX: Float64Array;
  crestY: Float64Array;
  rowLo: Int32Array;
  rowHi: Int32Array;
  wetLo: Int32Array;
  wetHi: Int32Array;
  srcLo: Int32Array;
  srcHi: Int32Array;
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

/** The WebAssembly passes for a width × height grid, or null where this engine cannot run them. */
export function createFloodWasm(width: number, height: number): FloodWasm | null {
  const module = faceFluxModule();
  if (module === null) return null;
  const n = width * height, nx = (width + 1) * height, ny = width * (height + 1);
  // Doubles from byte 0: the ∛ tables, then each array on a 16-byte boundary.
  let next = 2 * 2048 * 8;
  const placeBytes = (bytes: number): number => { const a = next; next += Math.ceil(bytes / 16) * 16; return a; };
  const place = (doubles: number): number => placeBytes(doubles * 8);
  const placeRows = (): number => placeBytes(height * 4);
  const at = {
    z: place(n), n2: place(n), rain: place(n), depth: place(n), qx: place(nx), qy: place(ny), qyOld: place(width), crestX: place(nx), crestY: place(ny),
    rowLo: placeRows(), rowHi: placeRows(), wetLo: placeRows(), wetHi: placeRows(), srcLo: placeRows(), srcHi: placeRows(),
    sums: place(3),
  };
  const memory = new WebAssembly.Memory({ initial: Math.ceil(next / 65536) });
  const run = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as Exports;
  const buf = memory.buffer;
  new Float64Array(buf, 0, 2048).set(UNSCALE);
  new Float64Array(buf, 2048 * 8, 2048).set(ROOT_OF_SCALE);
  const f64 = (a: number, count: number) => new Float64Array(buf, a, count);
  const i32 = (a: number) => new Int32Array(buf, a, height);
  return {
    run, tables: 0, at, sums: f64(at.sums, 2),
    z: f64(at.z, n), n2: f64(at.n2, n), rain: f64(at.rain, n), depth: f64(at.depth, n), qx: f64(at.qx, nx), qy: f64(at.qy, ny),
    qyOld: f64(at.qyOld, width), crestX: f64(at.crestX, nx), crestY: f64(at.crestY, ny),
    rowLo: i32(at.rowLo), rowHi: i32(at.rowHi), wetLo: i32(at.wetLo), wetHi: i32(at.wetHi), srcLo: i32(at.srcLo), srcHi: i32(at.srcHi),
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
