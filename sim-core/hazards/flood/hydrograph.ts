// Piecewise-linear time series ([[t, value]…], times strictly increasing), as used by the flood
// case's inflow hydrographs and rain. Before the first time and after the last the end values
// hold (LISFLOOD-FP's .bdy series behave the same way).

export type Series = readonly (readonly [number, number])[];

/** Value at time t, linearly interpolated. */
export function seriesAt(series: Series, t: number): number {
  const n = series.length;
  if (n === 0) return 0;
  if (t <= series[0][0]) return series[0][1];
  if (t >= series[n - 1][0]) return series[n - 1][1];
  let lo = 0, hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (series[mid][0] <= t) lo = mid; else hi = mid;
  }
  const [t0, v0] = series[lo], [t1, v1] = series[hi];
  return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
}

/** Mean value over [t0, t1]: exact for a linear series when no breakpoint lies inside. */
export function seriesMean(series: Series, t0: number, t1: number): number {
  return seriesAt(series, 0.5 * (t0 + t1));
}

/** Breakpoint times strictly inside (t0, t1), ascending. */
export function breakpointsWithin(series: Series, t0: number, t1: number, into: number[]): void {
  for (const [t] of series) if (t > t0 && t < t1) into.push(t);
}
