// The scenario file format (scenario.json), as zod schemas. Strict objects: an unknown field
// is an error, so a typo never silently does nothing. Cross-references (a village's township,
// a road edge's nodes, a team's base …) are checked after the shape, in crossCheck.ts.
import { z } from 'zod';
import { ROAD_CLASSES } from '../sim-core/world/roadGraph.ts';
import { SUPPLY_KINDS } from '../sim-core/world/places.ts';
import { TEAM_TYPES } from '../sim-core/forces/teamTypes.ts';
import { AFTERSHOCK_MAGNITUDE, DAM_CRACK_DAMAGE, INJECT_KINDS } from '../sim-core/injects/inject.ts';
import { HAZUS_BRIDGE_CLASSES } from '../sim-core/hazards/quake/bridgeFragility.ts';
import { parseDuration } from '../sim-core/time/duration.ts';
import { DEFAULT_WIND_LIMIT, WIND_LIMITS } from '../sim-core/hazards/fire/windLimit.ts';
import { SIGMA_SCHEMES, STABILITY_CLASSES } from '../sim-core/hazards/plume/stability.ts';
import { PUBLIC_TOXICITY } from '../sim-core/hazards/chemical/publicTiers.ts';
import { siteSchema } from './siteSchema.ts';
import { earthquakeSchema } from './earthquakeSchema.ts';
import { stockShares, stockSumProblem } from './stockSchema.ts';

export const SCENARIO_FORMAT = 'tuiyan-scenario/1';

// Ids key plain objects in the state, so names of Object.prototype members are refused.
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'an id is 1–40 letters, digits, _ or -')
  .refine((s) => !(s in Object.prototype) && s !== '__proto__', { message: 'this id is reserved (a JavaScript object member name)' });
/** The date and time fields name a real moment (2026-13-45T99:99 does not). */
function realDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?/.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && se < 60;
}

export const localText = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() });
const metres = z.number().finite();
const count = z.number().int().nonnegative();

/** Seconds, or a duration such as `90s`, `45m`, `6h`, `2h30m`. */
export const duration = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const s = parseDuration(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `not a duration: ${JSON.stringify(v)} (use seconds or e.g. 90s, 45m, 6h, 2h30m)` });
    return z.NEVER;
  }
  return s;
});

/** A raster either stored beside scenario.json or generated from a checked-in spec. */
const rasterFile = z.strictObject({
  file: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a file name in the scenario folder'),
  type: z.enum(['int16', 'uint8', 'float32']),
  /** value = stored · scale + offset */
  scale: z.number().positive().default(1),
  offset: z.number().default(0),
});

/**
 * How `generateTerrain` (scenarios/terrain/) builds the elevation and land-cover rasters. The
 * generator uses only exact arithmetic, so every engine builds the same rasters bit for bit.
 */
export const terrainSpec = z.strictObject({
  seed: z.number().int(),
  /** Elevation of the southern plain and the highest ridges, metres. */
  plainLevel: z.number(),
  peakLevel: z.number(),
  /** Where the mountains begin, as a share of the height from the south edge (0–1). */
  mountainFront: z.number().min(0).max(1),
  /** Noise feature size in metres and octave count. */
  featureSize: z.number().positive(),
  octaves: z.number().int().min(1).max(10),
  /**
   * Valleys carved along these polylines: each vertex is [x, y, floor] (metres; floor is the
   * valley-floor elevation there, interpolated between vertices). The floor is flat across the
   * middle fifth of `halfWidth` and rises smoothly to the untouched terrain at `halfWidth`.
   */
  valleys: z.array(z.strictObject({
    path: z.array(z.tuple([metres, metres, z.number()])).min(2),
    halfWidth: z.number().positive(),
  })).default([]),
  /**
   * Water bodies: every cell under `level` inside the polygon becomes water (reservoirs,
   * lakes); the cells keep their bed elevation. A `dam` raises the terrain to `crest` along
   * its line (one cell either side) so the valley behind it holds the water.
   */
  lakes: z.array(z.strictObject({
    polygon: z.array(z.tuple([metres, metres])).min(3),
    level: z.number(),
    dam: z.strictObject({
      line: z.tuple([z.tuple([metres, metres]), z.tuple([metres, metres])]),
      crest: z.number(),
    }).optional(),
  })).default([]),
  /** A cell draining at least this area (m², D8 flow accumulation) is a river cell (water). */
  riverArea: z.number().positive(),
  /** Channel depth in metres cut into the largest rivers (smaller ones get less, min 1 m). */
  riverDepth: z.number().nonnegative(),
  /** Target forest share of land cover (DOMAIN.md: 68.46 % for Miyun). */
  forestShare: z.number().min(0).max(1),
  /** Built-up patches: [x, y, radius] in metres. */
  builtUp: z.array(z.tuple([metres, metres, z.number().positive()])).default([]),
});

const rasterSource = z.union([rasterFile, z.strictObject({ generate: z.literal('terrain') })]);

const place = { id, name: localText, x: metres, y: metres };

/** Midflame wind: speed m/s, compass direction it blows toward (degrees). */
const windSchema = z.strictObject({ speed: z.number().min(0).max(60), dir: z.number().min(0).max(360) });
/** Fuel moisture in percent: dead 1-h/10-h/100-h, live herbaceous and woody. */
const moistureSchema = z.strictObject({
  d1: z.number().min(1).max(60), d10: z.number().min(1).max(60), d100: z.number().min(1).max(60),
  liveHerb: z.number().min(30).max(300), liveWoody: z.number().min(30).max(300),
});

/** Rain by zone (polygons; a cell outside every zone is in none) and the day's wind and fuel moisture. */
const weather = z.strictObject({
  rainZones: z.array(z.strictObject({ id, name: localText, polygon: z.array(z.tuple([metres, metres])).min(3) })).default([]),
  /** Hyetographs: from each [t, mm/h] on, that rate falls until the next point. */
  rain: z.array(z.strictObject({ zone: id, series: z.array(z.tuple([duration, z.number().min(0).max(500)])).min(1) })).default([]),
  wind: windSchema.default({ speed: 2, dir: 180 }),
  moisture: moistureSchema.default({ d1: 12, d10: 14, d100: 16, liveHerb: 150, liveWoody: 150 }),
  /** Expected random ignitions (lightning, people) per day; 0 for none. */
  ignitionsPerDay: z.number().min(0).max(100).default(0),
  /** Spot fires downwind of burning cells in strong wind (seeded; off unless asked for). */
  spotting: z.boolean().default(false),
  /**
   * Rothermel's effective-wind-speed limit on fire spread: 'none' (BehavePlus's default),
   * 'rothermel1972' (U_eff ≤ 0.9·I_R, as BehavePlus 5 applied it) or 'spreadRate2013' (head rate
   * at most the effective wind speed; Andrews, Cruz & Rothermel 2013). See sim-core/hazards/fire/windLimit.ts.
   */
  fireWindLimit: z.enum(WIND_LIMITS).default(DEFAULT_WIND_LIMIT),
  /**
   * What plan validation varies by seed beyond timing: the rain that really falls is the
   * scenario's (and its injects') times a factor drawn uniformly from rainScale.
   */
  uncertainty: z.strictObject({ rainScale: z.tuple([z.number().min(0.1).max(5), z.number().min(0.1).max(5)]) }).partial().default({}),
});

/** 情况通报: per role (`chief`, `township:ID`, `team:ID` …) or kind (`township`, `team`) its task and forces. */
const briefing = z.strictObject({
  background: localText,
  situation: localText,
  roles: z.record(
    z.string().max(80), // which roles: crossCheck.ts
    z.strictObject({ task: localText, forces: localText.optional() }),
  ).default({}),
});

/**
 * 危化品企业 — hazardous-chemical sites (each at a place of the scenario, so teams can be sent
 * there) with what they store, and the day's dispersion setting (sim-core/hazards/chemical/).
 */
const chemical = z.strictObject({
  sites: z.array(z.strictObject({
    id, name: localText,
    /** The place (a team base, a depot …) the site is reached at; its x, y are the release point. */
    place: id,
    substance: z.enum(Object.keys(PUBLIC_TOXICITY) as [string, ...string[]], { error: `expected a substance with published public tiers: ${Object.keys(PUBLIC_TOXICITY).join(', ')}` }),
    /** Stored quantity, kg. */
    inventory: z.number().positive().max(1e7),
    /** Release height above ground, m. */
    height: z.number().min(0).max(200).default(1),
  })).min(1),
  /** Pasquill–Gifford class of the day (A very unstable … F moderately stable). */
  stability: z.enum(STABILITY_CLASSES),
  /** σy, σz formulas: Briggs open country or urban (Gifford 1976), or Turner's P–G fits (A–D). */
  sigma: z.enum(SIGMA_SCHEMES).default('briggsUrban'),
});

/**
 * 防台 — a typhoon (sim-core/hazards/typhoon/): the track's fixes (time, centre, central pressure,
 * radius of maximum wind), Holland's B and the ambient pressure, the surface-wind factor, a factor
 * on the R-CLIPER rain, and the fishing boats each township must bring in by `boatsBy`.
 */
const typhoonSchema = z.strictObject({
  id, name: localText,
  ambientPressure: z.number().min(950).max(1050),
  b: z.number().min(1).max(2.5),
  latitude: z.number().min(-60).max(60),
  surfaceFactor: z.number().min(0.5).max(1).default(0.75),
  rainFactor: z.number().min(0).max(5).default(1),
  track: z.array(z.strictObject({
    t: duration, x: metres, y: metres,
    pressure: z.number().min(850).max(1050),
    rmax: z.number().min(1000).max(500000),
  })).min(2).max(200),
  boats: z.array(z.strictObject({ township: id, count: z.number().int().min(1).max(10000), harbour: id })).max(100).default([]),
  boatsBy: duration.optional(),
  boatReturn: z.tuple([duration, duration]).default([1200, 10800]),
});

/**
 * 供水管网 (sim-core/hazards/waterMain/network.ts): service zones of places, main segments in a
 * tree from the waterworks with the valves that isolate each, the service pressure and the
 * 12345 call rate. Cross-references are checked in crossCheck.ts.
 */
const waterNetwork = z.strictObject({
  name: localText,
  operator: localText,
  /** Pressure in the mains, MPa (gauge); the head is p/(ρg). */
  servicePressure: z.number().positive().max(2),
  /** Discharge coefficient of a burst opening (default 0.61, a sharp-edged orifice). */
  dischargeCoefficient: z.number().min(0.1).max(1).default(0.61),
  /** 12345 calls per 1,000 residents per hour without water (before the surge after 2 h). */
  callRate: z.number().min(0).max(1000),
  zones: z.array(z.strictObject({ id, name: localText, places: z.array(id).min(1).max(1000), population: count })).min(1).max(500),
  mains: z.array(z.strictObject({
    id, name: localText,
    /** Inside diameter, m. */
    diameter: z.number().positive().max(5),
    upstream: id.nullable().default(null),
    zones: z.array(id).max(500).default([]),
    valves: z.array(z.strictObject({ id, name: localText, closeTime: duration })).min(1).max(20),
    repairTime: duration,
  })).min(1).max(500),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  id,
  name: localText,
  description: localText.optional(),
  /** What each role reads before the clock starts (sim-core/world/briefing.ts). */
  briefing: briefing.optional(),
  start: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$/, 'an ISO 8601 time with offset, e.g. 2026-07-16T06:00:00+08:00')
    .refine((s) => realDateTime(s), { message: 'not a real date and time' }),
  grid: z.strictObject({
    width: z.number().int().min(2).max(4096),
    height: z.number().int().min(2).max(4096),
    cellSize: z.number().min(1).max(10_000),
  }),
  terrain: terrainSpec.optional(),
  rasters: z.strictObject({ elevation: rasterSource, landCover: rasterSource }),
  roads: z.strictObject({
    nodes: z.array(z.tuple([metres, metres])),
    /** [from, to, class] — two-way; length is the straight distance between the nodes. */
    edges: z.array(z.tuple([count, count, z.enum(ROAD_CLASSES)])),
  }),
  townships: z.array(z.strictObject({ ...place })).min(1),
  villages: z.array(z.strictObject({
    ...place,
    township: id,
    population: count,
    households: count,
    atRisk: z.strictObject({ people: count, households: count }).default({ people: 0, households: 0 }),
    vulnerable: count.default(0),
    /** 房屋结构类型: shares of its people by structure type (default: its township type's, buildingStock.ts). */
    stock: stockShares.optional(),
    /** Whether the village holds a satellite phone (卫星电话): its report goes out when its phones are cut. */
    satellitePhone: z.boolean().optional(),
  }).superRefine((v, ctx) => {
    const p = v.stock ? stockSumProblem(v.stock, `village ${JSON.stringify(v.id)}`) : null;
    if (p) ctx.addIssue({ code: 'custom', path: ['stock'], message: p });
  })),
  shelters: z.array(z.strictObject({ ...place, township: id, usableArea: z.number().positive() })),
  depots: z.array(z.strictObject({ ...place, stocks: z.partialRecord(z.enum(SUPPLY_KINDS), count) })),
  teamBases: z.array(z.strictObject({ ...place })),
  teams: z.array(z.strictObject({
    id, name: localText, type: z.enum(TEAM_TYPES), size: z.number().int().positive(), base: id, owner: id,
  })),
  cameras: z.array(z.strictObject({ ...place, range: z.number().positive() })).default([]),
  reservoirs: z.array(z.strictObject({
    ...place,
    class: z.enum(['large', 'medium', 'small']),
    normalLevel: metres, floodLimitLevel: metres, damCrest: metres,
    /** The pool's level when the day starts (default: the flood-limit level, 汛限水位); a variant of the day may start it fuller. */
    startLevel: metres.optional(),
    storage: z.number().positive(),
    /** The reservoir's water area (polygon, metres): its water cells form the lumped pool. */
    area: z.array(z.tuple([metres, metres])).min(3).optional(),
    /** Free-overflow spillway crest width (m) at the normal level; dam crest length (m). */
    spillwayWidth: z.number().positive().optional(),
    damLength: z.number().positive().optional(),
    /** Largest controlled release through the gates and outlets, m³/s. */
    gateCapacity: z.number().nonnegative().optional(),
  })).default([]),
  gauges: z.array(z.strictObject({
    ...place,
    on: z.enum(['river', 'reservoir']),
    reservoir: id.optional(),
    warningLevel: metres, dangerLevel: metres,
  })).default([]),
  /**
   * 堤防 — levees and embankments: a crest `height` m above the ground either side, along a
   * polyline (metres). Water crosses only over the crest, or through a breach (leveeBreach inject).
   */
  levees: z.array(z.strictObject({
    id, name: localText,
    line: z.array(z.tuple([metres, metres])).min(2).max(1000),
    height: z.number().positive().max(30),
  })).default([]),
  weather: weather.prefault({}),
  chemical: chemical.optional(),
  /**
   * 溃坝洪水淹没范围 — each reservoir's dam-break zone as written by `tuiyan model dambreak`
   * (sim-core/hazards/dam/breakZone.ts): how it was computed and its grid cells as [first, count] runs.
   */
  damBreakZones: z.array(z.strictObject({
    reservoir: id,
    mode: z.enum(['overtopping', 'piping']),
    poolLevel: metres,
    hours: z.number().positive().max(240),
    depth: z.number().positive().max(10),
    runs: z.array(z.tuple([count, z.number().int().positive()])).max(1_000_000),
  })).optional(),
  /** 地震: the scenario earthquake's main shock (scenarios/earthquakeSchema.ts); absent: none. */
  earthquake: earthquakeSchema.optional(),
  /**
   * 桥梁: road bridges an earthquake may close — the road edges over each, and its HAZUS-MH class
   * (HWB1–HWB28; default HWB5, multi-span simply supported concrete of conventional design).
   */
  bridges: z.array(z.strictObject({
    id, name: localText, edges: z.array(count).min(1).max(100), class: z.enum(HAZUS_BRIDGE_CLASSES).optional(),
  })).max(1000).optional(),
  waterNetwork: waterNetwork.optional(),
  injects: z.array(z.strictObject({
    id,
    t: duration,
    jitter: duration.default(0),
    kind: z.enum(INJECT_KINDS),
    target: z.union([
      z.null(),
      z.strictObject({ edges: z.array(count).min(1) }),
      z.strictObject({ place: id }),
      z.strictObject({ zone: id }),
      z.strictObject({ x: metres, y: metres }),
      /** leveeBreach: the levee and the point of the breach on it. */
      z.strictObject({ levee: id, x: metres, y: metres }),
      /** siteAlarm, sitePanic: the crowded site; siteExitBlocked: and the exit's index in its plan; chemicalRelease: the chemical site. */
      z.strictObject({ site: id, exit: count.optional() }),
      /** mainBurst: the water main and the point where it bursts. */
      z.strictObject({ main: id, x: metres, y: metres }),
    ]).default(null),
    payload: z.strictObject({
      from: localText.optional(), text: localText.optional(), reason: localText.optional(),
      /** rain: what really falls from the inject's time on, [[seconds after the inject, mm/h]…]. */
      series: z.array(z.tuple([duration, z.number().min(0).max(500)])).min(1).optional(),
      wind: windSchema.optional(),
      moisture: moistureSchema.optional(),
      /** damBreak: how the breach forms (Froehlich 2008 distinguishes the two). */
      mode: z.enum(['overtopping', 'piping']).optional(),
      /** damCrack: the dam's damage class at least (Pells & Fell 2003; default moderate). */
      damage: z.enum(DAM_CRACK_DAMAGE).optional(),
      /** leveeBreach: how long the breach takes to erode down to the ground (default 30 min). */
      formation: duration.optional(),
      /** trapped: how many people are cut off at the village. */
      people: count.optional(),
      /** outage: the services cut (or, with restore, brought back). */
      services: z.array(z.enum(['power', 'comms', 'water'])).min(1).optional(),
      restore: z.boolean().optional(),
      /** chemicalRelease: a leak's rate (kg/s) and how long it lasts (default: until isolated or empty), or a puff's mass (kg). */
      rate: z.number().positive().max(1e4).optional(),
      duration: duration.optional(),
      mass: z.number().positive().max(1e7).optional(),
      cause: z.enum(['leak', 'fire', 'explosion']).optional(),
      /** sitePanic: the factor on the desired walking speed (default 1.5, sites/sitePanic.ts). */
      speedFactor: z.number().min(1).max(4).optional(),
      /** mainBurst: the opening's area, m² (at most the pipe's bore). */
      area: z.number().positive().max(20).optional(),
      /** aftershock: magnitude Ms, focal depth (m) and fault strike (degrees; default the main shock's); the target is the epicentre {x, y}. */
      magnitude: z.number().min(AFTERSHOCK_MAGNITUDE[0]).max(AFTERSHOCK_MAGNITUDE[1]).optional(),
      depth: z.number().min(0).max(100_000).optional(),
      strike: z.number().min(0).max(360).optional(),
    }).default({}),
    visibleTo: z.array(z.string()).default([]),
    expected: localText.optional(),
    /**
     * 条件触发: fire once this holds, from time t on (sim-core/injects/condition.ts lists the
     * kinds; `by` and `within` are durations). Checked against the scenario by crossCheck.ts.
     */
    when: z.looseObject({ kind: z.string(), by: duration.optional(), within: duration.optional(), for: duration.optional() }).optional(),
    /** The plan requirement this inject tests (its id in the scenario's plan). */
    tests: id.optional(),
  })).default([]),
  typhoon: typhoonSchema.optional(),
  /** 人员密集场所 — crowded sites emptied with the crowd model (scenarios/siteSchema.ts). */
  sites: z.array(siteSchema).max(50).optional(),
});

export type ScenarioJson = z.infer<typeof scenarioSchema>;
export type TerrainSpec = z.infer<typeof terrainSpec>;
