// The `tuiyan model plume` case (DESIGN.md, "Case files"): a release, the wind and a stability
// class in; concentrations at receptors and/or over a grid, threat zones by a substance's tiers,
// and the shelter-in-place dose factor out. Validated by hand so every problem names its JSON
// path; never throws.
//
// Units: SI, x east, y north; concentrations in g/m³ (a rate in g/s, a mass in g); receptors
// are [x, y] in metres relative to the source; the grid puts the source at the centre of cell
// `source` [i, j].
//
// `sigmaValues: {y, z}` replaces the σ formulas by two numbers, for a worked example that reads
// σy and σz off a graph at one distance (Turner's Workbook, 1970, reads them from its Figs 3-2
// and 3-3): then only a continuous release, receptors and no time are allowed, and every
// receptor downwind gets those σ whatever its distance.
import { plumeConcentration } from './gaussian.ts';
import { concentrationAt, plumeField, windFrame, type PlumeGrid, type PlumeSource, type PlumeWeather } from './field.ts';
import { dispersionSigmas } from './sigmas.ts';
import { isSigmaScheme, isStabilityClass, SIGMA_SCHEMES, STABILITY_CLASSES, type SigmaScheme } from './stability.ts';
import { PASQUILL_GIFFORD_CLASSES } from './sigmaPasquillGifford.ts';
import { ppmToGramsPerCubicMetre, SUBSTANCES, type Substance } from './substances.ts';
import { threatZones, type Zone } from './zones.ts';
import { DEFAULT_AIR_CHANGES_PER_HOUR, shelterDoseFactor } from './shelter.ts';

export interface PlumeCaseError { path: string; message: string }

export interface PlumeReceptorResult {
  x: number; y: number; downwind: number; crosswind: number;
  /** σ at this receptor's downwind distance (a puff's at its centre's), m; null upwind. */
  sigmaY: number | null; sigmaZ: number | null;
  concentration: number;
}

export interface PlumeCaseResult {
  receptors?: PlumeReceptorResult[];
  /** g/m³, row-major from the south-west corner. */
  concentration?: number[];
  max?: number;
  zones?: Zone[];
  shelterFactor?: number;
}

type Outcome = { ok: true; result: PlumeCaseResult } | { ok: false; errors: PlumeCaseError[] };

const KEYS = ['release', 'height', 'wind', 'stability', 'sigma', 'receptorHeight', 'time', 'receptors', 'grid', 'substance', 'shelter', 'sigmaValues'];
const MAX_GRID_CELLS = 4096 * 4096;
const MAX_DISTANCE = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Never throws: bad input comes back as a list of errors. */
export function runPlumeCase(input: unknown): Outcome {
  const errors: PlumeCaseError[] = [];
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'case must be a JSON object' }] };
  unknownKeys(input, KEYS, '', errors);

  const height = input.height === undefined ? 0 : num(input.height, 'height', 0, 1000, 'm', errors);
  const receptorHeight = input.receptorHeight === undefined ? 0 : num(input.receptorHeight, 'receptorHeight', 0, 1000, 'm', errors);
  const time = input.time === undefined ? undefined : num(input.time, 'time', 0, 7 * 86_400, 's', errors);
  let speed: number | null = null, dir: number | null = null;
  if (!isObject(input.wind)) errors.push({ path: 'wind', message: input.wind === undefined ? 'is required' : 'must be an object {speed, dir}' });
  else {
    unknownKeys(input.wind, ['speed', 'dir'], 'wind.', errors);
    speed = num(input.wind.speed, 'wind.speed', 0.1, 60, 'm/s; the Gaussian plume has no calm solution', errors);
    dir = num(input.wind.dir, 'wind.dir', 0, 360, 'degrees, the compass direction the wind blows toward', errors);
  }
  const stability = input.stability;
  if (!isStabilityClass(stability)) errors.push({ path: 'stability', message: `must be one of ${STABILITY_CLASSES.map((c) => `"${c}"`).join(', ')}` });
  let scheme: SigmaScheme = 'briggsRural';
  if (input.sigma !== undefined) {
    if (isSigmaScheme(input.sigma)) scheme = input.sigma;
    else errors.push({ path: 'sigma', message: `must be one of ${SIGMA_SCHEMES.map((s) => `"${s}"`).join(', ')}` });
  }
  if (scheme === 'pasquillGifford' && isStabilityClass(stability) && !PASQUILL_GIFFORD_CLASSES.includes(stability)) {
    errors.push({ path: 'stability', message: `the pasquillGifford fits cover classes A–D only; use "briggsRural" or "briggsUrban" for ${stability}` });
  }
  const release = parseRelease(input.release, errors);
  if (release?.kind === 'instantaneous' && time === undefined) errors.push({ path: 'time', message: 'is required for an instantaneous release (the puff moves)' });
  const receptors = input.receptors === undefined ? undefined : parseReceptors(input.receptors, errors);
  const grid = input.grid === undefined ? undefined : parseGrid(input.grid, errors);
  const substance = input.substance === undefined ? undefined : parseSubstance(input.substance, errors);
  if (substance !== undefined && grid === undefined) errors.push({ path: 'substance', message: 'threat zones need a grid' });
  const shelter = input.shelter === undefined ? undefined : parseShelter(input.shelter, errors);
  const fixed = input.sigmaValues === undefined ? undefined : parseSigmaValues(input.sigmaValues, errors);
  if (fixed !== undefined) {
    if (grid !== undefined) errors.push({ path: 'sigmaValues', message: 'fixed σ hold at one distance; use them with receptors, not a grid' });
    if (receptors === undefined) errors.push({ path: 'sigmaValues', message: 'fixed σ need receptors' });
    if (release?.kind === 'instantaneous') errors.push({ path: 'sigmaValues', message: 'fixed σ are for a continuous release (a plume), not a puff' });
    if (time !== undefined) errors.push({ path: 'sigmaValues', message: 'fixed σ give the steady plume; leave out time' });
  }
  if (receptors === undefined && grid === undefined && shelter === undefined) errors.push({ path: '', message: 'nothing to compute: give receptors, a grid or shelter' });

  if (errors.length > 0 || release === null || speed === null || dir === null || !isStabilityClass(stability) || height === null || receptorHeight === null || time === null) {
    return { ok: false, errors };
  }
  const weather: PlumeWeather = { speed, dir, stability, scheme };
  const result: PlumeCaseResult = {};
  const t = time;
  if (receptors) {
    const src = { ...release, x: 0, y: 0, height } as PlumeSource;
    result.receptors = receptors.map(([x, y]) => {
      const f = windFrame(src, weather, x, y);
      if (fixed && src.kind === 'continuous') {
        const down = f.downwind > 0;
        const c = down ? plumeConcentration(src.rate, speed, fixed.y, fixed.z, f.crosswind, receptorHeight, height) : 0;
        return { x, y, downwind: f.downwind, crosswind: f.crosswind, sigmaY: down ? fixed.y : null, sigmaZ: down ? fixed.z : null, concentration: c };
      }
      const at = src.kind === 'instantaneous' ? (t! > 0 ? speed * t! : 0) : f.downwind;
      const s = at > 0 ? dispersionSigmas(scheme, stability, at) : null;
      return { x, y, downwind: f.downwind, crosswind: f.crosswind, sigmaY: s?.y ?? null, sigmaZ: s?.z ?? null, concentration: concentrationAt(src, weather, x, y, receptorHeight, t) };
    });
  }
  if (grid) {
    const g: PlumeGrid = { width: grid.width, height: grid.height, cellSize: grid.cellSize };
    const src = { ...release, x: (grid.source[0] + 0.5) * grid.cellSize, y: (grid.source[1] + 0.5) * grid.cellSize, height } as PlumeSource;
    const field = plumeField(src, weather, g, receptorHeight, t, new Float64Array(g.width * g.height));
    result.concentration = Array.from(field);
    let max = 0;
    for (const c of field) if (c > max) max = c;
    result.max = max;
    if (substance) {
      result.zones = threatZones(field, g, src, substance.tiers.map((tier) => ({ id: tier.id, threshold: ppmToGramsPerCubicMetre(tier.ppm, substance.molarMass) })));
    }
  }
  if (shelter) result.shelterFactor = shelterDoseFactor(shelter.airChangesPerHour, shelter.exposure);
  return { ok: true, result };
}

function parseSigmaValues(v: unknown, errors: PlumeCaseError[]): { y: number; z: number } | undefined {
  if (!isObject(v)) {
    errors.push({ path: 'sigmaValues', message: 'must be an object {y, z} (σy and σz in metres)' });
    return undefined;
  }
  unknownKeys(v, ['y', 'z'], 'sigmaValues.', errors);
  const y = num(v.y, 'sigmaValues.y', 0.01, 100_000, 'm', errors);
  const z = num(v.z, 'sigmaValues.z', 0.01, 100_000, 'm', errors);
  return y === null || z === null ? undefined : { y, z };
}

type ReleaseSpec = { kind: 'continuous'; rate: number; duration?: number } | { kind: 'instantaneous'; mass: number };

function parseRelease(v: unknown, errors: PlumeCaseError[]): ReleaseSpec | null {
  if (!isObject(v)) {
    errors.push({ path: 'release', message: v === undefined ? 'is required' : 'must be an object {rate, duration?} or {mass}' });
    return null;
  }
  unknownKeys(v, ['rate', 'duration', 'mass'], 'release.', errors);
  if (v.mass !== undefined) {
    if (v.rate !== undefined || v.duration !== undefined) errors.push({ path: 'release', message: 'give either {mass} (a puff) or {rate, duration?} (a plume), not both' });
    const mass = num(v.mass, 'release.mass', 0, 1e12, 'g', errors);
    return mass === null ? null : { kind: 'instantaneous', mass };
  }
  const rate = num(v.rate, 'release.rate', 0, 1e9, 'g/s', errors);
  const duration = v.duration === undefined ? undefined : num(v.duration, 'release.duration', 1, 7 * 86_400, 's', errors);
  if (rate === null || duration === null) return null;
  return duration === undefined ? { kind: 'continuous', rate } : { kind: 'continuous', rate, duration };
}

function parseReceptors(v: unknown, errors: PlumeCaseError[]): [number, number][] | undefined {
  if (!Array.isArray(v) || v.length === 0 || v.length > 100_000) {
    errors.push({ path: 'receptors', message: 'must be a list of 1 to 100000 points [x, y] (m from the source, x east, y north)' });
    return undefined;
  }
  const out: [number, number][] = [];
  v.forEach((p, k) => {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((c) => isNum(c) && Math.abs(c) <= MAX_DISTANCE)) {
      errors.push({ path: `receptors[${k}]`, message: `must be [x, y] in metres, each within ±${MAX_DISTANCE}` });
    } else out.push([p[0], p[1]]);
  });
  return out;
}

function parseGrid(v: unknown, errors: PlumeCaseError[]): { width: number; height: number; cellSize: number; source: [number, number] } | undefined {
  if (!isObject(v)) {
    errors.push({ path: 'grid', message: 'must be an object {width, height, cellSize, source: [i, j]}' });
    return undefined;
  }
  unknownKeys(v, ['width', 'height', 'cellSize', 'source'], 'grid.', errors);
  const width = int(v.width, 'grid.width', errors), height = int(v.height, 'grid.height', errors);
  const cellSize = num(v.cellSize, 'grid.cellSize', 0.1, 10_000, 'm', errors);
  if (width !== null && height !== null && width * height > MAX_GRID_CELLS) errors.push({ path: 'grid', message: `has ${width * height} cells; at most ${MAX_GRID_CELLS}` });
  const s = v.source;
  if (!Array.isArray(s) || s.length !== 2 || !s.every((c) => Number.isInteger(c)) || width === null || height === null
    || s[0] < 0 || s[0] >= width || s[1] < 0 || s[1] >= height) {
    errors.push({ path: 'grid.source', message: 'must be a cell [i, j] inside the grid' });
    return undefined;
  }
  if (cellSize === null) return undefined;
  return { width, height, cellSize, source: [s[0], s[1]] };
}

function parseSubstance(v: unknown, errors: PlumeCaseError[]): Substance | undefined {
  if (typeof v === 'string') {
    if (Object.hasOwn(SUBSTANCES, v)) return SUBSTANCES[v];
    errors.push({ path: 'substance', message: `unknown substance "${v}"; known: ${Object.keys(SUBSTANCES).join(', ')}, or give {molarMass, tiers: [{id, ppm}]}` });
    return undefined;
  }
  if (!isObject(v)) {
    errors.push({ path: 'substance', message: 'must be a known substance name or {molarMass, tiers: [{id, ppm}]}' });
    return undefined;
  }
  unknownKeys(v, ['molarMass', 'tiers'], 'substance.', errors);
  const molarMass = num(v.molarMass, 'substance.molarMass', 1, 1000, 'g/mol', errors);
  if (!Array.isArray(v.tiers) || v.tiers.length === 0 || v.tiers.length > 10) {
    errors.push({ path: 'substance.tiers', message: 'must be a list of 1 to 10 tiers {id, ppm}' });
    return undefined;
  }
  const tiers = v.tiers.map((tier, k) => {
    const path = `substance.tiers[${k}]`;
    if (!isObject(tier) || typeof tier.id !== 'string' || tier.id === '') {
      errors.push({ path, message: 'must be {id: text, ppm: number}' });
      return null;
    }
    unknownKeys(tier, ['id', 'ppm'], `${path}.`, errors);
    const ppm = num(tier.ppm, `${path}.ppm`, 1e-6, 1e6, 'ppm', errors);
    return ppm === null ? null : { id: tier.id, ppm };
  });
  if (molarMass === null || tiers.some((x) => x === null)) return undefined;
  return { id: 'custom', molarMass, tiers: tiers as { id: string; ppm: number }[] };
}

function parseShelter(v: unknown, errors: PlumeCaseError[]): { airChangesPerHour: number; exposure: number } | undefined {
  if (!isObject(v)) {
    errors.push({ path: 'shelter', message: 'must be an object {exposure, airChangesPerHour?}' });
    return undefined;
  }
  unknownKeys(v, ['exposure', 'airChangesPerHour'], 'shelter.', errors);
  const exposure = num(v.exposure, 'shelter.exposure', 1, 7 * 86_400, 's, how long the plume passes over', errors);
  const ach = v.airChangesPerHour === undefined ? DEFAULT_AIR_CHANGES_PER_HOUR : num(v.airChangesPerHour, 'shelter.airChangesPerHour', 0.01, 50, 'air changes per hour', errors);
  if (exposure === null || ach === null) return undefined;
  return { airChangesPerHour: ach, exposure };
}

function unknownKeys(obj: Record<string, unknown>, known: readonly string[], prefix: string, errors: PlumeCaseError[]): void {
  for (const key of Object.keys(obj)) if (!known.includes(key)) errors.push({ path: prefix + key, message: `unknown key "${key}"` });
}

function num(v: unknown, path: string, lo: number, hi: number, unit: string, errors: PlumeCaseError[]): number | null {
  if (v === undefined) {
    errors.push({ path, message: 'is required' });
    return null;
  }
  if (!isNum(v) || v < lo || v > hi) {
    errors.push({ path, message: `must be a number between ${lo} and ${hi} (${unit})` });
    return null;
  }
  return v;
}

function int(v: unknown, path: string, errors: PlumeCaseError[]): number | null {
  if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 4096) {
    errors.push({ path, message: v === undefined ? 'is required' : 'must be a whole number from 1 to 4096' });
    return null;
  }
  return v as number;
}
