// Land cover from the finished terrain. Water (lakes, rivers) and built-up patches are fixed
// first; then exactly round(forestShare · cells) cells become forest: those with the highest
// forest score (higher, steeper ground, with a noise term for patchiness). The cut-off is found
// from a histogram of the score, and the cells in the cut-off bin are taken in index order, so
// the count is exact and the choice depends on nothing but the inputs. What is left becomes
// cropland on gentle ground, bare rock on the steep high crags, shrub or grass elsewhere.
import type { Grid } from '../../sim-core/world/grid.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import type { TerrainSpec } from '../schema.ts';
import { valueNoise } from './noise.ts';

const BINS = 8192;
const SCORE_MIN = -1, SCORE_MAX = 3;
/** Slopes (rise over run) below which open land is farmed. */
const CROP_SLOPE = 0.12;

/** Slope magnitude by central differences (one-sided on the grid edge). */
export function slopeOf(grid: Grid, elevation: ArrayLike<number>): Float64Array {
  const { width, height, cellSize } = grid;
  const out = new Float64Array(width * height);
  for (let j = 0; j < height; j++) {
    const jn = Math.min(height - 1, j + 1), js = Math.max(0, j - 1);
    for (let i = 0; i < width; i++) {
      const ie = Math.min(width - 1, i + 1), iw = Math.max(0, i - 1);
      const gx = (elevation[j * width + ie] - elevation[j * width + iw]) / ((ie - iw) * cellSize);
      const gy = (elevation[jn * width + i] - elevation[js * width + i]) / ((jn - js) * cellSize);
      out[j * width + i] = Math.sqrt(gx * gx + gy * gy);
    }
  }
  return out;
}

export function classifyLandCover(
  grid: Grid, spec: TerrainSpec, elevation: ArrayLike<number>, water: Uint8Array, dam: Uint8Array,
): Uint8Array {
  const { width, height, cellSize } = grid;
  const n = width * height;
  const cover = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    if (water[c]) cover[c] = LAND_COVER.water;
    else if (dam[c]) cover[c] = LAND_COVER.built;
  }
  for (const [x, y, r] of spec.builtUp) {
    const iMin = Math.max(0, Math.floor((x - r) / cellSize)), iMax = Math.min(width - 1, Math.floor((x + r) / cellSize));
    const jMin = Math.max(0, Math.floor((y - r) / cellSize)), jMax = Math.min(height - 1, Math.floor((y + r) / cellSize));
    for (let j = jMin; j <= jMax; j++) {
      for (let i = iMin; i <= iMax; i++) {
        const dx = (i + 0.5) * cellSize - x, dy = (j + 0.5) * cellSize - y;
        const c = j * width + i;
        if (dx * dx + dy * dy <= r * r && !cover[c]) cover[c] = LAND_COVER.built;
      }
    }
  }

  const slope = slopeOf(grid, elevation);
  const relief = spec.peakLevel - spec.plainLevel;
  const score = new Float64Array(n);
  const bin = new Int32Array(n);
  const hist = new Int32Array(BINS);
  const patch = 2000;
  for (let c = 0; c < n; c++) {
    if (cover[c]) continue;
    const i = c % width, j = (c - i) / width;
    const x = (i + 0.5) * cellSize, y = (j + 0.5) * cellSize;
    const rel = Math.min(1, Math.max(0, (elevation[c] - spec.plainLevel) / relief));
    const noise = valueNoise(x / patch, y / patch, spec.seed + 101) - 0.5;
    // Steep high crags stay bare rock, never forest.
    if (rel > 0.6 && slope[c] > 0.9) {
      cover[c] = LAND_COVER.bare;
      continue;
    }
    // Flat ground (plain, valley floors) is farmed first: its height counts only as it tilts.
    // Sunny south-facing slopes (height rising northward) carry shrub and grass rather than
    // forest, as in the hills north of Beijing (阳坡灌草、阴坡林).
    const tilt = Math.min(1, 0.15 + slope[c] / 0.15);
    const jn = Math.min(height - 1, j + 1), js = Math.max(0, j - 1);
    const northward = (elevation[jn * width + i] - elevation[js * width + i]) / ((jn - js) * cellSize);
    const sunny = Math.min(Math.max(northward, 0), 0.4);
    const mountain = Math.min(1, rel / 0.12) * tilt;
    const s = 0.3 + 0.8 * mountain - 3.5 * sunny + 0.6 * noise;
    score[c] = s;
    const b = Math.floor(((s - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * BINS);
    bin[c] = b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
    hist[bin[c]]++;
  }

  // The cut-off bin: highest bins first until the target count is reached.
  let need = Math.round(spec.forestShare * n);
  let cut = BINS - 1;
  while (cut >= 0 && hist[cut] < need) need -= hist[cut--];
  for (let c = 0; c < n; c++) {
    if (cover[c]) continue;
    if (bin[c] > cut) cover[c] = LAND_COVER.forest;
    else if (bin[c] === cut && need > 0) {
      cover[c] = LAND_COVER.forest;
      need--;
    }
  }

  for (let c = 0; c < n; c++) {
    if (cover[c]) continue;
    const i = c % width, j = (c - i) / width;
    if (slope[c] < CROP_SLOPE) cover[c] = LAND_COVER.cropland;
    else {
      const noise = valueNoise((i + 0.5) * cellSize / 700, (j + 0.5) * cellSize / 700, spec.seed + 131);
      cover[c] = noise < 0.6 ? LAND_COVER.shrub : LAND_COVER.grass;
    }
  }
  return cover;
}
