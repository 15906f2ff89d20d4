// The authoring spec of the demo district (demo-district.spec.json), checked with zod at load.
// Positions named …Km are [x, y] in kilometres from the south-west corner (easier to author
// and review than metres); everything is converted to metres before it reaches the scenario.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SUPPLY_KINDS } from '../../sim-core/world/places.ts';
import { TEAM_TYPES } from '../../sim-core/forces/teamTypes.ts';
import { INJECT_KINDS } from '../../sim-core/injects/inject.ts';

const km = z.tuple([z.number(), z.number()]);
const name = { zh: z.string().min(1), en: z.string().min(1) };
const text = z.strictObject(name);

export const demoSpecSchema = z.strictObject({
  about: z.string(),
  seed: z.number().int(),
  id: z.string(),
  name: z.strictObject(name),
  description: z.strictObject(name),
  /** 情况通报, copied into the scenario as it is (the scenario schema checks it). */
  briefing: z.unknown().optional(),
  start: z.string(),
  grid: z.strictObject({ width: z.number().int(), height: z.number().int(), cellSize: z.number() }),
  /** terrainSpec fields that are authored directly (valleys, lakes and built-up are derived). */
  terrain: z.strictObject({
    seed: z.number().int(), plainLevel: z.number(), peakLevel: z.number(), mountainFront: z.number(),
    featureSize: z.number(), octaves: z.number().int(), riverArea: z.number(), riverDepth: z.number(),
    forestShare: z.number(),
  }),
  valleys: z.array(z.strictObject({
    id: z.string(),
    halfWidth: z.number(),
    /** [x km, y km, floor m], upstream first. */
    pathKm: z.array(z.tuple([z.number(), z.number(), z.number()])).min(2),
  })),
  reservoirs: z.array(z.strictObject({
    id: z.string(), ...name,
    class: z.enum(['large', 'medium', 'small']),
    /** The valley the dam closes, and roughly where. */
    valley: z.string(),
    damKm: km,
    /** Crest above the valley floor at the dam. The normal level (正常蓄水位) is
     *  `normalBelowCrest` below the crest; the flood-limit level (汛限水位), lower still, is
     *  `floodLimitBelowCrest` below it: in the flood season the lake is held at the flood limit. */
    damHeight: z.number().positive(),
    normalBelowCrest: z.number().positive(),
    floodLimitBelowCrest: z.number().positive(),
    /** The water can spread this far up the valley (a rectangle), unless a polygon is given. */
    lengthKm: z.number().positive().optional(),
    polygonKm: z.array(km).min(3).optional(),
  })),
  townships: z.array(z.strictObject({
    id: z.string(), ...name,
    seatKm: km,
    /** How many of the 238 at-risk villages lie in this township. */
    villages: z.number().int().positive(),
    /** Class of the road that joins the seat to the district network. */
    road: z.enum(['highway', 'county']),
    /** Radius of the built-up seat, metres. */
    builtUp: z.number().positive(),
  })).length(18),
  districtSeat: z.string(),
  roads: z.strictObject({
    /** Highways leave the district here (grid-edge points). */
    exitsKm: z.array(km),
    /** Extra county roads between township seats, so the network has loops (detours). */
    links: z.array(z.tuple([z.string(), z.string()])),
  }),
  /** Built-up radius of a village: minRadius + perPerson · population, at most maxRadius (m). */
  villageBuiltUp: z.strictObject({ minRadius: z.number(), perPerson: z.number(), maxRadius: z.number() }),
  /** Shelters per township, sized for its at-risk people at areaPerPerson m² times margin. */
  shelters: z.strictObject({
    perTownship: z.number().int().positive(), areaPerPerson: z.number(), margin: z.number(), minArea: z.number(),
  }),
  depots: z.array(z.strictObject({
    id: z.string(), ...name, near: z.string(), stocks: z.partialRecord(z.enum(SUPPLY_KINDS), z.number().int()),
  })),
  /** Team bases near a township seat, with the district-level teams they hold. */
  bases: z.array(z.strictObject({
    id: z.string(), ...name, near: z.string(),
    teams: z.array(z.strictObject({ id: z.string(), ...name, type: z.enum(TEAM_TYPES), size: z.number().int().positive() })),
  })),
  /** Township teams (乡镇队伍): so many per township, their sizes summing to totalPeople. */
  townshipTeams: z.strictObject({ perTownship: z.number().int().positive(), totalPeople: z.number().int().positive() }),
  riverGauges: z.array(z.strictObject({ id: z.string(), ...name, atKm: km })),
  /** River gauge warning/danger levels: metres above the bed at the gauge. */
  gaugeLevels: z.strictObject({ riverWarning: z.number(), riverDanger: z.number() }),
  /** Forest-fire cameras: greedy cover of forest cells from the highest cell of each block,
   *  until `target` of the forest is seen or `maxCount` are placed. A camera's range grows
   *  with its height, from rangeMin at rangeFrom m to rangeMax at rangeTo m. */
  cameras: z.strictObject({
    target: z.number(), maxCount: z.number().int(), blockKm: z.number(),
    rangeMin: z.number(), rangeMax: z.number(), rangeFrom: z.number(), rangeTo: z.number(),
  }),
  /** The road cut by the landslide inject: `edges` consecutive county-road edges on the
   *  route between the two township seats, where the network has a detour at least
   *  minDetourMinutes longer between the two seats. */
  landslide: z.strictObject({
    between: z.tuple([z.string(), z.string()]), edges: z.number().int().positive(), minDetourMinutes: z.number().positive(),
  }),
  /** The MSEL. Placeholders: {townA} {townB} (landslide townships), {village} {villageTownship}
   *  {trapped} (the trapped-people call), {reservoir} {floodLimit}; ids in visibleTo, names in text. */
  injects: z.array(z.strictObject({
    id: z.string(), t: z.string(), jitter: z.string(), kind: z.enum(INJECT_KINDS),
    road: z.literal('landslide').optional(),
    /** A trapped inject: the people of the roof call are cut off at its village. */
    trapsCaller: z.literal(true).optional(),
    visibleTo: z.array(z.string()),
    from: text.optional(), text: text.optional(), reason: text.optional(), expected: text,
  })),
  /** Copied into scenario.json as they are (validated there by the scenario schema). */
  weather: z.record(z.string(), z.unknown()),
  extraInjects: z.array(z.record(z.string(), z.unknown())),
  /** Spillway crest widths (m) by reservoir id, where the class default does not hold. */
  spillways: z.record(z.string(), z.union([z.number().positive(), z.string()])),
});

export type DemoSpec = z.infer<typeof demoSpecSchema>;

export function loadDemoSpec(): DemoSpec {
  const text = readFileSync(new URL('./demo-district.spec.json', import.meta.url), 'utf8');
  return demoSpecSchema.parse(JSON.parse(text));
}
