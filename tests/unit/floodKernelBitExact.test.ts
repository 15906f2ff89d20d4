// The flood kernel's speed work may not change a bit (issue 20): the kernel with its WebAssembly
// rows, and with its JavaScript rows, against the kernel before that work
// (tests/fixtures/floodFourPass.ts), on seeded random grids that between them take
// every branch: open edges and walls, levee crests, point inflows (two on one cell), rain uniform
// and per cell, Manning's n uniform and per cell, θ and α and the dry depth varied (0 and a
// subnormal too), partly wet and dry grids, grids one cell wide or high, several calls on one
// scratch. Depths, discharges, times and totals must agree to the last bit.
import { describe, expect, it } from 'vitest';
import { createFloodState, type FloodParams, type FloodSources, type FloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { advanceFlood, createFloodScratch } from '../../sim-core/hazards/flood/localInertial.ts';
import { allWetCase } from '../../server/bench/allWetCase.ts';
import { advanceFourPass, createFourPassScratch } from '../fixtures/floodFourPass.ts';

function xorshift(seed: number): () => number {
  let x = (seed * 7919 + 1) >>> 0;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}

interface Case { params: FloodParams; sources: FloodSources; state: FloodState; calls: number; seconds: number; reuse: boolean }

function randomCase(seed: number): Case {
  const r = xorshift(seed);
  const w = 1 + Math.floor(r() * (r() < 0.2 ? 4 : 40)), h = 1 + Math.floor(r() * (r() < 0.2 ? 4 : 40));
  const grid = { width: w, height: h, cellSize: 5 + r() * 20 };
  const z = r() < 0.5 ? new Float64Array(w * h) : new Float32Array(w * h);
  const tilt = r() * 0.05, bumps = r() * 2;
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) z[j * w + i] = tilt * (i + 2 * j) + bumps * r();
  const manning = r() < 0.5 ? 0.02 + r() * 0.05 : Float32Array.from({ length: w * h }, () => 0.02 + r() * 0.05);
  let rainRate: number | Float32Array = 0;
  const rk = r();
  if (rk < 0.3) rainRate = r() * 5e-5;
  else if (rk < 0.6) rainRate = Float32Array.from({ length: w * h }, () => (r() < 0.3 ? r() * 5e-5 : 0));
  const inflows: { cell: number; rate: number }[] = [];
  const count = Math.floor(r() * 4);
  for (let k = 0; k < count; k++) inflows.push({ cell: Math.floor(r() * w * h), rate: r() < 0.1 ? 0 : r() * 30 });
  if (count > 0 && r() < 0.3) inflows.push({ cell: inflows[0].cell, rate: r() * 10 });
  const sources: FloodSources = { rainRate, inflows };
  if (r() < 0.3) {
    const cx = new Float64Array((w + 1) * h).fill(-Infinity), cy = new Float64Array(w * (h + 1)).fill(-Infinity);
    for (let f = 0; f < cx.length; f++) if (r() < 0.1) cx[f] = 1 + r() * 3;
    for (let f = 0; f < cy.length; f++) if (r() < 0.1) cy[f] = 1 + r() * 3;
    sources.crestX = cx; sources.crestY = cy;
  }
  const params: FloodParams = { grid, elevation: z, manning, open: r() < 0.5 };
  if (r() < 0.3) params.theta = r() < 0.5 ? 1 : 0.5 + r() * 0.5;
  if (r() < 0.2) params.alpha = 0.2 + r() * 0.4;
  if (r() < 0.15) params.dryDepth = r() < 0.5 ? 0 : 1e-310;
  const state = createFloodState(grid);
  const wetShare = r();
  if (wetShare < 0.7) for (let c = 0; c < w * h; c++) if (r() < wetShare) state.depth[c] = r() * (r() < 0.1 ? 3 : 0.5);
  return { params, sources, state, calls: 1 + Math.floor(r() * 6), seconds: r() < 0.2 ? 1 + r() * 10 : 60, reuse: r() < 0.7 };
}

const copy = (s: FloodState): FloodState => ({ ...s, depth: s.depth.slice(), qx: s.qx.slice(), qy: s.qy.slice(), totals: { ...s.totals } });

/** Where two states first differ (bits, not values: −0 and NaN payloads count), or null. */
function firstDifference(a: FloodState, b: FloodState): string | null {
  for (const k of ['depth', 'qx', 'qy'] as const) {
    const x = new BigUint64Array(a[k].buffer, a[k].byteOffset, a[k].length), y = new BigUint64Array(b[k].buffer, b[k].byteOffset, b[k].length);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return `${k}[${i}]: ${a[k][i]} vs ${b[k][i]}`;
  }
  for (const k of ['t', 'dtLast'] as const) if (!Object.is(a[k], b[k])) return k;
  for (const k of ['inflow', 'rain', 'outflow'] as const) if (!Object.is(a.totals[k], b.totals[k])) return `totals.${k}: ${a.totals[k]} vs ${b.totals[k]}`;
  return null;
}

describe('flood kernel: its WebAssembly rows and its JavaScript rows are bit-identical to the kernel before them', () => {
  it('runs the WebAssembly rows in Node (the comparison below is not JavaScript against itself)', () => {
    expect(createFloodScratch({ width: 8, height: 8, cellSize: 10 }).wasm).not.toBeNull();
    expect(createFloodScratch({ width: 8, height: 8, cellSize: 10 }, 'js').wasm).toBeNull();
  });

  it('agrees to the bit on 300 seeded random grids, and the cases cover what they claim', () => {
    const seen = { moving: 0, open: 0, outflow: 0, crests: 0, inflows: 0, perCellRain: 0, perCellN: 0, dryZero: 0, thin: 0 };
    const diffs: string[] = [];
    for (let seed = 0; seed < 300; seed++) {
      const c = randomCase(seed);
      const ref = copy(c.state), wasm = copy(c.state), js = copy(c.state);
      const sRef = createFourPassScratch(c.params.grid), sWasm = createFloodScratch(c.params.grid), sJs = createFloodScratch(c.params.grid, 'js');
      for (let k = 0; k < c.calls && diffs.length === 0; k++) {
        const nRef = advanceFourPass(c.params, ref, c.sources, c.seconds, c.reuse ? sRef : undefined);
        const nWasm = advanceFlood(c.params, wasm, c.sources, c.seconds, c.reuse ? sWasm : createFloodScratch(c.params.grid));
        const nJs = advanceFlood(c.params, js, c.sources, c.seconds, c.reuse ? sJs : createFloodScratch(c.params.grid, 'js'));
        if (nWasm !== nRef || nJs !== nRef) diffs.push(`seed ${seed} call ${k}: sub-steps ${nRef}, ${nWasm}, ${nJs}`);
        const dw = firstDifference(ref, wasm), dj = firstDifference(ref, js);
        if (dw) diffs.push(`seed ${seed} call ${k}, WebAssembly rows: ${dw}`);
        if (dj) diffs.push(`seed ${seed} call ${k}, JavaScript rows: ${dj}`);
      }
      if (c.reuse && (sWasm.cellUpdates !== sRef.cellUpdates || sJs.cellUpdates !== sRef.cellUpdates)) diffs.push(`seed ${seed}: cell updates`);
      if (ref.qx.some((q) => Math.abs(q) > 0.01) || ref.qy.some((q) => Math.abs(q) > 0.01)) seen.moving++;
      if (c.params.open) seen.open++;
      if (ref.totals.outflow > 0) seen.outflow++;
      if (c.sources.crestX) seen.crests++;
      if (c.sources.inflows.length > 0) seen.inflows++;
      if (typeof c.sources.rainRate !== 'number') seen.perCellRain++;
      if (typeof c.params.manning !== 'number') seen.perCellN++;
      if (c.params.dryDepth === 0) seen.dryZero++;
      if (c.params.grid.width === 1 || c.params.grid.height === 1) seen.thin++;
    }
    expect(diffs).toEqual([]);
    expect(seen.moving).toBeGreaterThan(200);
    for (const k of ['open', 'outflow', 'crests', 'inflows', 'perCellRain', 'perCellN', 'dryZero', 'thin'] as const) expect(seen[k], k).toBeGreaterThan(5);
  });

  it('a scratch used on another state in between (a snapshot restored) still agrees to the bit', () => {
    // The WebAssembly memory holds the last call's copy of a state: the next call must not lean on it.
    const diffs: string[] = [];
    for (let seed = 0; seed < 40; seed++) {
      const c = randomCase(seed), other = randomCase(seed + 1000);
      if (other.params.grid.width !== c.params.grid.width || other.params.grid.height !== c.params.grid.height) other.state = createFloodState(c.params.grid);
      for (let cell = 0; cell < other.state.depth.length; cell++) other.state.depth[cell] = 0.3 + 0.01 * (cell % 7);
      const ref = copy(c.state), wasm = copy(c.state), detour = copy(other.state);
      const scratch = createFloodScratch(c.params.grid);
      advanceFourPass(c.params, ref, c.sources, c.seconds);
      advanceFlood(c.params, detour, c.sources, c.seconds, scratch);
      advanceFlood(c.params, wasm, c.sources, c.seconds, scratch);
      const d = firstDifference(ref, wasm);
      if (d) diffs.push(`seed ${seed}: ${d}`);
    }
    expect(diffs).toEqual([]);
  });

  it('agrees to the bit on the all-wet bench case (96 × 96, a minute)', () => {
    const ref = allWetCase(96), wasm = allWetCase(96);
    advanceFourPass(ref.params, ref.state, ref.sources, 60);
    advanceFlood(wasm.params, wasm.state, wasm.sources, 60);
    expect(wasm.state.qx.some((q) => Math.abs(q) > 0.01)).toBe(true);
    expect(firstDifference(ref.state, wasm.state)).toBeNull();
  });
});
