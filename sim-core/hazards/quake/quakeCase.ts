// The `tuiyan model quake` case (docs/verification.md, "Earthquake intensity"): a scenario
// earthquake's intensity and PGA at listed sites and, optionally, over a grid. Validated by hand
// so every problem names its JSON path; never throws.
//
// {magnitude (Ms), epicentre: [x, y] (m), depth (m), strike (degrees clockwise from north),
//  sites?: [[x, y]…], grid?: {width, height, cellSize}} →
// {epicentral: {intensity, pga}, sites: [{intensity, pga}…], grid?: {intensity: [], pga: []}}
// (pga in m/s²; grid row-major from the south-west corner, values at cell centres).
import { epicentralShaking, shakingField, shakingSource, type ScenarioQuake, type Shaking } from './shaking.ts';

export interface QuakeCaseResult {
  epicentral: Shaking;
  sites: Shaking[];
  grid?: { intensity: number[]; pga: number[] };
}

interface CaseError {
  path: string;
  message: string;
}

type QuakeCaseOutcome = { ok: true; result: QuakeCaseResult } | { ok: false; errors: CaseError[] };

const KEYS = ['magnitude', 'epicentre', 'depth', 'strike', 'sites', 'grid'];
const GRID_KEYS = ['width', 'height', 'cellSize'];
/** The magnitudes the case accepts: a bound of ours around the relations' data (moderate to
 *  great shallow earthquakes), not a figure from the paper. */
const MS_MIN = 4;
const MS_MAX = 8.5;
const MAX_GRID_CELLS = 1024 * 1024;
const MAX_SITES = 100000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function runQuakeCase(input: unknown): QuakeCaseOutcome {
  const errors: CaseError[] = [];
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'case must be a JSON object' }] };
  for (const k of Object.keys(input)) if (!KEYS.includes(k)) errors.push({ path: k, message: `unknown key; expected one of ${KEYS.join(', ')}` });
  const magnitude = inRange(input.magnitude, 'magnitude', MS_MIN, MS_MAX, 'Ms', errors);
  const epicentre = point(input.epicentre, 'epicentre', errors);
  const depth = inRange(input.depth, 'depth', 0, 100000, 'm', errors);
  const strike = inRange(input.strike, 'strike', 0, 360, 'degrees clockwise from north', errors);
  const sites: [number, number][] = [];
  if (input.sites !== undefined) {
    if (!Array.isArray(input.sites) || input.sites.length > MAX_SITES) errors.push({ path: 'sites', message: `must be an array of at most ${MAX_SITES} points [x, y] (m)` });
    else input.sites.forEach((s, k) => { const p = point(s, `sites[${k}]`, errors); if (p) sites.push(p); });
  }
  let grid: { width: number; height: number; cellSize: number } | null | undefined;
  if (input.grid !== undefined) grid = parseGrid(input.grid, errors);
  if (errors.length > 0 || magnitude === null || epicentre === null || depth === null || strike === null || grid === null) return { ok: false, errors };

  const quake: ScenarioQuake = { magnitude, epicentre: { x: epicentre[0], y: epicentre[1] }, depth, strike };
  const src = shakingSource(quake);
  const result: QuakeCaseResult = { epicentral: epicentralShaking(quake), sites: sites.map(([x, y]) => src.at(x, y)) };
  if (grid) {
    const f = shakingField(quake, grid.width, grid.height, grid.cellSize);
    result.grid = { intensity: Array.from(f.intensity), pga: Array.from(f.pga) };
  }
  return { ok: true, result };
}

function inRange(v: unknown, path: string, lo: number, hi: number, unit: string, errors: CaseError[]): number | null {
  if (v === undefined) { errors.push({ path, message: 'is required' }); return null; }
  if (!isFiniteNumber(v) || v < lo || v > hi) { errors.push({ path, message: `must be a number from ${lo} to ${hi} (${unit})` }); return null; }
  return v;
}

function point(v: unknown, path: string, errors: CaseError[]): [number, number] | null {
  if (v === undefined) { errors.push({ path, message: 'is required' }); return null; }
  if (!Array.isArray(v) || v.length !== 2 || !isFiniteNumber(v[0]) || !isFiniteNumber(v[1])) {
    errors.push({ path, message: 'must be a point [x, y] in metres' });
    return null;
  }
  return [v[0], v[1]];
}

function parseGrid(v: unknown, errors: CaseError[]): { width: number; height: number; cellSize: number } | null {
  if (!isObject(v)) { errors.push({ path: 'grid', message: 'must be an object {width, height, cellSize}' }); return null; }
  for (const k of Object.keys(v)) if (!GRID_KEYS.includes(k)) errors.push({ path: `grid.${k}`, message: `unknown key; expected one of ${GRID_KEYS.join(', ')}` });
  const size = (key: 'width' | 'height'): number | null => {
    const n = v[key];
    if (n === undefined) { errors.push({ path: `grid.${key}`, message: 'is required' }); return null; }
    if (!Number.isInteger(n) || (n as number) < 1) { errors.push({ path: `grid.${key}`, message: 'must be a whole number ≥ 1 (cells)' }); return null; }
    return n as number;
  };
  const width = size('width');
  const height = size('height');
  let cellSize: number | null = null;
  if (v.cellSize === undefined) errors.push({ path: 'grid.cellSize', message: 'is required' });
  else if (!isFiniteNumber(v.cellSize) || v.cellSize <= 0) errors.push({ path: 'grid.cellSize', message: 'must be a number > 0 (m)' });
  else cellSize = v.cellSize;
  if (width === null || height === null || cellSize === null) return null;
  if (width * height > MAX_GRID_CELLS) { errors.push({ path: 'grid', message: `has ${width * height} cells; at most ${MAX_GRID_CELLS}` }); return null; }
  return { width, height, cellSize };
}
