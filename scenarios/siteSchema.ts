// 人员密集场所 in scenario.json (`sites`, optional): each site's place on the map, its floor plan
// (walls and exits as in `tuiyan model crowd` case files, plus the rooms people stand in) given
// inline or as a JSON file in the scenario folder, and who is inside by local time of day.
// Strict: an unknown field is refused. The plan's geometry (people clear of walls, exits wide
// enough, everyone with a way out) is checked when the scenario resolves (resolveSites.ts).
import { z } from 'zod';
import { SITE_KINDS } from '../sim-core/people/sites/siteTypes.ts';

// The same rule as schema.ts's ids (not imported: schema.ts imports this file).
const siteId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'an id is 1–40 letters, digits, _ or -')
  .refine((s) => !(s in Object.prototype) && s !== '__proto__', { message: 'this id is reserved (a JavaScript object member name)' });
const text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() });
const segment = z.tuple([z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite()]);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time of day HH:MM, e.g. 08:00');

export const sitePlanSchema = z.strictObject({
  walls: z.array(segment).max(10_000),
  exits: z.array(segment).min(1).max(100),
  rooms: z.array(segment).min(1).max(1000),
});

export const siteSchema = z.strictObject({
  id: siteId,
  name: text,
  kind: z.enum(SITE_KINDS),
  x: z.number().finite(),
  y: z.number().finite(),
  township: siteId,
  /** The floor plan inline, or `{file}`: a JSON file {walls, exits, rooms} beside scenario.json. */
  plan: z.union([sitePlanSchema, z.strictObject({ file: z.string().regex(/^[A-Za-z0-9_.-]+\.json$/, 'a .json file name in the scenario folder') })]),
  /** Who is inside from `from` to `to` (local time of day; over midnight when to < from). */
  occupancy: z.array(z.strictObject({ from: clock, to: clock, people: z.number().int().min(0).max(20_000) })).min(1).max(48),
  /** An earthquake early-warning receiver (地震预警接收终端) on site. */
  receiver: z.boolean().default(false),
  /** Desired walking speed, m/s (default Weidmann's free speed 1.34). */
  speed: z.number().min(0.3).max(3).default(1.34),
  /** Pre-movement time after the alarm, [min, max] s, drawn uniformly per person (default [5, 30]: a drilled school, sites/siteTypes.ts). */
  reaction: z.tuple([z.number().min(0).max(3600), z.number().min(0).max(3600)]).refine(([a, b]) => a <= b, 'reaction [min, max] needs min ≤ max').default([5, 30]),
  /** The crowd is stepped at most this long after the alarm, s (default 30 min). */
  maxDuration: z.number().int().min(60).max(6 * 3600).default(1800),
});

export type SiteJson = z.infer<typeof siteSchema>;
