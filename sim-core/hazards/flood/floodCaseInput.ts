// Validation of the `tuiyan model flood` case (DESIGN.md, "Case files"). By hand, like the route
// case, so each problem names its exact JSON path in the user's terms ("has 99 values;
// width×height is 100"), and every problem is reported in one pass.

import type { Series } from './hydrograph.ts';

export interface CaseError {
  path: string;
  message: string;
}

interface FloodCase {
  width: number;
  height: number;
  cellSize: number;
  elevation: number[];
  manning: number | number[];
  inflows: { cells: number[]; hydrograph: Series }[];
  /** mm/h */
  rain: Series;
  duration: number;
  gauges: number[];
  every: number;
  open: boolean;
}

const KEYS = ['width', 'height', 'cellSize', 'elevation', 'manning', 'inflows', 'rain', 'duration', 'gauges', 'every', 'open'];
const REQUIRED = ['width', 'height', 'cellSize', 'elevation', 'manning', 'inflows', 'duration', 'gauges', 'every'];
/** 4 million cells: far more than a district needs, well inside memory. */
const MAX_CELLS = 4_000_000;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function parseFloodCase(input: unknown, errors: CaseError[]): FloodCase | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    errors.push({ path: '', message: 'case must be a JSON object' });
    return null;
  }
  const obj = input as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!KEYS.includes(key)) errors.push({ path: key, message: `unknown key "${key}"` });
  for (const key of REQUIRED) if (obj[key] === undefined) errors.push({ path: key, message: 'is required' });

  const width = positiveInt(obj.width, 'width', errors);
  const height = positiveInt(obj.height, 'height', errors);
  const cellSize = positive(obj.cellSize, 'cellSize', errors);
  const cells = width !== null && height !== null ? width * height : null;
  if (cells !== null && cells > MAX_CELLS) errors.push({ path: 'width', message: `width×height is ${cells}; at most ${MAX_CELLS} cells` });
  const elevation = numberArray(obj.elevation, 'elevation', cells, errors, false);
  const manning = isFiniteNumber(obj.manning)
    ? (obj.manning > 0 ? obj.manning : (errors.push({ path: 'manning', message: 'must be > 0' }), null))
    : numberArray(obj.manning, 'manning', cells, errors, true);
  const inflows = parseInflows(obj.inflows, width, height, errors);
  const rain = obj.rain === undefined ? [] : parseSeries(obj.rain, 'rain', 'mm/h', errors);
  const duration = positive(obj.duration, 'duration', errors);
  const every = positive(obj.every, 'every', errors);
  const gauges = parseCells(obj.gauges, 'gauges', width, height, errors);
  let open = false;
  if (obj.open !== undefined) {
    if (typeof obj.open !== 'boolean') errors.push({ path: 'open', message: 'must be true or false' });
    else open = obj.open;
  }
  if (duration !== null && every !== null && duration / every > 100_000) {
    errors.push({ path: 'every', message: `gives ${Math.ceil(duration / every)} output times; at most 100000` });
  }
  if (width === null || height === null || cellSize === null || elevation === null || manning === null || inflows === null
    || rain === null || duration === null || every === null || gauges === null || errors.length > 0) return null;
  return { width, height, cellSize, elevation, manning, inflows, rain, duration, gauges, every, open };
}

function positiveInt(v: unknown, path: string, errors: CaseError[]): number | null {
  if (v === undefined) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
    errors.push({ path, message: 'must be a whole number ≥ 1' });
    return null;
  }
  return v;
}

function positive(v: unknown, path: string, errors: CaseError[]): number | null {
  if (v === undefined) return null;
  if (!isFiniteNumber(v) || v <= 0) {
    errors.push({ path, message: 'must be a number > 0' });
    return null;
  }
  return v;
}

function numberArray(v: unknown, path: string, cells: number | null, errors: CaseError[], positiveOnly: boolean): number[] | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path, message: positiveOnly ? 'must be a number or an array of numbers' : 'must be an array of numbers' });
    return null;
  }
  let ok = true;
  if (cells !== null && v.length !== cells) {
    errors.push({ path, message: `has ${v.length} value${v.length === 1 ? '' : 's'}; width×height is ${cells}` });
    ok = false;
  }
  let bad = 0;
  for (let k = 0; k < v.length; k++) {
    const x: unknown = v[k];
    const wrong = !isFiniteNumber(x) ? 'must be a finite number' : positiveOnly && x <= 0 ? 'must be > 0' : null;
    if (wrong !== null) {
      if (bad < 10) errors.push({ path: `${path}[${k}]`, message: wrong });
      bad++;
      ok = false;
    }
  }
  if (bad > 10) errors.push({ path, message: `${bad - 10} more bad values not listed` });
  return ok ? (v as number[]) : null;
}

function parseCells(v: unknown, path: string, width: number | null, height: number | null, errors: CaseError[]): number[] | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path, message: 'must be an array of [i, j] cells' });
    return null;
  }
  const out: number[] = [];
  let ok = true;
  for (let k = 0; k < v.length; k++) {
    const c: unknown = v[k];
    if (!Array.isArray(c) || c.length !== 2 || !Number.isSafeInteger(c[0]) || !Number.isSafeInteger(c[1])) {
      errors.push({ path: `${path}[${k}]`, message: 'cell must be [i, j] with whole numbers' });
      ok = false;
      continue;
    }
    const [i, j] = c as [number, number];
    if (width !== null && height !== null && (i < 0 || j < 0 || i >= width || j >= height)) {
      errors.push({ path: `${path}[${k}]`, message: `cell [${i}, ${j}] is off the grid (${width}×${height})` });
      ok = false;
      continue;
    }
    out.push(width !== null ? j * width + i : 0);
  }
  return ok ? out : null;
}

function parseSeries(v: unknown, path: string, unit: string, errors: CaseError[]): Series | null {
  if (!Array.isArray(v) || v.length === 0) {
    errors.push({ path, message: `must be a non-empty array of [t, ${unit}]` });
    return null;
  }
  let ok = true;
  for (let k = 0; k < v.length; k++) {
    const e: unknown = v[k];
    if (!Array.isArray(e) || e.length !== 2 || !isFiniteNumber(e[0]) || !isFiniteNumber(e[1])) {
      errors.push({ path: `${path}[${k}]`, message: `must be [t, ${unit}] with finite numbers` });
      ok = false;
      continue;
    }
    if (e[1] < 0) { errors.push({ path: `${path}[${k}][1]`, message: 'must be ≥ 0' }); ok = false; }
    const prev: unknown = v[k - 1];
    if (k > 0 && Array.isArray(prev) && isFiniteNumber(prev[0]) && e[0] <= prev[0]) {
      errors.push({ path: `${path}[${k}][0]`, message: `time ${e[0]} does not increase (previous ${prev[0]})` });
      ok = false;
    }
  }
  return ok ? (v as [number, number][]) : null;
}

function parseInflows(v: unknown, width: number | null, height: number | null, errors: CaseError[]): FloodCase['inflows'] | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    errors.push({ path: 'inflows', message: 'must be an array of {cells, hydrograph}' });
    return null;
  }
  const out: FloodCase['inflows'] = [];
  let ok = true;
  for (let k = 0; k < v.length; k++) {
    const e: unknown = v[k];
    const path = `inflows[${k}]`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      errors.push({ path, message: 'must be an object {cells, hydrograph}' });
      ok = false;
      continue;
    }
    const o = e as Record<string, unknown>;
    for (const key of Object.keys(o)) if (key !== 'cells' && key !== 'hydrograph') errors.push({ path: `${path}.${key}`, message: `unknown key "${key}"` });
    if (o.cells === undefined) errors.push({ path: `${path}.cells`, message: 'is required' });
    if (o.hydrograph === undefined) errors.push({ path: `${path}.hydrograph`, message: 'is required' });
    const cells = o.cells === undefined ? null : parseCells(o.cells, `${path}.cells`, width, height, errors);
    if (cells !== null && cells.length === 0) errors.push({ path: `${path}.cells`, message: 'must list at least one cell' });
    const hydrograph = o.hydrograph === undefined ? null : parseSeries(o.hydrograph, `${path}.hydrograph`, 'm³/s', errors);
    if (cells === null || cells.length === 0 || hydrograph === null) { ok = false; continue; }
    out.push({ cells, hydrograph });
  }
  return ok ? out : null;
}
