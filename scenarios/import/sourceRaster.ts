// A raster as read from a GIS file (north-up, rows from the north edge) and how to sample it at
// a point in its own CRS: bilinear for continuous values (elevation), nearest for classes.
export interface SourceRaster {
  width: number;
  height: number;
  data: ArrayLike<number>;
  /** West and north edges of the raster, in its CRS units. */
  west: number;
  north: number;
  /** Pixel size in x and y (both positive). */
  resX: number;
  resY: number;
  /** Stored value meaning "no data", or null. */
  nodata: number | null;
}

function valid(r: SourceRaster, v: number): boolean {
  return Number.isFinite(v) && (r.nodata === null || v !== r.nodata);
}

/** The value at (x, y) by bilinear interpolation between pixel centres; NaN outside or on nodata. */
export function sampleBilinear(r: SourceRaster, x: number, y: number): number {
  const fx = (x - r.west) / r.resX - 0.5, fy = (r.north - y) / r.resY - 0.5;
  if (fx < -0.5 || fy < -0.5 || fx > r.width - 0.5 || fy > r.height - 0.5) return NaN;
  const i0 = Math.max(0, Math.min(r.width - 1, Math.floor(fx))), j0 = Math.max(0, Math.min(r.height - 1, Math.floor(fy)));
  const i1 = Math.min(r.width - 1, i0 + 1), j1 = Math.min(r.height - 1, j0 + 1);
  const tx = Math.max(0, Math.min(1, fx - i0)), ty = Math.max(0, Math.min(1, fy - j0));
  const v00 = r.data[j0 * r.width + i0], v10 = r.data[j0 * r.width + i1], v01 = r.data[j1 * r.width + i0], v11 = r.data[j1 * r.width + i1];
  // At a pixel centre the weights of the others are exactly 0: an aligned grid is copied as is.
  let sum = 0, weight = 0;
  const add = (v: number, w: number) => { if (w > 0 && valid(r, v)) { sum += v * w; weight += w; } };
  add(v00, (1 - tx) * (1 - ty)); add(v10, tx * (1 - ty)); add(v01, (1 - tx) * ty); add(v11, tx * ty);
  return weight > 0 ? sum / weight : NaN;
}

/** The value of the pixel containing (x, y); NaN outside or on nodata. */
export function sampleNearest(r: SourceRaster, x: number, y: number): number {
  const i = Math.floor((x - r.west) / r.resX), j = Math.floor((r.north - y) / r.resY);
  if (i < 0 || j < 0 || i >= r.width || j >= r.height) return NaN;
  const v = r.data[j * r.width + i];
  return valid(r, v) ? v : NaN;
}

/**
 * Fills NaN cells of a grid from their filled neighbours, ring by ring (a breadth-first sweep
 * averaging the 4-neighbours already known), so gaps in a DEM close smoothly from their edges.
 * Returns the number of cells filled.
 */
export function fillGaps(width: number, height: number, values: Float32Array | Float64Array): number {
  let front: number[] = [];
  for (let c = 0; c < values.length; c++) if (Number.isNaN(values[c])) front.push(c);
  const total = front.length;
  while (front.length) {
    const known: [number, number][] = [];
    const next: number[] = [];
    for (const c of front) {
      const i = c % width, j = (c - i) / width;
      let sum = 0, n = 0;
      if (i > 0 && !Number.isNaN(values[c - 1])) { sum += values[c - 1]; n++; }
      if (i < width - 1 && !Number.isNaN(values[c + 1])) { sum += values[c + 1]; n++; }
      if (j > 0 && !Number.isNaN(values[c - width])) { sum += values[c - width]; n++; }
      if (j < height - 1 && !Number.isNaN(values[c + width])) { sum += values[c + width]; n++; }
      if (n) known.push([c, sum / n]); else next.push(c);
    }
    if (!known.length) break; // nothing at all to fill from
    for (const [c, v] of known) values[c] = v;
    front = next;
  }
  return total - front.length;
}
