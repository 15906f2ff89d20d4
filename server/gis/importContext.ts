// What the parts of an import share: the problem collector, the CRS of GeoJSON files, reading
// GeoJSON, and the small types passed around.
import { readFileSync } from 'node:fs';
import type { Problem } from '../../scenarios/problems.ts';
import { type Crs, parseCrs, WGS84 } from './crs.ts';

export type XY = [number, number];

export class Collector {
  problems: Problem[] = [];
  add(file: string, path: string, message: string) { this.problems.push({ file, path, message }); }
}

/** The CRS of a GeoJSON file: the config's, else its legacy `crs` member, else WGS 84 (RFC 7946). */
export function geojsonCrs(doc: { crs?: { properties?: { name?: string } } }, configured: string | number | undefined): Crs | null {
  if (configured !== undefined) return parseCrs(configured);
  const name = doc.crs?.properties?.name;
  if (!name) return WGS84;
  const m = /EPSG:{1,2}(\d+)$/.exec(name) ?? /^urn:ogc:def:crs:OGC:.*CRS84$/.exec(name);
  return m && m[1] ? parseCrs(m[1]) : m ? WGS84 : null;
}

export interface Feature { type: string; id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type: string; coordinates: unknown } | null }

export function readGeojson(path: string, file: string, c: Collector): { features: Feature[]; crs: Crs | null; doc: { crs?: { properties?: { name?: string } } } } | null {
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    const features: Feature[] = doc.type === 'FeatureCollection' ? doc.features : doc.type === 'Feature' ? [doc] : [{ type: 'Feature', geometry: doc }];
    return { features, crs: null, doc };
  } catch (err) {
    c.add(file, '$', `not readable GeoJSON: ${(err as Error).message}`);
    return null;
  }
}

export type CrsOf = (v: string | number | undefined, key: string, fallback: Crs | null) => Crs | null;
export type Grid = { width: number; height: number; cellSize: number };

/** Cell centres of the grid in the CRS, transformed into a source raster's CRS. */
/** A transform from a CRS into scenario metres. */
export type ToLocal = (from: Crs) => (x: number, y: number) => XY;
