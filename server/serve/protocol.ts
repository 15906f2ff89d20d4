// Every message a client may send, HTTP body or socket payload, as a zod schema (DESIGN.md:
// every message is validated; a bad one gets an error answer and changes nothing). Commands
// are only checked for being an object with a type here: the core validates their shape and
// whether the role may give them, and says why not.
import { z } from 'zod';
import { SPEEDS } from '../../runtime/clock.ts';
import { parseDuration } from '../../sim-core/time/duration.ts';

/** Largest socket message (JSON characters) handled; bigger ones get `tooLarge`. */
export const MAX_MESSAGE_CHARS = 64 * 1024;
/** Largest HTTP body read. */
export const MAX_BODY_BYTES = 64 * 1024;

const localText = z.object({ zh: z.string().min(1).max(4000), en: z.string().max(4000).optional() }).strict();
const role = z.string().min(1).max(80);
const duration = z.union([z.number(), z.string().max(20)]).transform((v, ctx) => {
  const s = parseDuration(v);
  if (s === null) { ctx.addIssue({ code: 'custom', message: 'expected a duration such as 90s, 45m, 6h or 1d (at most a year)' }); return z.NEVER; }
  return s;
});

export const createExerciseBody = z.object({
  scenario: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a scenario folder name under scenarios/, e.g. "demo-district"'),
  seed: z.int().min(0).max(2 ** 31 - 1).optional(),
  /** `auto`: the plan.json beside the scenario, its autopilot playing every role nobody joins. */
  plan: z.enum(['none', 'auto']).optional(),
  speed: z.enum(SPEEDS).optional(),
  /** How long the exercise runs in sim time (default 24 h). */
  until: duration.pipe(z.number().min(60, 'an exercise runs at least a minute of sim time')).optional(),
  /** Roles people play from the start (`chief`, `township:ID`, `team:ID`); the autopilot plays the rest. */
  played: z.array(role).max(500).optional(),
}).strict();

export const joinBody = z.object({
  // Spaces and dashes (people group a code as they read it out) and case are dropped by normalizeCode.
  code: z.string().regex(/^[A-Za-z0-9 -]{4,32}$/, 'a join code is letters and digits (spaces and dashes allowed)'),
  name: z.string().min(1).max(60).optional(),
}).strict();

/** The director withdraws a role's join code or replaces it with a new one. */
export const codeBody = z.object({ role, action: z.enum(['reissue', 'revoke']) }).strict();

/** `viewAs`: the director's token looking through another role's eyes, read-only (no player token, the role stays the autopilot's if nobody plays it). */
export const socketAuth = z.object({ token: z.string().min(8).max(200), exercise: z.string().max(40).optional(), viewAs: z.string().min(1).max(80).optional() }).loose();

export const commandMessage = z.object({ type: z.string().min(1).max(40) }).loose();

export const syncMessage = z.object({ version: z.int().min(0).nullable().optional() }).strict();

export const injectMessage = z.union([
  z.object({ inject: z.string().min(1).max(64) }).strict(),
  z.object({
    adHoc: z.union([
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('message'), to: role, text: localText, from: localText.optional() }).strict(),
        z.object({ kind: z.enum(['closeRoad', 'openRoad']), edges: z.array(z.int().min(0)).min(1).max(10_000), reason: localText.optional() }).strict(),
      ]),
      // Any other MSEL kind, made up now: the core checks target and payload (injects/adHoc.ts).
      z.object({
        kind: z.enum(['rain', 'weather', 'ignite', 'damBreak', 'damCrack', 'leveeBreach', 'trapped', 'outage', 'chemicalRelease', 'aftershock']),
        target: z.record(z.string().max(40), z.unknown()).optional(),
        payload: z.record(z.string().max(40), z.unknown()).optional(),
        visibleTo: z.array(z.string().max(80)).max(100).optional(),
        expected: localText.optional(),
      }).strict(),
    ]),
  }).strict(),
]);

export const clockMessage = z.union([
  z.object({ action: z.enum(['pause', 'resume']) }).strict(),
  /** No-script drill: the players' plan checklists are hidden (or shown again). */
  z.object({ plan: z.enum(['hide', 'show']) }).strict(),
  /** `stopAt` (with max): pause at this sim time, or at the next inject — 最快 never runs the exercise out by accident. */
  z.object({ speed: z.enum(SPEEDS), stopAt: z.union([z.int().min(0), z.literal('nextInject')]).optional() }).strict(),
]);

/** Older reports of the role than its view carries: those before number `before` in its own list (0 the oldest). */
export const reportsMessage = z.object({ before: z.int().min(0), limit: z.int().min(1).max(100).optional() }).strict();

/** Older events of the role than it holds (the inbox's earlier pages): those logged before seq `before`. */
export const eventsMessage = z.object({ before: z.int().min(0), limit: z.int().min(1).max(500).optional() }).strict();

export const forkMessage = z.object({ at: z.int().min(0).optional() }).strict();

export const annotateMessage = z.object({ text: z.string().min(1).max(4000), seq: z.int().min(0).optional() }).strict();

/** A zod error as one line a person can act on. */
export function describeIssues(err: z.ZodError): string {
  return err.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : '$'}: ${i.message}`).join('; ');
}
