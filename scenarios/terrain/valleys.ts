// Valleys carved into the relief along authored polylines, so rivers, roads and villages have
// somewhere to be. Across a valley the section is flat over the middle, then rises as a
// smoothstep to the untouched surface at halfWidth:
//   z = floor + CROSS_FALL·d + (z₀ − floor) · smoothstep((d/halfWidth − FLAT) / (1 − FLAT))
// with floor interpolated along the segment. Each segment carves the *uncarved* surface and a
// cell keeps the lowest result, so the result does not depend on the order of the valleys.
// The distance d is stretched by noise (±WOBBLE of the half-width) so the banks, and the
// shores of a reservoir filling the valley, wander instead of running dead straight.
import { forCellsNearSegment } from './nearSegment.ts';
import type { Grid } from '../../sim-core/world/grid.ts';
import type { TerrainSpec } from '../schema.ts';
import { smoothstep, valueNoise } from './noise.ts';

/** Share of the half-width that is flat valley floor. */
const FLAT = 0.2;
const WOBBLE = 0.35;
/** Cross fall of the floor toward the centre line (rise over run). */
const CROSS_FALL = 0.01;
/** Wavelength of the bank wobble, metres. */
const WOBBLE_SIZE = 1200;

export function carveValleys(grid: Grid, base: Float64Array, valleys: TerrainSpec['valleys'], seed: number): Float64Array {
  const out = base.slice();
  for (const valley of valleys) {
    const hw = valley.halfWidth;
    for (let k = 0; k + 1 < valley.path.length; k++) {
      const [x0, y0, f0] = valley.path[k];
      const [x1, y1, f1] = valley.path[k + 1];
      forCellsNearSegment(grid, x0, y0, x1, y1, hw, (c, px, py, d2, t) => {
        const d = Math.sqrt(d2)
          + WOBBLE * hw * (valueNoise(px / WOBBLE_SIZE, py / WOBBLE_SIZE, seed + 61) - 0.5);
        if (d >= hw) return;
        const floor = f0 + (f1 - f0) * t;
        const z0 = base[c];
        if (z0 <= floor) return;
        // The floor dips gently to the centre line so water gathers in one stream there.
        const carved = floor + CROSS_FALL * Math.abs(d) + (z0 - floor) * smoothstep((d / hw - FLAT) / (1 - FLAT));
        if (carved < out[c]) out[c] = carved;
      });
    }
  }
  return out;
}
