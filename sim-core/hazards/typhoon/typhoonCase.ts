// The `tuiyan model typhoon` case (docs/verification.md, "Typhoon wind"): Holland's (1980) radial
// profile of one vortex. Validated by hand so every problem names its JSON path; never throws.
//
// {centralPressure (hPa), ambientPressure (hPa), rmax (m), b (1–2.5), latitude? (degrees, 0:
//  cyclostrophic), surfaceFactor? (0–1, default 1: the gradient wind itself), radii?: [m…],
//  translationSpeed? (m/s) with heading (degrees clockwise from north, the way it moves)} →
// {maxWind (eq. 6, m/s), pressureAtRmax (hPa), peak: {r, wind} (the strongest wind on a scan
//  from 0.05·Rmax to 20·Rmax in steps of Rmax/2000), profile: [{r, pressure, wind, rain}…],
//  motion?: {speed, heading, background, surfaceMax, right: {r, wind}, left: {r, wind}}}
// (rain: the R-CLIPER rate in mm/h for the storm's maximum surface wind, rcliper.ts). With a
// translation the wind is windAt.ts's with Lin & Chavas's (2012) background wind: `right` and
// `left` are the strongest winds on the same scan along the perpendicular to the track on either
// side (right: bearing heading + 90°), and each profile row gains `right` and `left` winds there.
import { AIR_DENSITY, EARTH_OMEGA, HOLLAND_B_MAX, HOLLAND_B_MIN, hollandGradientWind, hollandMaxWind, hollandPressure, type HollandVortex } from './holland.ts';
import { rcliperRain } from './rcliper.ts';
import { cos, sin } from '../../math/index.ts';
import { BACKGROUND_SHARE } from './forwardMotion.ts';
import { surfaceMaxWind, surfaceWindAt } from './windAt.ts';
import type { StormAt } from './track.ts';

export interface TyphoonCaseResult {
  maxWind: number;
  pressureAtRmax: number;
  peak: { r: number; wind: number };
  profile: { r: number; pressure: number; wind: number; rain: number; right?: number; left?: number }[];
  /** With a translation: its background wind (m/s), the storm's surface maximum, and the strongest wind on each side. */
  motion?: { speed: number; heading: number; background: number; surfaceMax: number; right: { r: number; wind: number }; left: { r: number; wind: number } };
}

interface CaseError { path: string; message: string }
type Outcome = { ok: true; result: TyphoonCaseResult } | { ok: false; errors: CaseError[] };

const KEYS = ['centralPressure', 'ambientPressure', 'rmax', 'b', 'latitude', 'surfaceFactor', 'radii', 'translationSpeed', 'heading'];
/** Fastest translation the case takes, m/s (typhoons rarely pass 20; extratropical transitions reach about 30). */
const MAX_TRANSLATION = 40;
const MAX_RADII = 100000;
const SCAN_STEPS = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function runTyphoonCase(input: unknown): Outcome {
  const errors: CaseError[] = [];
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'case must be a JSON object' }] };
  for (const k of Object.keys(input)) if (!KEYS.includes(k)) errors.push({ path: k, message: `unknown key; expected one of ${KEYS.join(', ')}` });
  const pc = inRange(input.centralPressure, 'centralPressure', 850, 1050, 'hPa', errors);
  const pn = inRange(input.ambientPressure, 'ambientPressure', 900, 1060, 'hPa', errors);
  const rmax = inRange(input.rmax, 'rmax', 1000, 500000, 'm', errors);
  const b = inRange(input.b, 'b', HOLLAND_B_MIN, HOLLAND_B_MAX, "Holland's range", errors);
  const latitude = input.latitude === undefined ? 0 : inRange(input.latitude, 'latitude', -60, 60, 'degrees', errors);
  const surfaceFactor = input.surfaceFactor === undefined ? 1 : inRange(input.surfaceFactor, 'surfaceFactor', 0.1, 1, 'share of the gradient wind', errors);
  const radii: number[] = [];
  if (input.radii !== undefined) {
    if (!Array.isArray(input.radii) || input.radii.length > MAX_RADII) errors.push({ path: 'radii', message: `must be an array of at most ${MAX_RADII} distances (m)` });
    else input.radii.forEach((r, k) => {
      if (!isFiniteNumber(r) || r < 0) errors.push({ path: `radii[${k}]`, message: 'must be a distance ≥ 0 (m)' });
      else radii.push(r);
    });
  }
  const speed = input.translationSpeed === undefined ? 0 : inRange(input.translationSpeed, 'translationSpeed', 0, MAX_TRANSLATION, 'm/s', errors);
  const heading = input.heading === undefined ? 0 : inRange(input.heading, 'heading', 0, 360, 'degrees clockwise from north', errors);
  if (input.translationSpeed !== undefined && input.heading === undefined) errors.push({ path: 'heading', message: 'is required with translationSpeed (degrees clockwise from north, the way the storm moves)' });
  if (input.heading !== undefined && input.translationSpeed === undefined) errors.push({ path: 'translationSpeed', message: 'is required with heading (m/s)' });
  if (pc !== null && pn !== null && pc >= pn) errors.push({ path: 'centralPressure', message: 'must be below ambientPressure (a cyclone is a low)' });
  if (errors.length > 0 || pc === null || pn === null || rmax === null || b === null || latitude === null || surfaceFactor === null || speed === null || heading === null) return { ok: false, errors };

  const v: HollandVortex = { pc: pc * 100, pn: pn * 100, rmax, b, f: 2 * EARTH_OMEGA * sin((latitude * Math.PI) / 180), rho: AIR_DENSITY };
  const maxWind = hollandMaxWind(v);
  const peak = { r: 0, wind: 0 };
  for (let k = 100; k <= SCAN_STEPS * 20; k++) {
    const r = (rmax * k) / SCAN_STEPS;
    const wind = hollandGradientWind(v, r);
    if (wind > peak.wind) { peak.r = r; peak.wind = wind; }
  }
  const h = (heading * Math.PI) / 180;
  const track = { surfaceFactor, latitude };
  const moving: StormAt = { x: 0, y: 0, vx: speed * sin(h), vy: speed * cos(h), vortex: v };
  const surfaceMax = surfaceMaxWind(track, moving);
  // Unit vectors to the right and the left of the track (bearing heading ± 90°).
  const side = (r: number, sign: 1 | -1) => surfaceWindAt(track, moving, sign * r * cos(h), -sign * r * sin(h));
  const profile: TyphoonCaseResult['profile'] = radii.map((r) => ({ r, pressure: hollandPressure(v, r) / 100, wind: surfaceFactor * hollandGradientWind(v, r), rain: rcliperRain(surfaceMax, r) }));
  let motion: TyphoonCaseResult['motion'];
  if (input.translationSpeed !== undefined) {
    const right = { r: 0, wind: 0 }, left = { r: 0, wind: 0 };
    for (let k = 100; k <= SCAN_STEPS * 20; k++) {
      const r = (rmax * k) / SCAN_STEPS;
      const wr = side(r, 1), wl = side(r, -1);
      if (wr > right.wind) { right.r = r; right.wind = wr; }
      if (wl > left.wind) { left.r = r; left.wind = wl; }
    }
    motion = { speed, heading, background: BACKGROUND_SHARE * speed, surfaceMax, right, left };
    for (const p of profile) { p.right = side(p.r, 1); p.left = side(p.r, -1); }
  }
  return { ok: true, result: { maxWind, pressureAtRmax: hollandPressure(v, rmax) / 100, peak, profile, ...(motion ? { motion } : {}) } };
}

function inRange(v: unknown, path: string, lo: number, hi: number, unit: string, errors: CaseError[]): number | null {
  if (v === undefined) { errors.push({ path, message: 'is required' }); return null; }
  if (!isFiniteNumber(v) || v < lo || v > hi) { errors.push({ path, message: `must be a number from ${lo} to ${hi} (${unit})` }); return null; }
  return v;
}
