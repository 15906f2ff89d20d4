// Coordinate reference systems the importer and exporter know by EPSG code, and the
// transforms between them (proj4). A config may also give any CRS as a proj4 string.
import proj4 from 'proj4';

/** The demo district is fictional; it is anchored near Miyun (Beijing) in CGCS2000 3° GK CM 117°E. */
export const DEMO_ANCHOR = { crs: 'EPSG:4548', origin: [476_000, 4_466_000] as [number, number] };

const GRS80 = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0';

/** proj4 definition of an EPSG code we know, or null. */
function knownDefinition(code: number): string | null {
  if (code === 4326) return '+proj=longlat +datum=WGS84 +no_defs';
  // CGCS2000 geographic; its ellipsoid (CGCS2000 ≈ GRS80) agrees with WGS 84 to about a centimetre.
  if (code === 4490) return `+proj=longlat ${GRS80} +no_defs`;
  // CGCS2000 / 3-degree Gauss-Kruger CM 75°E … 135°E (EPSG 4534–4554), false easting 500 km.
  if (code >= 4534 && code <= 4554) return `+proj=tmerc +lat_0=0 +lon_0=${75 + 3 * (code - 4534)} +k=1 +x_0=500000 +y_0=0 ${GRS80} +units=m +no_defs`;
  // CGCS2000 / 3-degree Gauss-Kruger zones 25–45 (EPSG 4513–4533), zone number in the easting.
  if (code >= 4513 && code <= 4533) {
    const zone = 25 + code - 4513;
    return `+proj=tmerc +lat_0=0 +lon_0=${3 * zone} +k=1 +x_0=${zone * 1_000_000 + 500_000} +y_0=0 ${GRS80} +units=m +no_defs`;
  }
  // WGS 84 / UTM north zones 1–60.
  if (code >= 32601 && code <= 32660) return `+proj=utm +zone=${code - 32600} +datum=WGS84 +units=m +no_defs`;
  return null;
}

export interface Crs {
  /** As written in the config: `EPSG:4548` or a proj4 string. */
  name: string;
  definition: string;
  geographic: boolean;
  /** EPSG code when known (a GeoTIFF stores it). */
  epsg: number | null;
}

/** Parses `EPSG:4548`, `4548`, `CGCS2000`, `WGS84`, a `+proj=…` string or WKT; null when unknown. */
export function parseCrs(text: string | number): Crs | null {
  const s = String(text).trim();
  const alias: Record<string, number> = { WGS84: 4326, 'WGS 84': 4326, CGCS2000: 4490 };
  const m = /^(?:EPSG:)?(\d{4,5})$/i.exec(s);
  const code = m ? Number(m[1]) : alias[s.toUpperCase()] ?? null;
  if (code !== null) {
    const definition = knownDefinition(code);
    if (!definition) return null;
    return { name: `EPSG:${code}`, definition, geographic: definition.startsWith('+proj=longlat'), epsg: code };
  }
  // Well-known text, as in a shapefile's .prj.
  if (/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS)\[/.test(s)) {
    try {
      proj4(s, knownDefinition(4326)!, [0, 0]);
    } catch {
      return null;
    }
    return { name: s.slice(0, s.indexOf(',')) + ',…]', definition: s, geographic: /^GEOG/.test(s), epsg: null };
  }
  if (s.startsWith('+proj=')) {
    try {
      proj4(s, knownDefinition(4326)!, [0, 0]);
    } catch {
      return null;
    }
    return { name: s, definition: s, geographic: s.startsWith('+proj=longlat'), epsg: null };
  }
  return null;
}

export type Transform = (x: number, y: number) => [number, number];

/** A point transform between two CRSs (the identity when they are the same). */
export function transformer(from: Crs, to: Crs): Transform {
  if (from.definition === to.definition) return (x, y) => [x, y];
  const t = proj4(from.definition, to.definition);
  return (x, y) => {
    const [a, b] = t.forward([x, y]);
    return [a, b];
  };
}

export const WGS84 = parseCrs(4326)!;

/**
 * Transforms every point of a regular lattice (w × h points, `at(i, j)` its coordinates) with
 * `t`, exactly at every `step`-th point and by bilinear interpolation between them: projections
 * are smooth, so over a few hundred metres the interpolation is off by well under a millimetre,
 * and millions of cells cost thousands of proj4 calls. Returns x, y pairs, row-major.
 */
export function transformLattice(w: number, h: number, at: (i: number, j: number) => [number, number], t: Transform, step = 16): Float64Array {
  const out = new Float64Array(2 * w * h);
  const ki = Math.ceil((w - 1) / step) + 1, kj = Math.ceil((h - 1) / step) + 1;
  const coarse = new Float64Array(2 * ki * kj);
  const li = (a: number) => Math.min(w - 1, a * step), lj = (b: number) => Math.min(h - 1, b * step);
  for (let b = 0; b < kj; b++) {
    for (let a = 0; a < ki; a++) {
      const [x, y] = at(li(a), lj(b));
      const [u, v] = t(x, y);
      coarse[2 * (b * ki + a)] = u;
      coarse[2 * (b * ki + a) + 1] = v;
    }
  }
  for (let j = 0; j < h; j++) {
    const b = Math.min(kj - 2, Math.floor(j / step)), b1 = b + 1;
    const fy = kj === 1 ? 0 : (j - lj(b)) / (lj(b1) - lj(b));
    for (let i = 0; i < w; i++) {
      const a = Math.min(ki - 2, Math.floor(i / step)), a1 = a + 1;
      const fx = ki === 1 ? 0 : (i - li(a)) / (li(a1) - li(a));
      for (let d = 0; d < 2; d++) {
        const p00 = coarse[2 * (b * ki + a) + d], p10 = coarse[2 * (b * ki + a1) + d];
        const p01 = coarse[2 * (b1 * ki + a) + d], p11 = coarse[2 * (b1 * ki + a1) + d];
        out[2 * (j * w + i) + d] = (1 - fy) * ((1 - fx) * p00 + fx * p10) + fy * ((1 - fx) * p01 + fx * p11);
      }
    }
  }
  return out;
}
