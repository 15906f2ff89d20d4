// The scenario's `earthquake` block (zod, strict like the rest of scenario.json): the main shock
// of a scenario earthquake. The magnitude bounds are the `tuiyan model quake` case's (moderate to
// great shallow earthquakes, sim-core/hazards/quake/quakeCase.ts); depth is the focal depth.
import { z } from 'zod';
import { parseDuration } from '../sim-core/time/duration.ts';
import { stockByPlace } from './stockSchema.ts';

// schema.ts imports this file, so its `duration` cannot be imported back (a cycle): the same rule here.
const duration = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const s = parseDuration(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `not a duration: ${JSON.stringify(v)} (use seconds or e.g. 90s, 45m, 6h, 2h30m)` });
    return z.NEVER;
  }
  return s;
});

export const earthquakeSchema = z.strictObject({
  /** Surface-wave magnitude Ms. */
  magnitude: z.number().min(4).max(8.5),
  /** Epicentre, metres in the scenario's frame. */
  epicentre: z.strictObject({ x: z.number().finite(), y: z.number().finite() }),
  /** Focal depth, metres. */
  depth: z.number().min(0).max(100_000),
  /** Compass bearing of the fault trace, degrees clockwise from north. */
  strike: z.number().min(0).max(360),
  /** When the main shock strikes (seconds or a duration such as `10m`). */
  t: duration,
  /** When the earthquake agency's intensity map (烈度分布图) is published: from then the chief's and
   *  the townships' maps can show it (sim-core/hazards/quake/intensityMap.ts). Absent: never in the run. */
  intensityMapAt: duration.optional(),
  /** Building stock for this day, overriding the village rows and the defaults: by village, then by township. */
  stock: z.strictObject({ villages: stockByPlace('village').optional(), townships: stockByPlace('township').optional() }).optional(),
  /** Villages holding a satellite phone (卫星电话) for this day, besides those whose row says so. */
  satellitePhones: z.array(z.string()).optional(),
});
