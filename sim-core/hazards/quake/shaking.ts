// Ground shaking of a scenario earthquake: the intensity (烈度, on the Chinese seismic intensity
// scale GB/T 17742) and the peak ground acceleration at any point, by the GB 18306-2015 eastern-
// region relations (relations.ts) laid out as ellipses along the fault strike (ellipse.ts).
// The API the rest of the core uses: shakingAt for one place (a village, a dam), shakingField for
// a grid. Coordinates in metres, x east, y north, as everywhere in the core.
import { cos, pow, sin } from '../../math/index.ts';
import {
  EAST_INTENSITY, EAST_PGA, intensityOnAxis, lgPgaOnAxis, pgaSaturation, radiusOfIntensity, radiusOfLgPga,
  type IntensityAxis, type PgaAxis,
} from './relations.ts';
import { levelAt, type EllipseAxis } from './ellipse.ts';

export interface ScenarioQuake {
  /** Surface-wave magnitude Ms. */
  magnitude: number;
  /** Epicentre, metres in the scenario's frame. */
  epicentre: { x: number; y: number };
  /** Focal depth in metres. Carried for the models that need it; the GB 18306-2015 relations
   *  are in epicentral distance and do not use it. */
  depth: number;
  /** Compass bearing of the fault trace, degrees clockwise from north (0–180 and 180–360 give
   *  the same ellipse). */
  strike: number;
}

export interface Shaking {
  /** Intensity, continuous (VIII is 8); round as the consumer's table requires. */
  intensity: number;
  /** Horizontal peak ground acceleration, m/s² (the relation's gal / 100). */
  pga: number;
}

const DEG = 0.017453292519943295; // π/180

/** The peak values, at the epicentre: the lower of the two axes' values at zero distance. */
export function epicentralShaking(q: ScenarioQuake): Shaking {
  return { intensity: topIntensity(q.magnitude), pga: pow(10, topLgPga(q.magnitude)) / 100 };
}

function topIntensity(ms: number): number {
  return Math.min(intensityOnAxis(EAST_INTENSITY.long, ms, 0), intensityOnAxis(EAST_INTENSITY.short, ms, 0));
}

function topLgPga(ms: number): number {
  return Math.min(lgPgaOnAxis(EAST_PGA.long, ms, 0), lgPgaOnAxis(EAST_PGA.short, ms, 0));
}

/** A prepared quake: the strike's direction and the peaks computed once for many points. */
export interface ShakingSource {
  quake: ScenarioQuake;
  at(x: number, y: number): Shaking;
}

export function shakingSource(q: ScenarioQuake): ShakingSource {
  const ms = q.magnitude;
  const sx = sin(q.strike * DEG); // the strike's unit vector (east, north)
  const sy = cos(q.strike * DEG);
  const iTop = topIntensity(ms);
  const pTop = topLgPga(ms);
  const iLong = intensityAxis(EAST_INTENSITY.long, ms);
  const iShort = intensityAxis(EAST_INTENSITY.short, ms);
  const pLong = pgaAxis(EAST_PGA.long, ms);
  const pShort = pgaAxis(EAST_PGA.short, ms);
  return {
    quake: q,
    at(x: number, y: number): Shaking {
      const dx = (x - q.epicentre.x) / 1000; // km
      const dy = (y - q.epicentre.y) / 1000;
      const along = dx * sx + dy * sy;
      const across = dx * sy - dy * sx;
      return {
        intensity: levelAt(iLong, iShort, iTop, along, across),
        pga: pow(10, levelAt(pLong, pShort, pTop, along, across)) / 100,
      };
    },
  };
}

export function shakingAt(q: ScenarioQuake, x: number, y: number): Shaking {
  return shakingSource(q).at(x, y);
}

/** Intensity and PGA at the centres of a row-major grid from the south-west corner (cell [i, j]
 *  at ((i + ½)·cellSize, (j + ½)·cellSize)). */
export function shakingField(q: ScenarioQuake, width: number, height: number, cellSize: number): { intensity: Float64Array; pga: Float64Array } {
  const src = shakingSource(q);
  const intensity = new Float64Array(width * height);
  const pga = new Float64Array(width * height);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const s = src.at((i + 0.5) * cellSize, (j + 0.5) * cellSize);
      intensity[j * width + i] = s.intensity;
      pga[j * width + i] = s.pga;
    }
  }
  return { intensity, pga };
}

function intensityAxis(axis: IntensityAxis, ms: number): EllipseAxis {
  return {
    radius: (v) => radiusOfIntensity(axis, ms, v),
    level: (r) => intensityOnAxis(axis, ms, r),
    offset: axis.r0,
    rate: Math.LN10 / axis.c,
  };
}

function pgaAxis(axis: PgaAxis, ms: number): EllipseAxis {
  return {
    radius: (v) => radiusOfLgPga(axis, ms, v),
    level: (r) => lgPgaOnAxis(axis, ms, r),
    offset: pgaSaturation(axis, ms),
    rate: Math.LN10 / axis.c,
  };
}
