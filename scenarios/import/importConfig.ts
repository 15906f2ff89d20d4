// import.yaml: what `tuiyan import` reads — the files a bureau has, their CRS, how their
// columns and classes map to the scenario, and the grid. Paths are relative to the config.
import { z } from 'zod';
import { ROAD_CLASSES } from '../../sim-core/world/roadGraph.ts';
import { LAND_COVER_NAMES, type LandCoverName } from '../../sim-core/world/landCover.ts';
import { id, localText } from '../schema.ts';
import { REGISTERS } from './registerColumns.ts';

export const IMPORT_FORMAT = 'tuiyan-import/1';

const path = z.string().min(1);
const crs = z.union([z.string().min(1), z.number().int()]);
const landCoverName = z.enum(LAND_COVER_NAMES as [LandCoverName, ...LandCoverName[]]);

/** Class presets for common land-cover products; a config may give its own table instead. */
export const LAND_COVER_PRESETS: Record<string, Record<number, LandCoverName>> = {
  tuiyan: { 1: 'water', 2: 'forest', 3: 'shrub', 4: 'grass', 5: 'cropland', 6: 'built', 7: 'bare' },
  // ESA WorldCover 10 m (2020/2021) map codes.
  worldcover: { 10: 'forest', 20: 'shrub', 30: 'grass', 40: 'cropland', 50: 'built', 60: 'bare', 70: 'bare', 80: 'water', 90: 'water', 95: 'forest', 100: 'grass' },
  // GlobeLand30 codes.
  globeland30: { 10: 'cropland', 20: 'forest', 30: 'grass', 40: 'shrub', 50: 'water', 60: 'water', 70: 'grass', 80: 'built', 90: 'bare', 100: 'bare' },
};

/** OSM `highway` values (and common Chinese road grades) → the scenario's road classes. */
export const DEFAULT_ROAD_CLASSES: Record<string, typeof ROAD_CLASSES[number]> = {
  motorway: 'highway', trunk: 'highway', primary: 'highway', motorway_link: 'highway', trunk_link: 'highway', primary_link: 'highway',
  secondary: 'county', secondary_link: 'county', tertiary: 'township', tertiary_link: 'township',
  unclassified: 'village', residential: 'village', service: 'village', living_street: 'village', road: 'village',
  track: 'track', path: 'track',
  国道: 'highway', 高速: 'highway', 省道: 'highway', 县道: 'county', 乡道: 'township', 村道: 'village', 机耕路: 'track',
  ...Object.fromEntries(ROAD_CLASSES.map((c) => [c, c])),
};

const register = z.strictObject({
  file: path,
  encoding: z.enum(['utf8', 'gb18030', 'auto']).default('auto'),
  /** The CRS of the coordinate columns: wgs84 (default), cgcs2000, gcj02 (Chinese web maps) or an EPSG code. */
  coordinates: crs.default('wgs84'),
  /** field → header, where the sheet's header differs from the defaults. */
  columns: z.record(z.string(), z.string()).default({}),
});

export const importConfigSchema = z.strictObject({
  format: z.literal(IMPORT_FORMAT),
  id,
  name: localText,
  description: localText.optional(),
  start: z.string().default('2026-07-16T06:00:00+08:00'),
  /** The scenario's projected CRS (metres): a CGCS2000 3° Gauss–Krüger zone or UTM. */
  crs,
  cellSize: z.number().min(5).max(1000).default(100),
  /** South-west corner of the grid in the CRS; default: the boundary's, floored to the cell size. */
  origin: z.tuple([z.number(), z.number()]).optional(),
  /** The district boundary (a GeoJSON polygon). */
  boundary: z.strictObject({ file: path, crs: crs.optional() }),
  dem: z.strictObject({ files: z.array(path).min(1), crs: crs.optional(), nodata: z.number().optional() }),
  landCover: z.strictObject({
    file: path,
    crs: crs.optional(),
    classes: z.union([z.enum(Object.keys(LAND_COVER_PRESETS) as [string, ...string[]]), z.record(z.string(), landCoverName)]).default('tuiyan'),
    /** For polygons (GeoJSON): the property holding the class code (三调: DLBM, 地类编码). */
    classField: z.string().default('DLBM'),
    /** Class for cells the raster does not cover or with an unmapped code (otherwise an error). */
    fallback: landCoverName.optional(),
  }),
  /** Rivers and gullies from the DEM: cells draining at least minArea m² become water. */
  rivers: z.strictObject({ fromDem: z.boolean().default(true), minArea: z.number().positive().default(10_000_000) }).prefault({}),
  roads: z.strictObject({
    file: path,
    crs: crs.optional(),
    classField: z.string().default('highway'),
    classes: z.record(z.string(), z.enum(ROAD_CLASSES)).default({}),
    bridgeField: z.string().default('bridge'),
    /** Line ends this close (m) to another road join it. */
    snap: z.number().min(0).max(200).default(20),
  }),
  registers: z.strictObject(Object.fromEntries(REGISTERS.map((r) => [r, register.optional()])) as Record<typeof REGISTERS[number], z.ZodOptional<typeof register>>)
    .refine((r) => r.townships && r.villages, { message: 'townships and villages registers are required' }),
  /** Reservoir water areas (GeoJSON polygons with the reservoir's id in `idField`). */
  reservoirAreas: z.strictObject({ file: path, crs: crs.optional(), idField: z.string().default('编号') }).optional(),
  /** A place farther than this (m) from every road is reported. */
  maxRoadDistance: z.number().positive().default(2000),
  /** The weather day (JSON in the scenario's weather format, polygons in the CRS); default: a design storm. */
  weather: path.optional(),
  /** 堤防: levees as GeoJSON lines with an id, a name and the crest height above the ground (m). */
  levees: z.strictObject({
    file: path, crs: crs.optional(), idField: z.string().default('编号'), nameField: z.string().default('名称'), heightField: z.string().default('堤高'),
  }).optional(),
  /** The exercise plan (预案, plan.json) to put beside the scenario. */
  plan: path.optional(),
  /** The director's script (injects, JSON); default: empty. */
  script: path.optional(),
});

export type ImportConfig = z.infer<typeof importConfigSchema>;
export type RegisterConfig = z.infer<typeof register>;
