// The hazard side of resolving a scenario: rain zones rasterised, reservoir pools found on the
// grid with their bathymetry and outlet, injects turned into the core's typed form.
import type { Grid } from '../sim-core/world/grid.ts';
import type { Inject } from '../sim-core/injects/inject.ts';
import type { InjectCondition } from '../sim-core/injects/condition.ts';
import type { Reservoir } from '../sim-core/world/places.ts';
import { bathymetry } from '../sim-core/hazards/reservoirPool.ts';
import { compareStrings } from '../sim-core/order.ts';
import { insidePolygon } from './terrain/lakes.ts';
import type { ScenarioJson } from './schema.ts';

type Polygon = ReadonlyArray<readonly [number, number]>;

/** Cells whose centres lie inside the polygon (scanning only its bounding box). */
export function cellsInside(grid: Grid, polygon: Polygon): number[] {
  const { width, height, cellSize } = grid;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const [x, y] of polygon) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  const out: number[] = [];
  const i0 = Math.max(0, Math.floor(x0 / cellSize)), i1 = Math.min(width - 1, Math.floor(x1 / cellSize));
  const j0 = Math.max(0, Math.floor(y0 / cellSize)), j1 = Math.min(height - 1, Math.floor(y1 / cellSize));
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) if (insidePolygon(polygon, (i + 0.5) * cellSize, (j + 0.5) * cellSize)) out.push(j * width + i);
  }
  return out;
}

export function rainZoneRaster(grid: Grid, json: ScenarioJson): Uint8Array {
  const raster = new Uint8Array(grid.width * grid.height);
  // Later zones win where zones overlap.
  json.weather.rainZones.forEach((z, k) => { for (const c of cellsInside(grid, z.polygon)) raster[c] = k + 1; });
  return raster;
}

/**
 * Default free-overflow spillway widths (m): sized so the broad-crested weir passes a design
 * flood of the class at about 3 m head — large ~5,000, medium ~1,500, small ~300 m³/s
 * (Q = 1.7·B·H^1.5). A scenario gives its own where a dam differs (an old, undersized one).
 */
const SPILLWAY: Record<Reservoir['class'], number> = { large: 300, medium: 100, small: 35 };
const DAM_LENGTH: Record<Reservoir['class'], number> = { large: 900, medium: 400, small: 150 };
const GATES: Record<Reservoir['class'], number> = { large: 1500, medium: 300, small: 30 };

type ReservoirJson = ScenarioJson['reservoirs'][number];

/** The pool (cells of the area below the crest), its bathymetry and the lowest cell just below the dam. */
export function reservoirPool(grid: Grid, elevation: Float32Array, r: ReservoirJson) {
  const { width, height, cellSize } = grid;
  const cells = r.area ? cellsInside(grid, r.area).filter((c) => elevation[c] < r.damCrest) : [];
  const inPool = new Set(cells);
  const di = Math.floor(r.x / cellSize), dj = Math.floor(r.y / cellSize);
  let outlet = Math.min(height - 1, Math.max(0, dj)) * width + Math.min(width - 1, Math.max(0, di));
  let best = Infinity;
  for (let j = dj - 3; j <= dj + 3; j++) {
    for (let i = di - 3; i <= di + 3; i++) {
      if (i < 0 || j < 0 || i >= width || j >= height) continue;
      const c = j * width + i;
      if (inPool.has(c)) continue;
      if (elevation[c] < best) { best = elevation[c]; outlet = c; }
    }
  }
  return {
    poolCells: Int32Array.from(cells),
    pool: bathymetry(cells.map((c) => elevation[c]), cellSize * cellSize),
    outletCell: outlet,
    spillwayWidth: r.spillwayWidth ?? SPILLWAY[r.class],
    damLength: r.damLength ?? DAM_LENGTH[r.class],
    gateCapacity: r.gateCapacity ?? GATES[r.class],
  };
}

export function toInjects(json: ScenarioJson): Inject[] {
  const out = json.injects.map((inj): Inject => {
    const base = {
      id: inj.id, t: inj.t, jitter: inj.jitter, visibleTo: inj.visibleTo, ...(inj.expected ? { expected: inj.expected } : {}),
      // Checked by crossCheck.ts before the scenario resolves.
      ...(inj.when ? { when: inj.when as unknown as InjectCondition } : {}), ...(inj.tests ? { tests: inj.tests } : {}),
    };
    const t = inj.target as Record<string, any> | null;
    const p = inj.payload;
    switch (inj.kind) {
      case 'message': return { ...base, kind: 'message', target: null, payload: { from: p.from!, text: p.text! } };
      case 'closeRoad':
      case 'openRoad': return { ...base, kind: inj.kind, target: { edges: t!.edges }, payload: p.reason ? { reason: p.reason } : {} };
      case 'rain': return { ...base, kind: 'rain', target: { zone: t!.zone }, payload: { series: p.series!.map(([s, r]) => [s, r] as [number, number]) } };
      case 'weather': return { ...base, kind: 'weather', target: null, payload: { ...(p.wind ? { wind: p.wind } : {}), ...(p.moisture ? { moisture: p.moisture } : {}) } };
      case 'ignite': return { ...base, kind: 'ignite', target: { x: t!.x, y: t!.y }, payload: p.reason ? { reason: p.reason } : {} };
      case 'outage': return { ...base, kind: 'outage', target: { place: t!.place }, payload: { services: p.services!, restore: p.restore ?? false } };
      case 'damBreak': return { ...base, kind: 'damBreak', target: { place: t!.place }, payload: { mode: p.mode ?? 'overtopping' } };
      case 'damCrack': return { ...base, kind: 'damCrack', target: { place: t!.place }, payload: { damage: p.damage ?? 'moderate' } };
      case 'trapped': return { ...base, kind: 'trapped', target: { place: t!.place }, payload: { people: p.people ?? 0 } };
      case 'siteAlarm':
      case 'siteExitBlocked':
      case 'sitePanic': return { ...base, kind: inj.kind, target: { site: t!.site, ...(t!.exit !== undefined ? { exit: t!.exit } : {}) }, payload: p.speedFactor !== undefined ? { speedFactor: p.speedFactor } : {} };
      case 'aftershock': return { ...base, kind: 'aftershock', target: { x: t!.x, y: t!.y }, payload: { magnitude: p.magnitude!, depth: p.depth!, ...(p.strike !== undefined ? { strike: p.strike } : {}) } };
      case 'mainBurst': return { ...base, kind: 'mainBurst', target: { main: t!.main, x: t!.x, y: t!.y }, payload: { area: p.area ?? 0 } };
      case 'leveeBreach': return { ...base, kind: 'leveeBreach', target: { levee: t!.levee, x: t!.x, y: t!.y }, payload: { formation: p.formation ?? 1800 } };
      case 'chemicalRelease': return {
        ...base, kind: 'chemicalRelease', target: { site: t!.site },
        payload: { ...(p.mass !== undefined ? { mass: p.mass } : { rate: p.rate! }), ...(p.mass === undefined && p.duration !== undefined ? { duration: p.duration } : {}), cause: p.cause ?? 'leak' },
      };
    }
  });
  return out.sort((a, b) => a.t - b.t || compareStrings(a.id, b.id));
}
