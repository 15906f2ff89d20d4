// What the parts of an import share: the problem collector, reading vector files (GeoJSON,
// shapefiles) with their CRS, and the small types passed around.
import { existsSync, readFileSync } from 'node:fs';
import * as shapefile from 'shapefile';
import type { Problem } from '../../scenarios/problems.ts';
import { type Crs, parseCrs, WGS84 } from './crs.ts';

export type XY = [number, number];

export class Collector {
  problems: Problem[] = [];
  add(file: string, path: string, message: string) { this.problems.push({ file, path, message }); }
}

/** The CRS a GeoJSON file names in its legacy `crs` member; WGS 84 without one (RFC 7946). */
function geojsonCrs(doc: { crs?: { properties?: { name?: string } } }): Crs | null {
  const name = doc.crs?.properties?.name;
  if (!name) return WGS84;
  const m = /EPSG:{1,2}(\d+)$/.exec(name) ?? /^urn:ogc:def:crs:OGC:.*CRS84$/.exec(name);
  return m && m[1] ? parseCrs(m[1]) : m ? WGS84 : null;
}

export interface Feature { type: string; id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type: string; coordinates: unknown } | null }
export interface FeatureFile { features: Feature[]; /** The CRS the file says it is in (null: unknown). */ fileCrs: Crs | null }

/**
 * Features of a GeoJSON file or of a shapefile (`.shp` with its `.dbf` beside it, attributes in
 * `encoding` — GB18030 for most Chinese shapefiles unless a `.cpg` says otherwise — and its CRS
 * from the `.prj`).
 */
export async function readFeatures(path: string, file: string, c: Collector, encoding?: string): Promise<FeatureFile | null> {
  try {
    if (/\.shp$/i.test(path)) {
      const base = path.slice(0, -4);
      const cpg = existsSync(`${base}.cpg`) ? readFileSync(`${base}.cpg`, 'utf8').trim() : null;
      const collection = await shapefile.read(path, existsSync(`${base}.dbf`) ? `${base}.dbf` : undefined, { encoding: encoding ?? cpg ?? 'gb18030' });
      const prj = existsSync(`${base}.prj`) ? parseCrs(readFileSync(`${base}.prj`, 'utf8')) : null;
      return { features: collection.features as Feature[], fileCrs: prj };
    }
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    const features: Feature[] = doc.type === 'FeatureCollection' ? doc.features : doc.type === 'Feature' ? [doc] : [{ type: 'Feature', geometry: doc }];
    return { features, fileCrs: geojsonCrs(doc) };
  } catch (err) {
    c.add(file, '$', `not readable ${/\.shp$/i.test(path) ? 'shapefile' : 'GeoJSON'}: ${(err as Error).message}`);
    return null;
  }
}

/** The configured CRS of a file, else the one it says it is in. */
export function featureCrs(f: FeatureFile, configured: string | number | undefined): Crs | null {
  return configured !== undefined ? parseCrs(configured) : f.fileCrs;
}

export type CrsOf = (v: string | number | undefined, key: string, fallback: Crs | null) => Crs | null;
export type Grid = { width: number; height: number; cellSize: number };

/** A transform from a CRS into scenario metres. */
export type ToLocal = (from: Crs) => (x: number, y: number) => XY;
