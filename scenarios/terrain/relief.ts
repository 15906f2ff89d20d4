// The uncarved land surface: a plain in the south rising through a mountain front to ridges
// in the north. Mountain height = front mask × massif noise × ridged detail.
import type { Grid } from '../../sim-core/world/grid.ts';
import type { TerrainSpec } from '../schema.ts';
import { fbm, ridgedFbm, smoothstep, valueNoise } from './noise.ts';

/** Share of the grid height over which the mountains rise from the front to full height. */
const FRONT_RISE = 0.32;
/** How far (share of the height) the front wanders north and south along its length. */
const FRONT_WANDER = 0.16;
/** The plain climbs this much (m) from the south edge to the front. */
const PLAIN_RISE = 30;
/** Height of the long swells on the plain, m. */
const PLAIN_SWELL = 40;
/** Domain-warp strength, in feature sizes. */
const WARP = 1.5;
/** The long-wave fields (warp, front, massifs) are sampled every COARSE cells and blended
 *  bilinearly in between: they hardly change over a few cells, and this halves the work. */
const COARSE = 4;

export function baseElevation(grid: Grid, spec: TerrainSpec): Float64Array {
  const { width, height, cellSize } = grid;
  const out = new Float64Array(width * height);
  const totalH = height * cellSize;
  const relief = spec.peakLevel - spec.plainLevel;
  const f = spec.featureSize;
  const massif = 3 * f;

  // Long-wave fields on the coarse lattice: warp x, warp y, front wander, massif height.
  const cw = Math.floor((width - 1) / COARSE) + 2, ch = Math.floor((height - 1) / COARSE) + 2;
  const fields = new Float64Array(cw * ch * 4);
  for (let q = 0; q < ch; q++) {
    for (let p = 0; p < cw; p++) {
      const x = (p * COARSE + 0.5) * cellSize, y = (q * COARSE + 0.5) * cellSize;
      const k = (q * cw + p) * 4;
      // Domain warp: the noise is sampled at a displaced point, so ridges bend and branch.
      fields[k] = WARP * f * (fbm(x / massif, y / massif, spec.seed + 51, 3) - 0.5);
      fields[k + 1] = WARP * f * (fbm(x / massif, y / massif, spec.seed + 53, 3) - 0.5);
      fields[k + 2] = FRONT_WANDER * (valueNoise(x / massif, y / massif, spec.seed + 11) - 0.5);
      fields[k + 3] = valueNoise(x / massif, y / massif, spec.seed + 23);
    }
  }

  for (let j = 0; j < height; j++) {
    const q = Math.floor(j / COARSE), ty = (j - q * COARSE) / COARSE;
    const y0 = (j + 0.5) * cellSize;
    for (let i = 0; i < width; i++) {
      const p = Math.floor(i / COARSE), tx = (i - p * COARSE) / COARSE;
      const k00 = (q * cw + p) * 4, k10 = k00 + 4, k01 = k00 + cw * 4, k11 = k01 + 4;
      const w00 = (1 - tx) * (1 - ty), w10 = tx * (1 - ty), w01 = (1 - tx) * ty, w11 = tx * ty;
      const x = (i + 0.5) * cellSize + w00 * fields[k00] + w10 * fields[k10] + w01 * fields[k01] + w11 * fields[k11];
      const y = y0 + w00 * fields[k00 + 1] + w10 * fields[k10 + 1] + w01 * fields[k01 + 1] + w11 * fields[k11 + 1];
      const wander = w00 * fields[k00 + 2] + w10 * fields[k10 + 2] + w01 * fields[k01 + 2] + w11 * fields[k11 + 2];
      const big = w00 * fields[k00 + 3] + w10 * fields[k10 + 3] + w01 * fields[k01 + 3] + w11 * fields[k11 + 3];
      const yN = y / totalH;
      const mask = smoothstep((yN - spec.mountainFront - wander) / FRONT_RISE);
      const ridge = ridgedFbm(x / f, y / f, spec.seed + 37, spec.octaves);
      const detail = fbm(x / f, y / f, spec.seed + 41, spec.octaves);
      const shape = (0.35 + 0.65 * big) * (0.55 * ridge + 0.45 * detail);
      // The plain: a gentle rise to the front, long swells (so rivers wander and meet) and a
      // little roughness.
      const plain = spec.plainLevel + PLAIN_RISE * Math.min(1, yN / Math.max(spec.mountainFront, 1e-9))
        + PLAIN_SWELL * (big - 0.5) + 6 * (detail - 0.5);
      out[j * width + i] = plain + relief * mask * shape * 1.35;
    }
  }
  return out;
}
