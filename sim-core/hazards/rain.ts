// Rain over zones: hyetographs as steps — from each [t, mm/h] point on, that rate falls until
// the next point (and the last rate until the series is replaced). A rain inject replaces a
// zone's series from its time on: the forecast in the scenario can be wrong, the inject is what
// really falls.
type RainSeries = readonly (readonly [number, number])[];

/** Millimetres that fall between t0 and t1 (exact integral of the step series). */
export function rainDepthBetween(series: RainSeries, t0: number, t1: number): number {
  let mm = 0;
  for (let k = 0; k < series.length; k++) {
    const start = Math.max(series[k][0], t0);
    const end = Math.min(k + 1 < series.length ? series[k + 1][0] : Infinity, t1);
    if (end > start) mm += (series[k][1] * (end - start)) / 3600;
  }
  return mm;
}
