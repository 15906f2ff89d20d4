// Benchmark row "fire, full arrival-time recompute on 512×512" (DESIGN.md: aim ≤ 200 ms).
// A synthetic district: 30 m cells, rolling hills from a sum of sines (up to ~40 % slopes), a
// patchwork of grass, shrub, timber-litter and slash fuels, a river and two roads that do not
// burn (with gaps), a dry summer afternoon with a 4 m/s midflame wind. One ignition near the centre; the
// whole grid is recomputed (no time limit), as after a change of wind or a new fire break.

import {
  fireArrivalTimes,
  fireFuelIndex,
  prepareFireCells,
  type FireLandscape,
  type FireWeather,
} from '../../sim-core/hazards/fire/spread.ts';

const SIDE = 512;

export function syntheticFireLandscape(): FireLandscape {
  const n = SIDE * SIDE;
  const cellSize = 30;
  const elevation = new Float32Array(n);
  const fuel = new Uint8Array(n);
  const palette = ['GR2', 'GR4', 'GS2', 'SH5', 'TU1', 'TL3', 'TL8', 'SB2', 2, 4, 8, 10].map((k) => fireFuelIndex(k));
  for (let j = 0; j < SIDE; j++) {
    for (let i = 0; i < SIDE; i++) {
      const x = i / SIDE, y = j / SIDE;
      const z = 120 * Math.sin(7 * x + 1.3) * Math.cos(5 * y - 0.4) + 60 * Math.sin(17 * (x + y)) + 25 * Math.cos(31 * x - 23 * y);
      const c = j * SIDE + i;
      elevation[c] = 400 + z;
      // Fuel patches ~20 cells across, chosen by a fixed integer hash of the patch.
      const p = Math.imul((i >> 4) * 73856093 ^ (j >> 4) * 19349663, 2654435761) >>> 0;
      fuel[c] = palette[p % palette.length];
      // Breaks with gaps (fords, unbuilt stretches), so the fire still reaches most of the map.
      const river = Math.abs(j - 256 - 40 * Math.sin(i / 37)) < 1.5 && i % 96 > 4;
      const road = (i === 128 && j % 128 > 6) || (j === 384 && i % 128 > 6);
      if (river || road) fuel[c] = 0;
    }
  }
  return { width: SIDE, height: SIDE, cellSize, fuel, elevation };
}

export const BENCH_WEATHER: FireWeather = {
  moisture: { d1: 6, d10: 8, d100: 10, liveHerb: 60, liveWoody: 90 },
  windSpeed: 4,
  windDir: 60,
};

export function benchFire(): { cells: number; msPerRecompute: number } {
  const land = syntheticFireLandscape();
  const cells = prepareFireCells(land, BENCH_WEATHER);
  const ignitions = [{ cell: 300 * SIDE + 200, t: 0 }];
  const out = new Float64Array(SIDE * SIDE);
  for (let k = 0; k < 3; k++) fireArrivalTimes(land, cells, ignitions, Infinity, null, out);
  const times: number[] = [];
  for (let k = 0; k < 11; k++) {
    const t0 = performance.now();
    fireArrivalTimes(land, cells, ignitions, Infinity, null, out);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { cells: SIDE * SIDE, msPerRecompute: times[times.length >> 1] };
}
