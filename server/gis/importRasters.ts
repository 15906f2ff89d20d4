// The grid's rasters from GeoTIFFs: the DEM (tiles mosaicked, bilinear at the cell centres,
// nodata filled from the edges of each hole) and the land cover (nearest pixel, class table).
import { existsSync } from 'node:fs';
import type { ImportConfig } from '../../scenarios/import/importConfig.ts';
import { LAND_COVER_PRESETS } from '../../scenarios/import/importConfig.ts';
import { fillGaps, sampleBilinear, sampleNearest } from '../../scenarios/import/sourceRaster.ts';
import { LAND_COVER, type LandCoverName } from '../../sim-core/world/landCover.ts';
import { type Crs, parseCrs, transformer, transformLattice } from './crs.ts';
import { readGeotiff } from './geotiffFiles.ts';
import type { Collector, CrsOf, Grid, XY } from './importContext.ts';

function cellCentres(crs: Crs, src: Crs, origin: XY, grid: Grid): Float64Array {
  return transformLattice(grid.width, grid.height, (i, j) => [origin[0] + (i + 0.5) * grid.cellSize, origin[1] + (j + 0.5) * grid.cellSize], transformer(crs, src));
}

export async function demRaster(cfg: ImportConfig, crs: Crs, origin: XY, grid: Grid, at: (p: string) => string, cfgName: string, c: Collector, crsOf: CrsOf): Promise<Float32Array | null> {
  const n = grid.width * grid.height;
  const values = new Float64Array(n).fill(NaN);
  let ok = true;
  for (const [k, file] of cfg.dem.files.entries()) {
    if (!existsSync(at(file))) { c.add(cfgName, `dem.files[${k}]`, `file ${file} not found`); ok = false; continue; }
    let tile;
    try { tile = await readGeotiff(at(file)); } catch (err) { c.add(file, '$', (err as Error).message); ok = false; continue; }
    if (cfg.dem.nodata !== undefined) tile.nodata = cfg.dem.nodata;
    const tileCrs = crsOf(cfg.dem.crs, 'dem.crs', tile.epsg !== null ? parseCrs(tile.epsg) : null);
    if (!tileCrs) { c.add(file, '$', `unknown CRS (EPSG ${tile.epsg}); give dem.crs`); ok = false; continue; }
    // Tiles are mosaicked: each cell takes the first tile that has a value there.
    const pts = cellCentres(crs, tileCrs, origin, grid);
    for (let cell = 0; cell < n; cell++) if (Number.isNaN(values[cell])) values[cell] = sampleBilinear(tile, pts[2 * cell], pts[2 * cell + 1]);
  }
  if (!ok) return null;
  let empty = 0;
  for (let cell = 0; cell < n; cell++) if (Number.isNaN(values[cell])) empty++;
  if (empty === n) { c.add(cfg.dem.files[0], '$', 'the DEM does not cover the district at all (check its CRS)'); return null; }
  // Nodata holes and a margin the tiles miss are filled from their edges.
  if (empty) fillGaps(grid.width, grid.height, values);
  return Float32Array.from(values);
}

export async function landCoverRaster(cfg: ImportConfig, crs: Crs, origin: XY, grid: Grid, at: (p: string) => string, cfgName: string, c: Collector, crsOf: CrsOf): Promise<Uint8Array | null> {
  const file = cfg.landCover.file;
  if (!existsSync(at(file))) { c.add(cfgName, 'landCover.file', `file ${file} not found`); return null; }
  let r;
  try { r = await readGeotiff(at(file)); } catch (err) { c.add(file, '$', (err as Error).message); return null; }
  const srcCrs = crsOf(cfg.landCover.crs, 'landCover.crs', r.epsg !== null ? parseCrs(r.epsg) : null);
  if (!srcCrs) { c.add(file, '$', `unknown CRS (EPSG ${r.epsg}); give landCover.crs`); return null; }
  const table: Record<string, LandCoverName> = typeof cfg.landCover.classes === 'string'
    ? Object.fromEntries(Object.entries(LAND_COVER_PRESETS[cfg.landCover.classes]).map(([k, v]) => [String(k), v]))
    : cfg.landCover.classes;
  const fallback = cfg.landCover.fallback ? LAND_COVER[cfg.landCover.fallback] : 0;
  const pts = cellCentres(crs, srcCrs, origin, grid);
  const n = grid.width * grid.height;
  const out = new Uint8Array(n);
  const unmapped = new Map<number, number>();
  let uncovered = 0;
  for (let cell = 0; cell < n; cell++) {
    const v = sampleNearest(r, pts[2 * cell], pts[2 * cell + 1]);
    if (Number.isNaN(v)) { uncovered++; out[cell] = fallback; continue; }
    const name = table[String(v)];
    if (name) out[cell] = LAND_COVER[name];
    else { unmapped.set(v, (unmapped.get(v) ?? 0) + 1); out[cell] = fallback; }
  }
  if (!fallback) {
    for (const [code, count] of [...unmapped].sort((a, b) => a[0] - b[0])) c.add(file, `class ${code}`, `${count} cells have class ${code}, which landCover.classes does not map (add it, or set landCover.fallback)`);
    if (uncovered) c.add(file, '$', `${uncovered} cells of the district have no land cover (the raster does not cover them; set landCover.fallback)`);
  }
  return out;
}
