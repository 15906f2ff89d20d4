// Benchmark row "plume, full recompute on 512×512" (issue 19: aim ≤ 50 ms). A chlorine release
// of 1 kg/s at 2 m in a town (Briggs urban, class D, 3 m/s), 10 m cells, source near the
// south-west so most of the grid lies downwind; the whole field is recomputed, as after a
// wind shift.
import { plumeField, type PlumeSource, type PlumeWeather } from '../../sim-core/hazards/plume/field.ts';

const SIDE = 512;

export function benchPlume(): { cells: number; msPerRecompute: number } {
  const grid = { width: SIDE, height: SIDE, cellSize: 10 };
  const source: PlumeSource = { kind: 'continuous', x: 805, y: 805, height: 2, rate: 1000 };
  const weather: PlumeWeather = { speed: 3, dir: 45, stability: 'D', scheme: 'briggsUrban' };
  const out = new Float64Array(SIDE * SIDE);
  for (let k = 0; k < 3; k++) plumeField(source, weather, grid, 1.5, undefined, out);
  const times: number[] = [];
  for (let k = 0; k < 11; k++) {
    const t0 = performance.now();
    plumeField(source, { ...weather, dir: 45 + k }, grid, 1.5, undefined, out);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { cells: SIDE * SIDE, msPerRecompute: times[times.length >> 1] };
}
