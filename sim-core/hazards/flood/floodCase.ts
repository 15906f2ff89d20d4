// The `tuiyan model flood` case (DESIGN.md, "Case files"): one run of the local-inertial model
// on a grid given as plain JSON, with gauges read every `every` seconds. Never throws: bad input
// comes back as errors with JSON paths (floodCaseInput.ts).
//
// Sources are held constant over chunks of at most MAX_CHUNK seconds that never straddle a
// hydrograph or rain breakpoint or an output time; each chunk uses the series value at its
// midpoint, which is the exact mean of a linear segment, so the volume added equals the
// integral of the piecewise-linear series. An inflow is spread evenly over its cells.

import { breakpointsWithin, seriesMean } from './hydrograph.ts';
import { parseFloodCase, type CaseError } from './floodCaseInput.ts';
import { createFloodState, storedVolume, type FloodParams, type FloodSources } from './floodState.ts';
import { advanceFlood, createFloodScratch } from './localInertial.ts';

interface FloodCaseResult {
  /** Output times, s. */
  times: number[];
  /** depth[k][g]: depth at gauge g at times[k], m. */
  depth: number[][];
  /** level[k][g]: ground + depth, m. */
  level: number[][];
  /** m³; error = (inflow + rain − outflow − stored) / (inflow + rain), 0 when nothing came in. */
  volume: { inflow: number; rain: number; stored: number; outflow: number; error: number };
  /** CFL sub-steps taken. */
  steps: number;
}

type FloodCaseOutcome = { ok: true; result: FloodCaseResult } | { ok: false; errors: CaseError[] };

/** Longest span with constant sources, s. */
const MAX_CHUNK = 60;
const MM_PER_HOUR = 1 / 3_600_000; // m/s

export function runFloodCase(input: unknown): FloodCaseOutcome {
  const errors: CaseError[] = [];
  const c = parseFloodCase(input, errors);
  if (c === null || errors.length > 0) return { ok: false, errors };

  const grid = { width: c.width, height: c.height, cellSize: c.cellSize };
  const params: FloodParams = {
    grid,
    elevation: Float64Array.from(c.elevation),
    manning: typeof c.manning === 'number' ? c.manning : Float32Array.from(c.manning),
    open: c.open,
  };
  const state = createFloodState(grid);
  const scratch = createFloodScratch(grid);
  const sources: FloodSources = { rainRate: 0, inflows: [] };
  for (const inflow of c.inflows) for (const cell of inflow.cells) sources.inflows.push({ cell, rate: 0 });

  const outputTimes: number[] = [];
  for (let k = 0; k * c.every < c.duration; k++) outputTimes.push(k * c.every);
  outputTimes.push(c.duration);

  const result: FloodCaseResult = { times: [], depth: [], level: [], volume: { inflow: 0, rain: 0, stored: 0, outflow: 0, error: 0 }, steps: 0 };
  const record = (t: number) => {
    result.times.push(t);
    result.depth.push(c.gauges.map((g) => state.depth[g]));
    result.level.push(c.gauges.map((g) => c.elevation[g] + state.depth[g]));
  };

  record(0);
  const cuts: number[] = [];
  for (let k = 1; k < outputTimes.length; k++) {
    const t0 = outputTimes[k - 1], t1 = outputTimes[k];
    cuts.length = 0;
    for (const inflow of c.inflows) breakpointsWithin(inflow.hydrograph, t0, t1, cuts);
    breakpointsWithin(c.rain, t0, t1, cuts);
    cuts.push(t1);
    cuts.sort((a, b) => a - b);
    let t = t0;
    for (const cut of cuts) {
      while (t < cut) {
        const next = cut - t > MAX_CHUNK ? t + MAX_CHUNK : cut;
        let s = 0;
        for (const inflow of c.inflows) {
          const rate = seriesMean(inflow.hydrograph, t, next) / inflow.cells.length;
          for (let m = 0; m < inflow.cells.length; m++) sources.inflows[s++].rate = rate;
        }
        sources.rainRate = c.rain.length > 0 ? seriesMean(c.rain, t, next) * MM_PER_HOUR : 0;
        result.steps += advanceFlood(params, state, sources, next - t, scratch);
        t = next;
      }
    }
    record(t1);
  }

  const stored = storedVolume(params, state);
  const { inflow, rain, outflow } = state.totals;
  const input_ = inflow + rain;
  result.volume = { inflow, rain, stored, outflow, error: input_ > 0 ? (input_ - outflow - stored) / input_ : 0 };
  return { ok: true, result };
}
