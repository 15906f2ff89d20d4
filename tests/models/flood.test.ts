// Verification of the local-inertial flood model (sim-core/hazards/flood/): lake at rest on steep
// terrain, mass balance, the UK Environment Agency 2-D benchmark tests 1, 2 and 4 (Néelz &
// Pender 2013, SC120002), Stoker's wet-bed dam break, determinism, and case-file errors.
//
// Honesty notes, kept next to the numbers they qualify:
// - Test 4 uses the EA set-up exactly (hydrograph and points from the files LISFLOOD-FP 8.0
//   published with Shaw et al. 2021) and compares with that published LISFLOOD-FP run.
// - The EA report's DEMs for tests 1 and 2 and the packages' results were not reachable from
//   this workspace. Tests 1 and 2 rebuild the set-ups from the report's text (domain, slopes,
//   peak flows, grid, Manning's n, durations, output points) with the missing details chosen
//   and stated, and check a property that must hold whatever the published packages gave: the
//   pond keeps exactly the water below its sill (test 1), volume balance and fill-and-spill
//   levels (test 2).
import { describe, expect, it } from 'vitest';
import { createFloodState, cloneFloodState, storedVolume, type FloodParams, type FloodSources, type FloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { advanceFlood, createFloodScratch } from '../../sim-core/hazards/flood/localInertial.ts';
import { runFloodCase } from '../../sim-core/hazards/flood/floodCase.ts';
import { seriesAt } from '../../sim-core/hazards/flood/hydrograph.ts';

const G = 9.81;
const NO_SOURCES: FloodSources = { rainRate: 0, inflows: [] };

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) if (Math.abs(a[k]) > m) m = Math.abs(a[k]);
  return m;
}

/** A conical bowl: slope `tan` (rise over run) from the centre cell out. */
function steepBowl(side: number, cellSize: number, tan: number): FloodParams {
  const z = new Float64Array(side * side);
  const c = (side - 1) / 2;
  for (let j = 0; j < side; j++) for (let i = 0; i < side; i++) z[j * side + i] = 1000 + tan * cellSize * Math.hypot(i - c, j - c);
  return { grid: { width: side, height: side, cellSize }, elevation: z, manning: 0.05 };
}

describe('lake at rest on steep terrain', () => {
  for (const [cellSize, tan, label] of [[100, Math.tan((35 * Math.PI) / 180), '35°, 100 m cells'], [10, 1, '45°, 10 m cells']] as const) {
    it(`stays at rest for 6 h (${label})`, () => {
      const p = steepBowl(41, cellSize, tan);
      const s = createFloodState(p.grid);
      const level = 1000 + tan * cellSize * 8.3; // a lake about 8 cells in radius, hundreds of m deep
      for (let c = 0; c < s.depth.length; c++) s.depth[c] = Math.max(0, level - p.elevation[c]);
      const before = s.depth.slice();
      const scratch = createFloodScratch(p.grid);
      for (let k = 0; k < 360; k++) advanceFlood(p, s, NO_SOURCES, 60, scratch);
      expect(maxAbs(s.qx)).toBeLessThan(1e-9);
      expect(maxAbs(s.qy)).toBeLessThan(1e-9);
      let dh = 0;
      for (let c = 0; c < before.length; c++) dh = Math.max(dh, Math.abs(s.depth[c] - before[c]));
      expect(dh).toBeLessThan(1e-9);
    });
  }

  it('a lake disturbed on a 45° bowl settles back to a flat level without blowing up', () => {
    const p = steepBowl(41, 10, 1);
    const s = createFloodState(p.grid);
    const level = 1000 + 10 * 8.3;
    for (let c = 0; c < s.depth.length; c++) s.depth[c] = Math.max(0, level - p.elevation[c]);
    s.depth[20 * 41 + 20] += 5; // a 5 m mound in the middle
    const v0 = storedVolume(p, s);
    const scratch = createFloodScratch(p.grid);
    for (let k = 0; k < 240; k++) advanceFlood(p, s, NO_SOURCES, 60, scratch);
    let lo = Infinity, hi = -Infinity;
    for (let c = 0; c < s.depth.length; c++) {
      if (s.depth[c] > 1) { lo = Math.min(lo, p.elevation[c] + s.depth[c]); hi = Math.max(hi, p.elevation[c] + s.depth[c]); }
    }
    expect(Number.isFinite(hi)).toBe(true);
    expect(hi - lo).toBeLessThan(1e-3);
    expect(Math.abs(storedVolume(p, s) - v0) / v0).toBeLessThan(1e-12);
  });

  it('rain running off 40° valley sides stays finite, non-negative and mass-conserving', () => {
    // A V valley, 60×60 cells of 10 m, sides at 40°, floor falling 1:20 to the south; 50 mm/h.
    const w = 60, h = 60, dx = 10, tan = Math.tan((40 * Math.PI) / 180);
    const z = new Float64Array(w * h);
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) z[j * w + i] = Math.abs(i - 29.5) * dx * tan + j * dx * 0.05;
    const p: FloodParams = { grid: { width: w, height: h, cellSize: dx }, elevation: z, manning: 0.05, open: true };
    const s = createFloodState(p.grid);
    const scratch = createFloodScratch(p.grid);
    for (let k = 0; k < 60; k++) advanceFlood(p, s, { rainRate: 50 / 3.6e6, inflows: [] }, 60, scratch);
    let min = Infinity, max = 0;
    for (const d of s.depth) { min = Math.min(min, d); max = Math.max(max, d); }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(0.5); // the floor carries < 0.2 m; α = 0.7 gives spikes to 0.87 m
    // No oscillation along the floor: the second difference of depth stays small (α = 0.4 → 0.15 m).
    let rough = 0;
    for (let j = 1; j < h - 1; j++) { const c = j * w + 29; rough = Math.max(rough, Math.abs(s.depth[c + w] - 2 * s.depth[c] + s.depth[c - w])); }
    expect(rough).toBeLessThan(0.05);
    const { rain, outflow } = s.totals;
    expect(Math.abs(rain - outflow - storedVolume(p, s)) / rain).toBeLessThan(1e-12);
    expect(outflow).toBeGreaterThan(0.3 * rain);
  });
});

describe('mass balance', () => {
  it('a closed domain with inflow and rain keeps every m³ (error < 0.01 %)', () => {
    const w = 80, h = 60, dx = 25;
    const z = new Float64Array(w * h);
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) z[j * w + i] = 3 * Math.sin(i / 7) * Math.cos(j / 5) + 0.02 * i;
    const p: FloodParams = { grid: { width: w, height: h, cellSize: dx }, elevation: z, manning: 0.035 };
    const s = createFloodState(p.grid);
    const rain = new Float32Array(w * h);
    for (let c = 0; c < rain.length; c++) rain[c] = c % 3 === 0 ? 30 / 3.6e6 : 0;
    const sources: FloodSources = { rainRate: rain, inflows: [{ cell: 30 * w + 70, rate: 12 }, { cell: 5 * w + 3, rate: 4 }] };
    const scratch = createFloodScratch(p.grid);
    for (let k = 0; k < 120; k++) advanceFlood(p, s, sources, 60, scratch);
    const added = s.totals.inflow + s.totals.rain;
    expect(s.totals.inflow).toBeCloseTo(16 * 7200, 6);
    expect(Math.abs(added - storedVolume(p, s)) / added).toBeLessThan(1e-4);
    expect(Math.abs(added - storedVolume(p, s)) / added).toBeLessThan(1e-12); // in fact round-off
  });
});

describe('EA test 1 — flooding a disconnected water body (set-up rebuilt, see header)', () => {
  // 700 × 100 m, 10 m cells, n = 0.03, 20 h. The profile along x (our reconstruction): a low
  // strip at 9.0 m by the west boundary, rising to 10.0 m at 300 m and to a sill at 350 m,
  // falling to a pond floor at 9.8 m (450–600 m), rising to 10.6 m at the east end. The
  // boundary level rises 9.7 → 10.35 m over the first hour, holds to 10 h, falls back to 9.7 m
  // at 11 h. The pond, dry at first, fills over the sill and must keep what lies below the sill:
  // its final level is the sill's (plus at most the 1 mm no-flow depth and a slow tail).
  const dx = 10, w = 70, h = 10;
  const profile: [number, number][] = [[0, 9.0], [100, 9.0], [300, 10.0], [350, 10.25], [450, 9.8], [600, 9.8], [700, 10.6]];
  const boundary: [number, number][] = [[0, 9.7], [3600, 10.35], [36000, 10.35], [39600, 9.7], [72000, 9.7]];

  it('fills the pond and keeps the water below the sill', () => {
    const z = new Float64Array(w * h);
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) z[j * w + i] = seriesAt(profile, (i + 0.5) * dx);
    const p: FloodParams = { grid: { width: w, height: h, cellSize: dx }, elevation: z, manning: 0.03 };
    const s = createFloodState(p.grid);
    for (let i = 0; i < 20; i++) for (let j = 0; j < h; j++) s.depth[j * w + i] = Math.max(0, 9.7 - z[j * w + i]);
    let sill = 0;
    for (let i = 30; i < 45; i++) sill = Math.max(sill, z[i]);
    const pondCell = 5 * w + 52; // x = 525 m, the middle of the pond floor
    const scratch = createFloodScratch(p.grid);
    let maxPond = 0;
    // Stage boundary: every 10 s the west column is reset to the boundary level.
    for (let t = 0; t < 72000; t += 10) {
      const stage = seriesAt(boundary, t);
      for (let j = 0; j < h; j++) s.depth[j * w] = Math.max(0, stage - z[j * w]);
      advanceFlood(p, s, NO_SOURCES, 10, scratch);
      maxPond = Math.max(maxPond, z[pondCell] + s.depth[pondCell]);
    }
    const finalPond = z[pondCell] + s.depth[pondCell];
    expect(maxPond).toBeGreaterThan(sill + 0.05); // it was flooded over the sill
    expect(finalPond).toBeGreaterThanOrEqual(sill);
    expect(finalPond - sill).toBeLessThan(0.02);
    // The pond surface is flat.
    let lo = Infinity, hi = -Infinity;
    for (let i = 45; i < 60; i++) { const e = z[5 * w + i] + s.depth[5 * w + i]; lo = Math.min(lo, e); hi = Math.max(hi, e); }
    expect(hi - lo).toBeLessThan(1e-3);
    // The connected strip is back at the boundary level.
    expect(z[5 * w + 5] + s.depth[5 * w + 5]).toBeCloseTo(9.7, 2);
    console.log(`EA test 1 (rebuilt): sill ${sill.toFixed(3)} m, peak pond level ${maxPond.toFixed(3)} m, final ${finalPond.toFixed(4)} m`);
  });
});

/** Lowest level at which water in the depression around `start` spills out (priority flood). */
function spillLevel(z: Float64Array, w: number, h: number, from: number): number {
  // Walk down to the pit first: the background slope moves it off the depression's centre.
  let start = from;
  for (;;) {
    const i = start % w, j = (start - i) / w;
    let next = start;
    if (i > 0 && z[start - 1] < z[next]) next = start - 1;
    if (i < w - 1 && z[start + 1] < z[next]) next = start + 1;
    if (j > 0 && z[start - w] < z[next]) next = start - w;
    if (j < h - 1 && z[start + w] < z[next]) next = start + w;
    if (next === start) break;
    start = next;
  }
  const seen = new Uint8Array(w * h);
  const heap: number[] = [start];
  seen[start] = 1;
  let level = z[start];
  while (heap.length > 0) {
    let best = 0;
    for (let k = 1; k < heap.length; k++) if (z[heap[k]] < z[heap[best]]) best = k;
    const c = heap[best];
    heap[best] = heap[heap.length - 1];
    heap.pop();
    if (z[c] < level) return level; // over the rim and going down: spilled
    if (z[c] > level) level = z[c];
    const i = c % w, j = (c - i) / w;
    for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const ni = i + di, nj = j + dj;
      if (ni < 0 || nj < 0 || ni >= w || nj >= h) continue;
      const n = nj * w + ni;
      if (!seen[n]) { seen[n] = 1; heap.push(n); }
    }
  }
  return level;
}

describe('EA test 2 — filling of floodplain depressions (set-up rebuilt, see header)', () => {
  // 2000 × 2000 m, 20 m cells, n = 0.03, 48 h. Ground (our reconstruction of "sinusoids
  // multiplied", 0.5 m deep, 1:1500 N–S and 1:3000 W–E): z = y/1500 + (2000 − x)/3000 −
  // 0.5·sin²(πx/500)·sin²(πy/500), 4×4 identical depressions, the NW corner 2 m above the SE.
  // Inflow along the 100 m of the west edge south of the NW corner: a triangle rising to
  // 20 m³/s at 10 min and back to 0 at 85 min (51 000 m³). Published final levels were not
  // reachable, so the check is the exact volume balance plus fill-and-spill: every depression
  // that passed water on ends at its spill level, the ponds are flat, and no water is lost.
  it('fills depressions to their spill levels and keeps every m³', () => {
    const dx = 20, n = 100;
    const z = new Float64Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const x = (i + 0.5) * dx, y = (j + 0.5) * dx;
        z[j * n + i] = y / 1500 + (2000 - x) / 3000 - 0.5 * Math.sin((Math.PI * x) / 500) ** 2 * Math.sin((Math.PI * y) / 500) ** 2;
      }
    }
    const elevation = Array.from(z);
    const inflowCells = [95, 96, 97, 98, 99].map((j) => [0, j]);
    const centres: [number, number][] = [];
    for (let b = 0; b < 4; b++) for (let a = 0; a < 4; a++) centres.push([12 + 25 * a, 12 + 25 * b]);
    const out = runFloodCase({
      width: n, height: n, cellSize: dx, elevation, manning: 0.03,
      inflows: [{ cells: inflowCells, hydrograph: [[0, 0], [600, 20], [5100, 0]] }],
      duration: 48 * 3600, gauges: centres, every: 3600,
    });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.result;
    expect(r.volume.inflow).toBeCloseTo(51_000, 6);
    expect(Math.abs(r.volume.error)).toBeLessThan(1e-12);
    const final = r.level[r.level.length - 1];
    const depth = r.depth[r.depth.length - 1];
    const lines: string[] = [];
    let full = 0;
    for (let k = 0; k < centres.length; k++) {
      const [i, j] = centres[k];
      const spill = spillLevel(z, n, n, j * n + i);
      lines.push(`[${i},${j}] level ${final[k].toFixed(3)} spill ${spill.toFixed(3)} depth ${depth[k].toFixed(3)}`);
      if (final[k] > spill - 0.01) full++;
    }
    console.log('EA test 2 (rebuilt), final levels:\n' + lines.join('\n'));
    for (let k = 0; k < centres.length; k++) expect(final[k]).toBeLessThanOrEqual(spillLevel(z, n, n, centres[k][1] * n + centres[k][0]) + 0.01);
    // The NW depression (top-left, where the water arrives) must be full to its spill level.
    const nw = centres.findIndex(([i, j]) => i === 12 && j === 87);
    expect(final[nw]).toBeGreaterThan(spillLevel(z, n, n, 87 * n + 12) - 0.01);
    expect(full).toBeGreaterThanOrEqual(3); // NW, and the two below and south-east of it
  });
});

/**
 * EA test 4 reference: LISFLOOD-FP 8.0's DG2 solver at 5 m on the EA set-up, from the data of
 * Shaw et al. (2021), "LISFLOOD-FP 8.0: the new discontinuous Galerkin shallow-water solver for
 * multi-core CPUs and GPUs", Geosci. Model Dev. 14 — Zenodo 10.5281/zenodo.4066824, files
 * ea4.bdy (hydrograph), ea4.stage (points) and reference/ea4-5m-dg2.stage. Per output point:
 * the first time the depth passes 0.02 m (s), and the depths at 1 h and 3 h (m).
 */
const EA4_LISFLOOD_DG2: { point: [number, number]; arrival: number; h1: number; h3: number }[] = [
  { point: [50, 1000], arrival: 660, h1: 0.309, h3: 0.324 },
  { point: [100, 1000], arrival: 1020, h1: 0.246, h3: 0.273 },
  { point: [200, 1000], arrival: 1860, h1: 0.174, h3: 0.224 },
  { point: [300, 1000], arrival: 2760, h1: 0.114, h3: 0.195 },
  { point: [400, 1000], arrival: 3720, h1: 0, h3: 0.172 },
  { point: [300, 1300], arrival: 4020, h1: 0, h3: 0.167 },
];

describe('EA test 4 — speed of propagation over a flat plain, against LISFLOOD-FP 8.0', () => {
  // The EA set-up (Néelz & Pender 2013; the files above): 1000 × 2000 m at 0 m, n = 0.05, inflow
  // over the 20 m of the west edge at y = 990–1010 m: 0 until 300 s, rising linearly to
  // 20 m³/s at 3600 s, held to 14400 s, back to 0 at 18000 s (285,000 m³); 5 h.
  // Grid: the report asks for 5 m (200×400 cells); that takes minutes on the slow machine tests
  // run on, so this test uses 10 m (100×200). The EA specification closes the other edges (as
  // here); LISFLOOD's reference run left E, S and N open, which matters only once water reaches
  // them (after 3 h), so the comparison stops at 3 h.
  // Tolerances: arrival within 10 % + the 60 s gauge interval; depths within 2 cm. Measured
  // here: arrivals within 2 min of LISFLOOD's; depths 1.2–1.6 cm below its (5–13 %) at every
  // point — a systematic difference between the local-inertial scheme (no advection term) and
  // the full shallow-water DG2 solver near the inflow jet, not noise (the 20 m grid gives the
  // same depths within 5 mm).
  it('arrival times and depths at the six output points match the published LISFLOOD-FP run', () => {
    const dx = 10, w = 100, h = 200;
    const hydrograph: [number, number][] = [[0, 0], [300, 0], [3600, 20], [14400, 20], [18000, 0]];
    const out = runFloodCase({
      width: w, height: h, cellSize: dx, elevation: new Array(w * h).fill(0), manning: 0.05,
      inflows: [{ cells: [[0, 99], [0, 100]], hydrograph }],
      duration: 18000, every: 60, gauges: EA4_LISFLOOD_DG2.map(({ point: [x, y] }) => [Math.floor(x / dx), Math.floor(y / dx)]),
    });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.result;
    expect(Math.abs(r.volume.error)).toBeLessThan(1e-12);
    expect(r.volume.inflow).toBeCloseTo(285_000, -2);
    const rows: string[] = [];
    EA4_LISFLOOD_DG2.forEach((ref, g) => {
      const k = r.depth.findIndex((d) => d[g] > 0.02);
      const arrival = r.times[k];
      const h1 = r.depth[r.times.indexOf(3600)][g], h3 = r.depth[r.times.indexOf(10800)][g];
      rows.push(`P${g + 1} (${ref.point}): arrival ${arrival} s (LISFLOOD ${ref.arrival}), h(1 h) ${h1.toFixed(3)} (${ref.h1}), h(3 h) ${h3.toFixed(3)} (${ref.h3})`);
      expect(Math.abs(arrival - ref.arrival)).toBeLessThanOrEqual(0.1 * ref.arrival + 60);
      expect(Math.abs(h1 - ref.h1)).toBeLessThanOrEqual(0.02);
      expect(Math.abs(h3 - ref.h3)).toBeLessThanOrEqual(0.02);
    });
    console.log('EA test 4 (10 m) vs LISFLOOD-FP 8.0 DG2 (5 m):\n' + rows.join('\n'));
  });
});

describe('1-D dam break on a wet bed (Stoker)', () => {
  it('matches the analytic plateau depth and bore position', () => {
    // 1 m behind a dam at x = 500 m, 0.5 m in front, 1 m cells, n = 0, t = 30 s. Stoker's
    // solution: a rarefaction (Ritter's h = (2c₀ − ξ)²/(9g)) back to a plateau h_m, and a bore at
    // speed S = h_m·u_m/(h_m − h_R); h_m solves 2(c₀ − c_m) = (h_m − h_R)·√(g(h_m + h_R)/(2h_m·h_R)).
    // Tolerances: plateau depth within 8 %, bore travel within 15 %. The local-inertial scheme
    // drops the advection term, so it is only fit for subcritical flow: on this wet bed it gives
    // a plateau 6 % high and a bore 13 % slow. On a DRY bed (Ritter) it fails outright: it forms a
    // ~0.6 m bore moving at ~2.5 m/s instead of the rarefaction to a 6.3 m/s tip (Neal et al. 2012
    // report the same limit), so no Ritter comparison is claimed.
    const w = 1000, x0 = 500, hL = 1, hR = 0.5, t = 30;
    const c0 = Math.sqrt(G * hL);
    let lo = hR, hi = hL;
    for (let k = 0; k < 200; k++) {
      const hm = (lo + hi) / 2;
      const f = 2 * (c0 - Math.sqrt(G * hm)) - (hm - hR) * Math.sqrt((G * (hm + hR)) / (2 * hm * hR));
      if (f > 0) lo = hm; else hi = hm;
    }
    const hm = lo, um = 2 * (c0 - Math.sqrt(G * hm)), S = (hm * um) / (hm - hR);
    const p: FloodParams = { grid: { width: w, height: 1, cellSize: 1 }, elevation: new Float64Array(w), manning: 0 };
    const s = createFloodState(p.grid);
    for (let i = 0; i < w; i++) s.depth[i] = i < x0 ? hL : hR;
    for (let k = 0; k < t; k++) advanceFlood(p, s, NO_SOURCES, 1);
    const plateau = s.depth[x0 + Math.round(0.5 * S * t)];
    let bore = 0;
    for (let i = 0; i < w; i++) if (s.depth[i] > (hm + hR) / 2) bore = i + 1;
    console.log(`Stoker: plateau ${plateau.toFixed(3)} m (exact ${hm.toFixed(3)}), bore at ${bore} m (exact ${(x0 + S * t).toFixed(1)} m)`);
    expect(Math.abs(plateau - hm) / hm).toBeLessThan(0.08);
    expect(Math.abs(bore - x0 - S * t) / (S * t)).toBeLessThan(0.15);
    expect(storedVolume(p, s)).toBeCloseTo(hL * 500 + hR * 500, 9);
  });
});

describe('determinism and case errors', () => {
  it('two runs from the same state are bit-identical, and a cloned state resumes identically', () => {
    const w = 60, h = 40, dx = 15;
    const z = new Float64Array(w * h);
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) z[j * w + i] = Math.cos(i / 4) + Math.sin(j / 3) + 0.05 * j;
    const p: FloodParams = { grid: { width: w, height: h, cellSize: dx }, elevation: z, manning: 0.04, open: true };
    const src: FloodSources = { rainRate: 20 / 3.6e6, inflows: [{ cell: 20 * w + 30, rate: 3 }] };
    const run = (s: FloodState, calls: number) => { for (let k = 0; k < calls; k++) advanceFlood(p, s, src, 30); return s; };
    const a = run(createFloodState(p.grid), 40);
    const b = run(createFloodState(p.grid), 20);
    const snap = cloneFloodState(b);
    run(b, 20);
    run(snap, 20);
    for (const s of [b, snap]) {
      expect(Buffer.from(s.depth.buffer).equals(Buffer.from(a.depth.buffer))).toBe(true);
      expect(Buffer.from(s.qx.buffer).equals(Buffer.from(a.qx.buffer))).toBe(true);
      expect(Buffer.from(s.qy.buffer).equals(Buffer.from(a.qy.buffer))).toBe(true);
      expect(s.totals).toEqual(a.totals);
    }
    const c1 = runFloodCase(smallCase()), c2 = runFloodCase(smallCase());
    expect(c1).toEqual(c2);
  });

  it('bad inputs come back as errors with JSON paths, never a throw', () => {
    const bad = {
      ...smallCase(),
      elevation: new Array(99).fill(0),
      inflows: [{ cells: [[0, 0], [1, 1], [10, 3]], hydrograph: [[0, 1], [60, 2], [60, 3]] }],
      gauges: [[0, -1]],
      every: 0,
      extra: 1,
    };
    const out = runFloodCase(bad);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const byPath = Object.fromEntries(out.errors.map((e) => [e.path, e.message]));
    expect(byPath.elevation).toBe('has 99 values; width×height is 100');
    expect(byPath['inflows[0].cells[2]']).toMatch(/off the grid/);
    expect(byPath['inflows[0].hydrograph[2][0]']).toMatch(/does not increase/);
    expect(byPath['gauges[0]']).toMatch(/off the grid/);
    expect(byPath.every).toMatch(/> 0/);
    expect(byPath.extra).toMatch(/unknown key/);
    for (const junk of [null, 3, 'x', [], { width: 'a' }, { ...smallCase(), manning: [1] }, { ...smallCase(), rain: [[0]] }]) {
      const r = runFloodCase(junk);
      expect(r.ok).toBe(false);
    }
  });

  it('a valid small case runs and reports gauges and the volume balance', () => {
    const out = runFloodCase(smallCase());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = out.result;
    expect(r.times).toEqual([0, 600, 1200, 1800]);
    expect(r.depth).toHaveLength(4);
    expect(r.level[3][0]).toBeCloseTo(0.1 * 5 + r.depth[3][0], 12);
    expect(r.volume.inflow).toBeCloseTo(1.5 * 1800, 6); // 1 → 2 m³/s linearly over 1800 s
    expect(r.volume.rain).toBeCloseTo((10 / 3.6e6) * 1800 * 100 * 100, 6);
    expect(Math.abs(r.volume.error)).toBeLessThan(1e-12);
  });
});

function smallCase() {
  const elevation: number[] = [];
  for (let j = 0; j < 10; j++) for (let i = 0; i < 10; i++) elevation.push(0.1 * i + 0.05 * j);
  return {
    width: 10, height: 10, cellSize: 10, elevation, manning: 0.04,
    inflows: [{ cells: [[9, 9], [8, 9]], hydrograph: [[0, 1], [1800, 2]] }],
    rain: [[0, 10]], duration: 1800, gauges: [[5, 0], [0, 0]], every: 600,
  };
}
