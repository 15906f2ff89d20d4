// Benchmark row "flood kernel, cell updates per second" (DESIGN.md: aim within 2× of the same
// scheme in C at -O2). The case is synthetic and deterministic: a 500×500 grid of 10 m cells,
// a V-shaped valley (side slopes 1:20, falling 1:100 to the south) fed by 50 m³/s at its head,
// run for 2 h of model time. A cell update is one active cell in one CFL sub-step (all passes:
// fluxes, limiter, continuity), counted by the kernel itself.
//
// The C reference is the same algorithm (active row ranges, θ-weighted inertial flux with
// semi-implicit friction, outflow limiter, continuity), written to a temporary directory and
// built with `gcc -O2` when gcc exists; it runs the same case and reports its own rate.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFloodState, storedVolume, type FloodParams, type FloodSources } from '../../sim-core/hazards/flood/floodState.ts';
import { advanceFlood, createFloodScratch } from '../../sim-core/hazards/flood/localInertial.ts';
import { ALL_WET_CELL, ALL_WET_SIDE, allWetCase } from './allWetCase.ts';
import { plainPortAdvance } from './floodPlainPort.ts';

const SIDE = 500;
const CELL = 10;
const INFLOW = 50; // m³/s
const CALLS = 120; // × 60 s = 2 h
const ALPHA = 0.3, THETA = 0.7, DRY = 0.001, MANNING = 0.04;

export function valleyElevation(): Float64Array {
  const z = new Float64Array(SIDE * SIDE);
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) z[j * SIDE + i] = Math.abs(i - SIDE / 2) * CELL * 0.05 + (SIDE - j) * CELL * 0.01;
  }
  return z;
}

export function benchFlood(): { cells: number; cellUpdatesPerSecond: number; cReference?: number; stored?: number; cStored?: number } {
  const grid = { width: SIDE, height: SIDE, cellSize: CELL };
  const p: FloodParams = { grid, elevation: valleyElevation(), manning: MANNING, alpha: ALPHA, theta: THETA, dryDepth: DRY };
  const sources: FloodSources = { rainRate: 0, inflows: [{ cell: (SIDE - 1) * SIDE + SIDE / 2, rate: INFLOW }] };
  // Warm the JIT on a short run, then time a fresh one.
  const warm = createFloodState(grid);
  for (let k = 0; k < 10; k++) advanceFlood(p, warm, sources, 60);
  const s = createFloodState(grid);
  const scratch = createFloodScratch(grid);
  const t0 = performance.now();
  for (let k = 0; k < CALLS; k++) advanceFlood(p, s, sources, 60, scratch);
  const seconds = (performance.now() - t0) / 1000;
  const out: ReturnType<typeof benchFlood> = {
    cells: SIDE * SIDE,
    cellUpdatesPerSecond: Math.round(scratch.cellUpdates / seconds),
    stored: storedVolume(p, s),
  };
  const c = runCReference();
  if (c !== null) { out.cReference = c.rate; out.cStored = c.stored; }
  return out;
}

function hasGcc(): boolean {
  try {
    execFileSync('gcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function runCReference(): { rate: number; stored: number } | null {
  if (!hasGcc()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-flood-'));
  try {
    const src = join(dir, 'flood.c'), exe = join(dir, 'flood');
    writeFileSync(src, C_SOURCE);
    execFileSync('gcc', ['-O2', '-o', exe, src, '-lm'], { stdio: 'ignore' });
    const text = execFileSync(exe, [String(SIDE), String(CELL), String(INFLOW), String(CALLS), String(ALPHA), String(THETA), String(DRY), String(MANNING)], { encoding: 'utf8' });
    const [updates, secs, stored] = text.trim().split(/\s+/).map(Number);
    return { rate: Math.round(updates / secs), stored };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The same scheme as sim-core/hazards/flood/localInertial.ts, closed edges (the bench case).
const C_SOURCE = String.raw`
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#define G 9.81
static int W, H; static double dx, alpha, theta, dry, n2;
static double *z, *h, *qx, *qy, *qyOld; static int *rowLo, *rowHi, *wetLo, *wetHi;
static double updates = 0;
int main(int argc, char **argv) {
  W = H = atoi(argv[1]); dx = atof(argv[2]); double inflow = atof(argv[3]); int calls = atoi(argv[4]);
  alpha = atof(argv[5]); theta = atof(argv[6]); dry = atof(argv[7]); n2 = atof(argv[8]) * atof(argv[8]);
  int N = W * H, W1 = W + 1;
  z = calloc(N, 8); h = calloc(N, 8); qx = calloc((W + 1) * H, 8); qy = calloc(W * (H + 1), 8); qyOld = calloc(W, 8);
  rowLo = calloc(H, 4); rowHi = calloc(H, 4); wetLo = calloc(H, 4); wetHi = calloc(H, 4);
  for (int j = 0; j < H; j++) for (int i = 0; i < W; i++) z[j * W + i] = fabs(i - W / 2.0) * dx * 0.05 + (H - j) * dx * 0.01;
  int src = (H - 1) * W + W / 2, si = src % W, sj = src / W;
  double area = dx * dx, halfRest = 0.5 * (1 - theta);
  struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int call = 0; call < calls; call++) {
    double hmax = 0;
    for (int j = 0; j < H; j++) {
      int lo = W, hi = -1;
      for (int i = 0; i < W; i++) { int c = j * W + i;
        if (h[c] > hmax) hmax = h[c];
        if (h[c] > 0 || qx[j * W1 + i] != 0 || qx[j * W1 + i + 1] != 0 || qy[c] != 0 || qy[c + W] != 0) { if (i < lo) lo = i; hi = i; } }
      if (j == sj) { if (si < lo) lo = si; if (si > hi) hi = si; }
      wetLo[j] = lo; wetHi[j] = hi;
    }
    double elapsed = 0, seconds = 60;
    for (;;) {
      double remaining = seconds - elapsed;
      double dt = alpha * dx / sqrt(G * (hmax > 0.01 ? hmax : 0.01));
      int last = dt >= remaining * (1 - 1e-12); if (last) dt = remaining;
      for (int j = 0; j < H; j++) {
        int lo = wetLo[j], hi = wetHi[j];
        if (j > 0) { if (wetLo[j - 1] < lo) lo = wetLo[j - 1]; if (wetHi[j - 1] > hi) hi = wetHi[j - 1]; }
        if (j + 1 < H) { if (wetLo[j + 1] < lo) lo = wetLo[j + 1]; if (wetHi[j + 1] > hi) hi = wetHi[j + 1]; }
        if (lo > hi) { rowLo[j] = W; rowHi[j] = -1; continue; }
        lo = lo > 0 ? lo - 1 : 0; hi = hi < W - 1 ? hi + 1 : W - 1;
        rowLo[j] = lo; rowHi[j] = hi; updates += hi - lo + 1;
      }
      double gdt = G * dt, gdx = gdt / dx;
      for (int j = 0; j < H; j++) {
        int lo = rowLo[j], hi = rowHi[j]; if (lo > hi) continue;
        int first = lo > 1 ? lo : 1, lastF = hi + 1 < W - 1 ? hi + 1 : W - 1;
        double qPrev = qx[j * W1 + first - 1];
        for (int i = first; i <= lastF; i++) {
          int f = j * W1 + i, a = j * W + i - 1, b = a + 1;
          double q0 = qx[f], qL = qPrev; qPrev = q0;
          double ea = z[a] + h[a], eb = z[b] + h[b];
          double hf = (ea > eb ? ea : eb) - (z[a] > z[b] ? z[a] : z[b]);
          if (hf <= dry) { qx[f] = 0; continue; }
          double qw = theta * q0 + halfRest * (qL + qx[f + 1]); if (qw * q0 < 0) qw = q0;
          double num = qw - gdx * hf * (eb - ea);
          if (q0 == 0) { qx[f] = num; continue; }
          qx[f] = num / (1 + gdt * n2 * fabs(q0) / (hf * hf * cbrt(hf)));
        }
      }
      int pLo = 1, pHi = 0;
      for (int j = 1; j < H; j++) {
        int lo = rowLo[j - 1] < rowLo[j] ? rowLo[j - 1] : rowLo[j], hi = rowHi[j - 1] > rowHi[j] ? rowHi[j - 1] : rowHi[j];
        for (int i = lo; i <= hi; i++) {
          int f = j * W + i, a = f - W, b = f;
          double q0 = qy[f], qD = (i >= pLo && i <= pHi) ? qyOld[i] : qy[f - W]; qyOld[i] = q0;
          double ea = z[a] + h[a], eb = z[b] + h[b];
          double hf = (ea > eb ? ea : eb) - (z[a] > z[b] ? z[a] : z[b]);
          if (hf <= dry) { qy[f] = 0; continue; }
          double qw = theta * q0 + halfRest * (qD + qy[f + W]); if (qw * q0 < 0) qw = q0;
          double num = qw - gdx * hf * (eb - ea);
          if (q0 == 0) { qy[f] = num; continue; }
          qy[f] = num / (1 + gdt * n2 * fabs(q0) / (hf * hf * cbrt(hf)));
        }
        pLo = lo; pHi = hi;
      }
      h[src] += inflow * dt / area;
      for (int j = 0; j < H; j++) for (int i = rowLo[j]; i <= rowHi[j]; i++) {
        int c = j * W + i, fw = j * W1 + i;
        double qW = qx[fw], qE = qx[fw + 1], qS = qy[c], qN = qy[c + W], out = 0;
        if (qW < 0) out -= qW; if (qE > 0) out += qE; if (qS < 0) out -= qS; if (qN > 0) out += qN;
        if (out == 0) continue;
        double avail = h[c] * dx; if (out * dt <= avail) continue;
        double k = avail / (out * dt);
        if (qW < 0) qx[fw] = qW * k; if (qE > 0) qx[fw + 1] = qE * k; if (qS < 0) qy[c] = qS * k; if (qN > 0) qy[c + W] = qN * k;
      }
      hmax = 0; double dtdx = dt / dx;
      for (int j = 0; j < H; j++) {
        int wl = j == sj ? si : W, wh = j == sj ? si : -1;
        for (int i = rowLo[j]; i <= rowHi[j]; i++) {
          int c = j * W + i, fw = j * W1 + i;
          double qW = qx[fw], qE = qx[fw + 1], qS = qy[c], qN = qy[c + W];
          double v = h[c] + dtdx * (qW - qE + qS - qN); if (v < 0) v = 0; h[c] = v;
          if (v > hmax) hmax = v;
          if (v > 0 || qW != 0 || qE != 0 || qS != 0 || qN != 0) { if (i < wl) wl = i; if (i > wh) wh = i; }
        }
        wetLo[j] = wl; wetHi[j] = wh;
      }
      if (last) break; elapsed += dt;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9, stored = 0;
  for (int c = 0; c < N; c++) stored += h[c];
  printf("%.0f %.6f %.6f\n", updates, secs, stored * area);
  return 0;
}
`;

// ---- The all-wet 512² row (issue 20): the kernel against a plain JavaScript port of the textbook
// loops (floodPlainPort.ts) and our own C reference of the same scheme (c/allWet.c, `cc -O2`),
// all three on the same case (allWetCase.ts) in the same bench run. The machine is shared, so
// each is timed by its own CPU time (process.cpuUsage; CLOCK_PROCESS_CPUTIME_ID in C), not the wall clock.

/** Model time of the all-wet run: 60 s is 48 CFL sub-steps of the 512² grid, 12.8 M cell updates. */
const ALL_WET_SECONDS = 60;

export interface AllWetFigures {
  cells: number;
  /**
   * Cell updates per CPU second: the project's kernel (its WebAssembly rows where the engine runs
   * them, see `engine`), the same kernel with its JavaScript rows, the plain port, and C (null: no
   * C compiler).
   */
  tuiyan: number;
  engine: 'WebAssembly' | 'JavaScript';
  tuiyanJs: number;
  plainPort: number;
  c: number | null;
  /** Stored water after the run, m³ (the three should agree to round-off). */
  stored: { tuiyan: number; plainPort: number; c: number | null };
}

function cpuSeconds(run: () => void): number {
  const t = process.cpuUsage();
  run();
  return process.cpuUsage(t).user / 1e6;
}

export function benchAllWet(): AllWetFigures {
  // Warm each JavaScript kernel's JIT on a small grid first.
  const warm = allWetCase(64);
  advanceFlood(warm.params, warm.state, warm.sources, ALL_WET_SECONDS);
  const warmJs = allWetCase(64);
  advanceFlood(warmJs.params, warmJs.state, warmJs.sources, ALL_WET_SECONDS, createFloodScratch(warmJs.params.grid, 'js'));
  const warmPlain = allWetCase(64);
  plainPortAdvance(warmPlain.params, warmPlain.state, warmPlain.sources, ALL_WET_SECONDS);

  const ours = allWetCase();
  const scratch = createFloodScratch(ours.params.grid);
  const oursS = cpuSeconds(() => advanceFlood(ours.params, ours.state, ours.sources, ALL_WET_SECONDS, scratch));
  const js = allWetCase();
  const jsScratch = createFloodScratch(js.params.grid, 'js');
  const jsS = cpuSeconds(() => advanceFlood(js.params, js.state, js.sources, ALL_WET_SECONDS, jsScratch));
  const plain = allWetCase();
  let plainUpdates = 0;
  const plainS = cpuSeconds(() => { plainUpdates = plainPortAdvance(plain.params, plain.state, plain.sources, ALL_WET_SECONDS); });
  const c = runAllWetC();
  return {
    cells: ALL_WET_SIDE * ALL_WET_SIDE,
    tuiyan: Math.round(scratch.cellUpdates / oursS),
    engine: scratch.wasm !== null ? 'WebAssembly' : 'JavaScript',
    tuiyanJs: Math.round(jsScratch.cellUpdates / jsS),
    plainPort: Math.round(plainUpdates / plainS),
    c: c === null ? null : c.rate,
    stored: { tuiyan: storedVolume(ours.params, ours.state), plainPort: storedVolume(plain.params, plain.state), c: c === null ? null : c.stored },
  };
}

function hasCc(): boolean {
  try {
    execFileSync('cc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function runAllWetC(): { rate: number; stored: number } | null {
  if (!hasCc()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-allwet-'));
  try {
    const exe = join(dir, 'allWet');
    execFileSync('cc', ['-O2', '-o', exe, fileURLToPath(new URL('./c/allWet.c', import.meta.url)), '-lm'], { stdio: 'ignore' });
    const text = execFileSync(exe, [String(ALL_WET_SIDE), String(ALL_WET_CELL), String(ALL_WET_SECONDS)], { encoding: 'utf8' });
    const [updates, secs, stored] = text.trim().split(/\s+/).map(Number);
    return { rate: Math.round(updates / secs), stored };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
