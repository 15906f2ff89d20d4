// The 238 at-risk villages (险村): put by the gullies of each township's territory (the cells
// nearer its seat than any other), in a seeded random order with a minimum spacing that is
// relaxed only if a township runs out of room.
import type { SiteRegister } from './sites.ts';
import type { TerrainInfo } from './terrainAnalysis.ts';
import type { Prng } from './prng.ts';

export interface Seat {
  id: string;
  cell: number;
  x: number;
  y: number;
}

/** Passes tried in order: [spacing m, max height above the gully m, max slope]. */
const PASSES: ReadonlyArray<readonly [number, number, number]> = [
  [1100, 8, 0.12], [900, 15, 0.15], [700, 25, 0.2], [500, 40, 0.3], [350, 80, 0.5],
];
/** Villages keep this far from their township seat (the seat is a town, not a village). */
const SEAT_CLEARANCE = 900;

/** Index into `seats` of the nearest seat to every cell (ties to the lower index). */
export function territories(info: TerrainInfo, seats: Seat[]): Int32Array {
  const { width, cellSize } = info.grid;
  const owner = new Int32Array(width * info.grid.height);
  for (let c = 0; c < owner.length; c++) {
    const i = c % width, j = (c - i) / width;
    const x = (i + 0.5) * cellSize, y = (j + 0.5) * cellSize;
    let best = 0, bestD2 = Infinity;
    for (let k = 0; k < seats.length; k++) {
      const d2 = (seats[k].x - x) * (seats[k].x - x) + (seats[k].y - y) * (seats[k].y - y);
      if (d2 < bestD2) {
        bestD2 = d2;
        best = k;
      }
    }
    owner[c] = best;
  }
  return owner;
}

/** Cells for `count` villages of township `k`; taken in `sites`. */
export function placeVillages(
  info: TerrainInfo, sites: SiteRegister, owner: Int32Array, seats: Seat[], k: number, count: number, rng: Prng,
): number[] {
  const seat = seats[k];
  const candidates: number[] = [];
  for (let c = 0; c < owner.length; c++) {
    if (owner[c] !== k || info.water[c] || info.layers.dam[c] || !info.mainland[c]) continue;
    const [x, y] = sites.centre(c);
    const dx = x - seat.x, dy = y - seat.y;
    if (dx * dx + dy * dy < SEAT_CLEARANCE * SEAT_CLEARANCE) continue;
    candidates.push(c);
  }
  rng.shuffle(candidates);
  const out: number[] = [];
  for (const [spacing, height, slope] of PASSES) {
    for (const c of candidates) {
      if (out.length === count) return out;
      if (info.heightAboveGully[c] > height || info.slope[c] > slope) continue;
      const [x, y] = sites.centre(c);
      if (!sites.clear(x, y, spacing)) continue;
      out.push(sites.take(c));
    }
  }
  if (out.length < count) throw new Error(`township ${seat.id}: room for ${out.length} of ${count} villages`);
  return out;
}
