// The `tuiyan model fire` case (DESIGN.md, "Case files"): Rothermel at one site, and optionally
// the arrival times on a uniform grid — one fuel, a plane tilted per slope and aspect, one
// ignition. Validated by hand so every problem names its JSON path; never throws.
//
// Result units: ros, rosBacking in m/min; lw dimensionless; flameLength in metres (Byram's
// flame length at the head); intensity is Byram's fireline intensity at the head in kW/m
// (1 Btu/ft/s = 3.4615 kW/m); arrival in seconds after ignition, row-major from the
// south-west corner, null where the fire has not arrived within `duration`.
//
// Optional `windLimit`: the effective-wind-speed limit, 'none' (BehavePlus's default),
// 'rothermel1972' (U_eff ≤ 0.9·I_R, as BehavePlus 5) or 'spreadRate2013' (R ≤ U_eff; Andrews,
// Cruz & Rothermel 2013); see windLimit.ts.

import { findFuelModel, type FuelModel } from './fuelModels.ts';
import { surfaceFire, type MoisturePercent } from './rothermel.ts';
import { fireArrivalTimes, fireFuelIndex, prepareFireCells, type FireLandscape } from './spread.ts';
import { DEFAULT_WIND_LIMIT, isWindLimit, WIND_LIMITS, type WindLimit } from './windLimit.ts';
import { cos, sin } from '../../math/index.ts';

interface FireCaseResult {
  ros: number;
  rosBacking: number;
  lw: number;
  flameLength: number;
  intensity: number;
  arrival?: (number | null)[];
}

export interface CaseError {
  path: string;
  message: string;
}

type FireCaseOutcome = { ok: true; result: FireCaseResult } | { ok: false; errors: CaseError[] };

interface GridSpec {
  width: number;
  height: number;
  cellSize: number;
  ignition: [number, number];
  duration: number;
}

const KEYS = ['fuelModel', 'moisture', 'wind', 'slope', 'aspect', 'grid', 'windLimit'];
const MOISTURE_KEYS = ['d1', 'd10', 'd100', 'liveHerb', 'liveWoody'] as const;
const WIND_KEYS = ['speed', 'dir'];
const GRID_KEYS = ['width', 'height', 'cellSize', 'ignition', 'duration'];
const MAX_GRID_CELLS = 4096 * 4096;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Never throws: bad input comes back as a list of errors. */
export function runFireCase(input: unknown): FireCaseOutcome {
  const errors: CaseError[] = [];
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'case must be a JSON object' }] };
  unknownKeys(input, KEYS, '', errors);

  const model = parseFuelModel(input.fuelModel, errors);
  const moisture = parseMoisture(input.moisture, errors);
  let speed: number | null = null;
  let dir: number | null = null;
  if (input.wind === undefined) errors.push({ path: 'wind', message: 'is required' });
  else if (!isObject(input.wind)) errors.push({ path: 'wind', message: 'must be an object {speed, dir}' });
  else {
    unknownKeys(input.wind, WIND_KEYS, 'wind.', errors);
    speed = inRange(input.wind.speed, 'wind.speed', 0, 60, 'm/s', errors);
    dir = inRange(input.wind.dir, 'wind.dir', 0, 360, 'degrees', errors);
  }
  const slope = inRange(input.slope, 'slope', 0, 1000, 'percent', errors);
  const aspect = inRange(input.aspect, 'aspect', 0, 360, 'degrees', errors);
  const grid = input.grid === undefined ? undefined : parseGrid(input.grid, errors);
  let windLimit: WindLimit = DEFAULT_WIND_LIMIT;
  if (input.windLimit !== undefined) {
    if (isWindLimit(input.windLimit)) windLimit = input.windLimit;
    else errors.push({ path: 'windLimit', message: `must be one of ${WIND_LIMITS.map((x) => `"${x}"`).join(', ')}` });
  }

  if (errors.length > 0 || model === null || moisture === null || speed === null || dir === null || slope === null || aspect === null || grid === null) {
    return { ok: false, errors };
  }

  const fire = surfaceFire(model, moisture, speed, dir, slope, aspect, windLimit);
  const result: FireCaseResult = {
    ros: fire.ros,
    rosBacking: fire.rosBacking,
    lw: fire.lw,
    flameLength: fire.flameLength,
    intensity: fire.intensity,
  };
  if (grid !== undefined) result.arrival = runGrid(model, moisture, speed, dir, slope, aspect, grid, windLimit);
  return { ok: true, result };
}

function runGrid(
  model: FuelModel, moisture: MoisturePercent, speed: number, dir: number, slope: number, aspect: number, grid: GridSpec,
  windLimit: WindLimit,
): (number | null)[] {
  const { width, height, cellSize } = grid;
  const n = width * height;
  const fuel = new Uint8Array(n).fill(fireFuelIndex(model.number));
  // A plane rising toward the upslope direction (aspect + 180°) with gradient slope/100.
  const up = ((aspect + 180) * Math.PI) / 180;
  const gx = (slope / 100) * sin(up);
  const gy = (slope / 100) * cos(up);
  const elevation = new Float32Array(n);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) elevation[j * width + i] = ((i + 0.5) * gx + (j + 0.5) * gy) * cellSize;
  }
  const land: FireLandscape = { width, height, cellSize, fuel, elevation };
  const cells = prepareFireCells(land, { moisture, windSpeed: speed, windDir: dir, windLimit });
  const [i0, j0] = grid.ignition;
  const t = fireArrivalTimes(land, cells, [{ cell: j0 * width + i0, t: 0 }], grid.duration, null);
  const arrival: (number | null)[] = new Array(n);
  for (let c = 0; c < n; c++) arrival[c] = Number.isFinite(t[c]) ? t[c] : null;
  return arrival;
}

function unknownKeys(obj: Record<string, unknown>, known: readonly string[], prefix: string, errors: CaseError[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) errors.push({ path: prefix + key, message: `unknown key "${key}"` });
  }
}

function inRange(v: unknown, path: string, lo: number, hi: number, unit: string, errors: CaseError[]): number | null {
  if (v === undefined) {
    errors.push({ path, message: 'is required' });
    return null;
  }
  if (!isFiniteNumber(v) || v < lo || v > hi) {
    errors.push({ path, message: `must be between ${lo} and ${hi} (${unit})` });
    return null;
  }
  return v;
}

function parseFuelModel(v: unknown, errors: CaseError[]): FuelModel | null {
  if (v === undefined) {
    errors.push({ path: 'fuelModel', message: 'is required' });
    return null;
  }
  const model = typeof v === 'number' || typeof v === 'string' ? findFuelModel(v) : null;
  if (model === null) {
    errors.push({
      path: 'fuelModel',
      message: `unknown fuel model ${JSON.stringify(v)} (Anderson 1–13, or a Scott & Burgan code such as "GS4" or number 101–204)`,
    });
  }
  return model;
}

function parseMoisture(v: unknown, errors: CaseError[]): MoisturePercent | null {
  if (v === undefined) {
    errors.push({ path: 'moisture', message: 'is required' });
    return null;
  }
  if (!isObject(v)) {
    errors.push({ path: 'moisture', message: 'must be an object {d1, d10, d100, liveHerb, liveWoody} (percent)' });
    return null;
  }
  unknownKeys(v, MOISTURE_KEYS, 'moisture.', errors);
  const out: Partial<MoisturePercent> = {};
  let ok = true;
  for (const key of MOISTURE_KEYS) {
    const x = inRange(v[key], `moisture.${key}`, 1, 300, 'percent', errors);
    if (x === null) ok = false;
    else out[key] = x;
  }
  return ok ? (out as MoisturePercent) : null;
}

function parseGrid(v: unknown, errors: CaseError[]): GridSpec | null {
  if (!isObject(v)) {
    errors.push({ path: 'grid', message: 'must be an object {width, height, cellSize, ignition, duration}' });
    return null;
  }
  unknownKeys(v, GRID_KEYS, 'grid.', errors);
  const before = errors.length;
  const size = (key: 'width' | 'height'): number | null => {
    const x = v[key];
    if (x === undefined) errors.push({ path: `grid.${key}`, message: 'is required' });
    else if (typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > 4096) {
      errors.push({ path: `grid.${key}`, message: 'must be an integer between 1 and 4096 (cells)' });
    } else return x;
    return null;
  };
  const width = size('width');
  const height = size('height');
  if (width !== null && height !== null && width * height > MAX_GRID_CELLS) {
    errors.push({ path: 'grid', message: `has ${width * height} cells; at most ${MAX_GRID_CELLS}` });
  }
  let cellSize: number | null = null;
  if (v.cellSize === undefined) errors.push({ path: 'grid.cellSize', message: 'is required' });
  else if (!isFiniteNumber(v.cellSize) || v.cellSize <= 0) errors.push({ path: 'grid.cellSize', message: 'must be a number > 0 (m)' });
  else cellSize = v.cellSize;
  let duration: number | null = null;
  if (v.duration === undefined) errors.push({ path: 'grid.duration', message: 'is required' });
  else if (!isFiniteNumber(v.duration) || v.duration <= 0) errors.push({ path: 'grid.duration', message: 'must be a number > 0 (s)' });
  else duration = v.duration;

  let ignition: [number, number] | null = null;
  const ig = v.ignition;
  if (ig === undefined) errors.push({ path: 'grid.ignition', message: 'is required' });
  else if (!Array.isArray(ig) || ig.length !== 2 || !ig.every((x) => typeof x === 'number' && Number.isInteger(x))) {
    errors.push({ path: 'grid.ignition', message: 'must be [i, j], integer cell indices' });
  } else {
    const [i, j] = ig as [number, number];
    if (width !== null && (i < 0 || i >= width)) errors.push({ path: 'grid.ignition[0]', message: `column ${i} is outside the grid (0 to ${width - 1})` });
    if (height !== null && (j < 0 || j >= height)) errors.push({ path: 'grid.ignition[1]', message: `row ${j} is outside the grid (0 to ${height - 1})` });
    ignition = [i, j];
  }
  if (errors.length > before || width === null || height === null || cellSize === null || duration === null || ignition === null) return null;
  return { width, height, cellSize, ignition, duration };
}
