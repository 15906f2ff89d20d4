// State and parameters of the 2-D flood model (local-inertial scheme, see localInertial.ts).
// Everything that changes during a run lives in one plain object of typed arrays and numbers,
// so the simulation snapshots it by copying (cloneFloodState) and hashes it field by field.
//
// Grid layout (DESIGN.md "Case files"): row-major from the south-west corner, cell [i, j] at
// j·width + i, x east, y north. Discharges per unit width sit on cell faces:
//   qx: (width+1)×height x-faces; face (i, j) at j·(width+1) + i is the west face of cell [i, j]
//       (i = width is the east edge of the domain); positive towards +x (east).
//   qy: width×(height+1) y-faces; face (i, j) at j·width + i is the south face of cell [i, j]
//       (j = height is the north edge); positive towards +y (north).

export interface FloodGrid {
  width: number;
  height: number;
  /** Cell edge in metres. */
  cellSize: number;
}

export interface FloodState {
  /** Water depth per cell, m. */
  depth: Float64Array;
  /** Discharge per unit width on x-faces, m²/s, (width+1)×height. */
  qx: Float64Array;
  /** Discharge per unit width on y-faces, m²/s, width×(height+1). */
  qy: Float64Array;
  /** Model time advanced so far, s. */
  t: number;
  /** Length of the last sub-step, s (0 before the first). */
  dtLast: number;
  /** Cumulative volumes, m³: point inflows added, rain added, water that left over open edges. */
  totals: { inflow: number; rain: number; outflow: number };
}

export interface FloodParams {
  grid: FloodGrid;
  /** Ground level per cell, m. */
  elevation: Float32Array | Float64Array;
  /** Manning's n per cell, or one value for the whole grid, s/m^(1/3). */
  manning: Float32Array | number;
  /** CFL coefficient of Δt = α·Δx/√(g·h_max); default DEFAULT_ALPHA. */
  alpha?: number;
  /** de Almeida et al. (2012) weighting θ; 1 is the plain Bates et al. (2010) scheme. */
  theta?: number;
  /** Faces whose flow depth h_f is at or below this carry no flow, m. */
  dryDepth?: number;
  /** Domain edge: a wall (default, false) or free outflow (true). */
  open?: boolean;
}

export interface FloodSources {
  /** Rain net of infiltration, m/s of water depth, per cell or uniform. */
  rainRate: Float32Array | number;
  /** Point inflows into cells, m³/s. */
  inflows: { cell: number; rate: number }[];
  /**
   * Levee crests on faces, m (same layout as qx / qy; −Infinity where there is none): a face's
   * sill is the higher of its cells' beds and its crest. Held constant over the call.
   */
  crestX?: Float64Array;
  crestY?: Float64Array;
}

/**
 * α = 0.3. Bates et al. (2010) found 0.2–0.7 stable on floodplains, but steep mountain valleys
 * (shallow, fast sheet flow off 30–45° sides into a steep floor) are where the scheme is least
 * forgiving. Rain on a V valley with 40° sides and a 1:20 floor (tests/models/flood.test.ts)
 * gives a smooth floor profile at α ≤ 0.3 (largest second difference of depth along the floor
 * 0.011–0.014 m) and a rough, oscillating one from α = 0.4 (0.15 m) and 0.7 (0.52 m, with
 * depth spikes to 0.87 m against 0.18 m). 0.3 keeps that margin; it costs 1.7× the steps of 0.5.
 */
export const DEFAULT_ALPHA = 0.3;
/** θ = 0.7, the value de Almeida et al. (2012) recommend. */
export const DEFAULT_THETA = 0.7;
/** 1 mm: a face with less flow depth than this carries nothing (LISFLOOD-FP's DepthThresh). */
export const DEFAULT_DRY_DEPTH = 0.001;

export function createFloodState(grid: FloodGrid): FloodState {
  const { width, height } = grid;
  return {
    depth: new Float64Array(width * height),
    qx: new Float64Array((width + 1) * height),
    qy: new Float64Array(width * (height + 1)),
    t: 0,
    dtLast: 0,
    totals: { inflow: 0, rain: 0, outflow: 0 },
  };
}

export function cloneFloodState(s: FloodState): FloodState {
  return {
    depth: s.depth.slice(),
    qx: s.qx.slice(),
    qy: s.qy.slice(),
    t: s.t,
    dtLast: s.dtLast,
    totals: { ...s.totals },
  };
}

/** Water stored on the grid, m³. */
export function storedVolume(p: FloodParams, s: FloodState): number {
  const area = p.grid.cellSize * p.grid.cellSize;
  let sum = 0;
  const d = s.depth;
  for (let c = 0; c < d.length; c++) sum += d[c];
  return sum * area;
}
