// Land-cover classes of the district raster (Uint8). The hazards map them to Manning's n,
// infiltration and fuel models; keep the codes stable, scenario rasters store them.
export const LAND_COVER = {
  water: 1,     // 水体: rivers, reservoirs, ponds
  forest: 2,    // 林地
  shrub: 3,     // 灌木
  grass: 4,     // 草地
  cropland: 5,  // 耕地 / 园地
  built: 6,     // 建设用地: towns and villages
  bare: 7,      // 裸岩
} as const;

export type LandCoverName = keyof typeof LAND_COVER;
export const LAND_COVER_NAMES = Object.keys(LAND_COVER) as LandCoverName[];
export const LAND_COVER_MAX = 7;

/** Share of the grid in each class, keyed by name (cells of unknown code are ignored). */
export function landCoverShares(landCover: Uint8Array): Record<LandCoverName, number> {
  const counts = new Float64Array(LAND_COVER_MAX + 1);
  for (let c = 0; c < landCover.length; c++) counts[landCover[c]]++;
  const out = {} as Record<LandCoverName, number>;
  for (const name of LAND_COVER_NAMES) out[name] = counts[LAND_COVER[name]] / landCover.length;
  return out;
}
