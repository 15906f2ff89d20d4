// The grid's rasters from GeoTIFFs: the DEM (tiles mosaicked, bilinear at the cell centres,
// nodata filled from the edges of each hole) and the land cover (nearest pixel of a classified
// raster, or the polygon a cell's centre lies in; codes mapped by the class table).
import { existsSync } from 'node:fs';
import type { ImportConfig } from '../../scenarios/import/importConfig.ts';
import { LAND_COVER_PRESETS } from '../../scenarios/import/importConfig.ts';
import { fillGaps, sampleBilinear, sampleNearest } from '../../scenarios/import/sourceRaster.ts';
import { LAND_COVER, type LandCoverName } from '../../sim-core/world/landCover.ts';
import { type Crs, parseCrs, transformer, transformLattice } from './crs.ts';
import { readGeotiff } from './geotiffFiles.ts';
import { type Collector, type CrsOf, type Grid, type ToLocal, type XY, featureCrs, readFeatures } from './importContext.ts';
import { cellsInside } from '../../scenarios/resolveHazards.ts';
import { insidePolygon } from '../../scenarios/terrain/lakes.ts';

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

/** Land-cover codes per cell from a classified GeoTIFF (nearest pixel); null where it has none. */
async function codesFromRaster(cfg: ImportConfig, crs: Crs, origin: XY, grid: Grid, at: (p: string) => string, c: Collector, crsOf: CrsOf): Promise<(string | null)[] | null> {
  const file = cfg.landCover.file;
  let r;
  try { r = await readGeotiff(at(file)); } catch (err) { c.add(file, '$', (err as Error).message); return null; }
  const srcCrs = crsOf(cfg.landCover.crs, 'landCover.crs', r.epsg !== null ? parseCrs(r.epsg) : null);
  if (!srcCrs) { c.add(file, '$', `unknown CRS (EPSG ${r.epsg}); give landCover.crs`); return null; }
  const pts = cellCentres(crs, srcCrs, origin, grid);
  const out: (string | null)[] = new Array(grid.width * grid.height);
  for (let cell = 0; cell < out.length; cell++) {
    const v = sampleNearest(r, pts[2 * cell], pts[2 * cell + 1]);
    out[cell] = Number.isNaN(v) ? null : String(v);
  }
  return out;
}

/**
 * Land-cover codes per cell from polygons (GeoJSON, e.g. a land survey's 地类图斑 with its
 * 地类编码 DLBM): a cell takes the class of the polygon its centre lies in (holes excepted; a
 * later feature over an earlier one wins).
 */
async function codesFromPolygons(cfg: ImportConfig, grid: Grid, at: (p: string) => string, local: ToLocal, c: Collector): Promise<(string | null)[] | null> {
  const file = cfg.landCover.file;
  const doc = await readFeatures(at(file), file, c);
  if (!doc) return null;
  const fromCrs = featureCrs(doc, cfg.landCover.crs);
  if (!fromCrs) { c.add(file, '$', 'unknown CRS (give landCover.crs)'); return null; }
  const toLocal = local(fromCrs);
  const out: (string | null)[] = new Array(grid.width * grid.height).fill(null);
  const field = cfg.landCover.classField;
  doc.features.forEach((f, k) => {
    const code = f.properties?.[field];
    if (code === undefined || code === null || code === '') { c.add(file, `#${k + 1}:${field}`, 'no land-cover class'); return; }
    const g = f.geometry;
    const polygons = g?.type === 'Polygon' ? [g.coordinates as number[][][]] : g?.type === 'MultiPolygon' ? (g.coordinates as number[][][][]) : null;
    if (!polygons) { c.add(file, `#${k + 1}:geometry`, 'a land-cover feature is a Polygon or MultiPolygon'); return; }
    for (const rings of polygons) {
      const [outer, ...holes] = rings.map((ring) => ring.map(([x, y]) => toLocal(x, y)));
      const { cellSize, width } = grid;
      for (const cell of cellsInside(grid, outer)) {
        const i = cell % width, j = (cell - i) / width;
        if (holes.some((h) => insidePolygon(h, (i + 0.5) * cellSize, (j + 0.5) * cellSize))) continue;
        out[cell] = String(code);
      }
    }
  });
  return out;
}

export async function landCoverRaster(cfg: ImportConfig, crs: Crs, origin: XY, grid: Grid, at: (p: string) => string, cfgName: string, c: Collector, crsOf: CrsOf, local: ToLocal): Promise<Uint8Array | null> {
  const file = cfg.landCover.file;
  if (!existsSync(at(file))) { c.add(cfgName, 'landCover.file', `file ${file} not found`); return null; }
  const codes = /\.((geo)?json|shp)$/i.test(file) ? await codesFromPolygons(cfg, grid, at, local, c) : await codesFromRaster(cfg, crs, origin, grid, at, c, crsOf);
  if (!codes) return null;
  const table: Record<string, LandCoverName> = typeof cfg.landCover.classes === 'string'
    ? Object.fromEntries(Object.entries(LAND_COVER_PRESETS[cfg.landCover.classes]).map(([k, v]) => [String(k), v]))
    : cfg.landCover.classes;
  const fallback = cfg.landCover.fallback ? LAND_COVER[cfg.landCover.fallback] : 0;
  const out = new Uint8Array(codes.length);
  const unmapped = new Map<string, number>();
  let uncovered = 0;
  for (let cell = 0; cell < codes.length; cell++) {
    const code = codes[cell];
    if (code === null) { uncovered++; out[cell] = fallback; continue; }
    const name = table[code];
    if (name) out[cell] = LAND_COVER[name];
    else { unmapped.set(code, (unmapped.get(code) ?? 0) + 1); out[cell] = fallback; }
  }
  if (!fallback) {
    for (const [code, count] of [...unmapped].sort((a, b) => (a[0] < b[0] ? -1 : 1))) c.add(file, `class ${code}`, `${count} cells have class ${code}, which landCover.classes does not map (add it, or set landCover.fallback)`);
    if (uncovered) c.add(file, '$', `${uncovered} cells of the district have no land cover (the ${/(json|shp)$/i.test(file) ? 'polygons do' : 'raster does'} not cover them; set landCover.fallback)`);
  }
  return out;
}
