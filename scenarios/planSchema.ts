// The plan file format (tuiyan-plan/1): JSON, validated field by field, problems reported as
// FILE:JSON.PATH: message like scenario files. See sim-core/plan/plan.ts for the meaning.
import { z } from 'zod';
import { CAPABILITIES } from '../sim-core/plan/plan.ts';
import { TARGET_IDS } from '../sim-core/score/targets.ts';
import { TEAM_TYPES } from '../sim-core/forces/teamTypes.ts';
import { TEAM_CAPABILITIES, type TeamCapability } from '../sim-core/plan/teamClass.ts';
import { COMMAND_TYPES } from '../sim-core/commands/command.ts';
import { RESPONSE_LEVELS } from '../sim-core/state.ts';
import { duration, id, localText } from './schema.ts';

export const PLAN_FORMAT = 'tuiyan-plan/1';

const role = z.string().regex(/^(director|evaluator|chief|observer|(township|team):[A-Za-z0-9_-]{1,40})$/, 'a role: chief, township:<id>, team:<id>, director …');
/** In a trigger, `township:*` or `team:*` stands for any township or team. */
const rolePattern = z.string().regex(/^(director|evaluator|chief|observer|(township|team):([A-Za-z0-9_-]{1,40}|\*))$/, 'a role (chief, township:<id>, team:<id> …) or township:* / team:*');
const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);
const match = z.record(z.string().max(40), z.union([scalar, z.array(z.union([z.string().max(200), z.number().finite()])).max(500)]));

type TriggerIn = { event: string; match?: z.infer<typeof match>; knownTo?: string } | { command: string; role?: string; match?: z.infer<typeof match> } | { at: number | string } | { after: string } | { any: TriggerIn[] };
export const trigger: z.ZodType<unknown> = z.lazy(() => z.union([
  /** `knownTo`: the event must be one this role is told (its log entry visible to the role or to all). */
  z.strictObject({ event: z.string().min(1).max(40), match: match.optional(), knownTo: role.optional() }),
  z.strictObject({ command: z.enum(COMMAND_TYPES as unknown as [string, ...string[]]), role: rolePattern.optional(), match: match.optional() }),
  z.strictObject({ at: duration }),
  z.strictObject({ after: id }),
  z.strictObject({ any: z.array(trigger).min(1).max(20) }),
]));

const action = z.looseObject({ type: z.enum(COMMAND_TYPES as unknown as [string, ...string[]]), match: z.array(z.string().max(40)).max(20).optional() });

const outcome = z.union([
  z.strictObject({ measure: z.literal('evacuated'), villages: z.array(id).min(1).max(1000), share: z.number().min(0).max(1).default(1) }),
  /** Over every site that becomes due, or only the sites listed (shelters, or villages for trappedRescued). */
  // siteCleared: a crowded site (人员密集场所) is empty within `within` of its alarm or order.
  z.strictObject({ measure: z.enum(['suppliesArrived', 'siteSecured', 'trappedRescued', 'siteCleared']), sites: z.array(id).min(1).max(1000).optional() }),
  /** Forbids shelters inside the dam-break zone of these reservoirs (all with a zone when absent) from the trigger on. */
  z.strictObject({ measure: z.literal('avoidDamBreakZone'), reservoirs: z.array(id).min(1).max(100).optional() }),
]);

/** Who must act: a role, `township:*` / `team:*` (any), `township:@trigger` (the trigger place's township), or a list of these (any of them). */
const actor = z.string().regex(/^(director|evaluator|chief|observer|(township|team):([A-Za-z0-9_-]{1,40}|\*)|township:@trigger)$/, 'a role (chief, township:<id>, team:<id> …), township:* / team:*, or township:@trigger');

const requirement = z.strictObject({
  id, name: localText,
  capability: z.enum(CAPABILITIES),
  role: z.union([actor, z.array(actor).min(1).max(20)]),
  /** The team must be of this type or able to do this (the team acting, or the team an order sends). */
  team: z.strictObject({ type: z.enum(TEAM_TYPES).optional(), capability: z.enum(Object.keys(TEAM_CAPABILITIES) as [TeamCapability, ...TeamCapability[]]).optional() }).optional(),
  /** The order must be aimed at the place the trigger names. */
  atTriggerPlace: z.boolean().default(false),
  trigger,
  action: action.optional(),
  outcome: outcome.optional(),
  within: duration,
  weight: z.number().positive().max(100).default(1),
  source: localText,
  hidden: z.boolean().default(false),
  /** any: an order given before the trigger (ahead of time) meets it too. */
  earliest: z.enum(['trigger', 'any']).default('trigger'),
});

const reaction = z.tuple([duration, duration]);

const targetIn = z.union([
  z.number().min(0),
  z.strictObject({ max: z.number().min(0), within: duration.optional(), cap: z.enum(['优秀', '良好', '合格', '不合格']).optional() }),
]);

export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT, { message: `expected "${PLAN_FORMAT}"` }),
  id, name: localText,
  scenario: z.string().max(100).optional(),
  source: localText,
  commandStructure: z.array(z.strictObject({ role, name: localText })).default([]),
  reaction: z.strictObject({ chief: reaction, township: reaction, team: reaction, director: reaction }).partial().default({}),
  /** 分级响应: each level with its activation trigger and how soon the chief must raise it. */
  responseLevels: z.array(z.strictObject({
    level: z.enum(RESPONSE_LEVELS.filter((l) => l !== 'none') as [string, ...string[]]),
    when: trigger, within: duration, weight: z.number().positive().max(100).default(2), source: localText,
  })).default([]),
  /** Outcome targets (sim-core/score/targets.ts): a number is the most tolerated; an object adds a time limit and a grade cap. The max* keys are the older spelling. */
  targets: z.strictObject({
    maxDead: z.number().int().min(0), maxInjuredUntreated: z.number().int().min(0), maxStranded: z.number().int().min(0),
    ...Object.fromEntries(TARGET_IDS.map((k) => [k, targetIn])) as Record<typeof TARGET_IDS[number], typeof targetIn>,
  }).partial().default({}),
  requirements: z.array(requirement).max(500),
});

export type PlanJson = z.infer<typeof planSchema>;
export type { TriggerIn };
