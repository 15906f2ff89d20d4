// Every command, declared once: its fields and their bounds. The TypeScript types (command.ts)
// and the shape validation (validate.ts) both come from these. Objects are strict: a field the
// sender added is refused, so nothing but these fields reaches the log or the hash.
// `t` and `seq` are stamped by the core when it accepts the command.
import { z } from 'zod';
import { INJECT_KINDS } from '../injects/inject.ts';
import { REPORT_FIGURES, type Report } from '../report.ts';
import { RESPONSE_LEVELS } from '../responseLevel.ts';
import { WARNING_LEVELS } from '../people/warningState.ts';
import { CHANNELS } from '../people/warningChannels.ts';
import { SUPPLY_KINDS } from '../world/places.ts';
import { TASK_KINDS } from '../forces/taskKinds.ts';
import { TASK_REPLIES } from '../drill/playedState.ts';
import { PLOT_KINDS, PLOT_NAME_MAX, PLOT_NOTE_MAX, SHARE_MAX } from '../plots/plotKinds.ts';
import { GROUP_MAX, MESSAGE_TEXT_MAX, PARTIES } from '../consult/messageState.ts';
import { CAPABILITIES } from '../plan/plan.ts';
import { EVALUATION_TEXT_MAX, NOTE_CATEGORIES, RATINGS } from '../score/evaluationKinds.ts';
import { boundedJson, destination, id, ids, index, localText, text, unknownKey } from './fields.ts';

const REPORT_KINDS = ['initial', 'update', 'final', 'request', 'instruction'] as const satisfies readonly Report['kind'][];

const base = {
  /** The role giving the order, e.g. `chief`, `township:t03`. */
  role: id,
  /** Who at that role (a player's name), for the record. */
  actor: text(100).optional(),
  /** When given, must equal the sim time the command is applied at. */
  t: index('whole seconds ≥ 0').optional(),
};

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

const edges = z.array(index('an edge index'), { error: 'expected a non-empty list of edge indices' }).min(1, 'expected a non-empty list of edge indices').max(10_000, 'expected at most 10000 edges');

/** 调派 — send a team to a place or road node to do a task (its label is the player's words, for people). */
export const dispatchSchema = command('dispatch', {
  unit: id, to: destination,
  task: z.enum(TASK_KINDS, { error: `expected the task, one of ${TASK_KINDS.join(', ')}` }),
  label: text(200).optional(),
});
/** Send a team back to its base. */
export const recallSchema = command('recall', { unit: id });
/** 交通管制 / a director's world change: close or open road edges. */
export const closeRoadSchema = command('closeRoad', { edges, reason: localText.optional() });
export const openRoadSchema = command('openRoad', { edges });
/** 启动/调整响应级别. */
export const setResponseLevelSchema = command('setResponseLevel', { level: z.enum(RESPONSE_LEVELS) });
/** 信息报送 — a report or instruction to another role, with the figures it gives (伤亡、被困 …). */
export const sendReportSchema = command('sendReport', {
  to: id, kind: z.enum(REPORT_KINDS), text: localText,
  figures: z.partialRecord(z.enum(REPORT_FIGURES), z.number().int('expected a whole count').min(0, 'expected a count ≥ 0').max(10_000_000), { error: unknownKey(`unknown figure; figures: ${REPORT_FIGURES.join(', ')}`) })
    .refine((f) => Object.keys(f).length > 0, `expected at least one figure of ${REPORT_FIGURES.join(', ')}`).optional(),
});
/** The director fires an MSEL inject now instead of at its time. */
export const fireInjectSchema = command('fireInject', { inject: id });
/** 开闸泄洪 — set a reservoir's controlled release (m³/s) through its gates. */
export const releaseReservoirSchema = command('releaseReservoir', { reservoir: id, rate: z.number({ error: 'expected a release in m³/s ≥ 0' }).min(0, 'expected a release in m³/s ≥ 0') });
/** 发布预警 — the chief to townships (or straight to villages, 一键派发), a township to its villages. */
export const issueWarningSchema = command('issueWarning', {
  level: z.enum(WARNING_LEVELS),
  townships: ids.optional(),
  villages: ids.optional(),
  channels: z.array(z.enum(CHANNELS)).min(1, 'expected a non-empty list').max(CHANNELS.length).optional(),
});
/** 转移避险 — order villages' at-risk households to shelters (optionally naming the shelters). */
export const orderEvacuationSchema = command('orderEvacuation', { villages: ids, shelters: ids.optional() });
/** 物资调拨 — send supplies from a depot to a place; the counts' range (whole, in stock) is the handler's to judge. */
export const allocateSuppliesSchema = command('allocateSupplies', {
  depot: id, to: id,
  items: z.partialRecord(z.enum(SUPPLY_KINDS), z.number({ error: 'expected a count' }), { error: unknownKey(`unknown supply kind; kinds: ${SUPPLY_KINDS.join(', ')}`) })
    .refine((v) => Object.keys(v).length > 0, `expected {kind: count}, kinds: ${SUPPLY_KINDS.join(', ')}`),
});
/** 启用避难场所 — open shelters for evacuees (the chief any; a township its own). */
export const openShelterSchema = command('openShelter', { shelters: ids });
/** A team declines the task it was given (too dangerous, not equipped …): it stands down or goes back. */
export const declineTaskSchema = command('declineTask', { unit: id, reason: localText });
/** 临机导调 — the director makes up an inject and fires it now (any MSEL kind; injects/adHoc.ts reads target and payload). */
export const injectNowSchema = command('injectNow', {
  kind: z.enum(INJECT_KINDS),
  target: boundedJson(200_000).optional(),
  payload: boundedJson(20_000).optional(),
  /** Roles that perceive it (empty: director and evaluator only — though some effects always reach someone). */
  visibleTo: z.array(text(80).min(1, 'expected a role'), { error: 'expected a list of roles' }).max(100).default([]),
  expected: localText.optional(),
});

/** Who plays what: the director (or the server, when a player joins) marks a role played by a person or by the autopilot. */
export const setPlayedSchema = command('setPlayed', {
  forRole: text(80).min(1, 'expected a role such as township:t01'),
  played: z.boolean({ error: 'expected true (a person plays it) or false (the autopilot does)' }),
});
/** 叫应 — a played township's duty room answers the warning that reached it (回复已收到). */
export const acknowledgeWarningSchema = command('acknowledgeWarning', {});
/** A played team answers its task: 接受 / 拒绝 (with a reason) / 到达 / 完成 / 请求支援. */
export const taskReplySchema = command('taskReply', {
  unit: id,
  reply: z.enum(TASK_REPLIES, { error: `expected the reply, one of ${TASK_REPLIES.join(', ')}` }),
  reason: localText.optional(),
});
/**
 * 脚本编辑 — the director adds an inject to the MSEL (a duplicate is an add of a copy), edits one
 * not yet fired (a new time is a reschedule), or deletes one. The inject is checked field by
 * field by the core (injects/scriptEdit.ts), which names the row and field it refuses.
 */
export const addInjectSchema = command('addInject', { id: id.optional(), inject: boundedJson(220_000) });
export const editInjectSchema = command('editInject', { id, inject: boundedJson(220_000) });
export const deleteInjectSchema = command('deleteInject', { id });
/** A map point in metres from the south-west corner (the handler checks it is on the map). */
const mapPoint = z.tuple([z.number({ error: 'expected [x, y] in metres' }), z.number({ error: 'expected [x, y] in metres' })], { error: 'expected [x, y] in metres' });
const mapPoints = z.array(mapPoint, { error: 'expected a list of [x, y] points' }).min(1, 'expected at least one point').max(200, 'expected at most 200 points');
const plotKind = z.enum(PLOT_KINDS, { error: `expected the plot kind, one of ${PLOT_KINDS.join(', ')}` });
/** Roles a plot is shared with (`["all"]`: everyone); absent: the author's own group. */
const sharedWith = z.array(id, { error: 'expected a list of roles' }).max(SHARE_MAX, `expected at most ${SHARE_MAX} roles`);
/** A plot's id: its author role and that role's count (`township:t01/3`). */
const plotId = text(100).min(1, 'expected a plot id');
/** 态势标绘 — draw a plot (a belief, changing nothing in the simulation) and share it. */
export const addPlotSchema = command('addPlot', { kind: plotKind, points: mapPoints, name: text(PLOT_NAME_MAX), note: text(PLOT_NOTE_MAX).optional(), sharedWith: sharedWith.optional() });
export const movePlotSchema = command('movePlot', { plot: plotId, points: mapPoints });
export const editPlotSchema = command('editPlot', { plot: plotId, kind: plotKind.optional(), name: text(PLOT_NAME_MAX).optional(), note: text(PLOT_NOTE_MAX).optional(), sharedWith: sharedWith.optional() });
export const deletePlotSchema = command('deletePlot', { plot: plotId });
/** 会商 — a message to roles (or `["all"]`, the 集体会商 channel), pointing at a plot or a map point; the director may write `as` an outside party. */
export const sendMessageSchema = command('sendMessage', {
  to: z.array(text(80).min(1, 'expected a role'), { error: 'expected a list of roles' }).min(1, 'expected someone to write to').max(GROUP_MAX, `expected at most ${GROUP_MAX} participants`),
  text: text(MESSAGE_TEXT_MAX),
  ref: z.union([z.strictObject({ plot: plotId }), z.strictObject({ point: mapPoint })], { error: 'expected {plot: id} or {point: [x, y]}' }).optional(),
  as: z.enum(PARTIES, { error: `expected an outside party, one of ${PARTIES.join(', ')}` }).optional(),
});

/** 评估记录 — an evaluator's entry on the exercise evaluation guide (a requirement or capability observed: when, whom, P/S/M/U, strengths, areas for improvement) or a free note with a category. Changes nothing in the world. */
export const evaluateSchema = command('evaluate', {
  requirement: id.optional(),
  capability: z.enum(CAPABILITIES, { error: `expected a capability, one of ${CAPABILITIES.join(', ')}` }).optional(),
  rating: z.enum(RATINGS, { error: 'expected a rating, one of P, S, M, U' }).optional(),
  observedAt: index('whole seconds ≥ 0').optional(),
  observedRole: id.optional(),
  strengths: text(EVALUATION_TEXT_MAX).optional(),
  improvements: text(EVALUATION_TEXT_MAX).optional(),
  category: z.enum(NOTE_CATEGORIES, { error: `expected a category, one of ${NOTE_CATEGORIES.join(', ')}` }).optional(),
  note: text(EVALUATION_TEXT_MAX).optional(),
});
/** 自评 — a played role's self-assessment, entered after the end. */
export const selfAssessSchema = command('selfAssess', {
  rating: z.enum(RATINGS, { error: 'expected a rating, one of P, S, M, U' }).optional(),
  strengths: text(EVALUATION_TEXT_MAX).optional(),
  improvements: text(EVALUATION_TEXT_MAX).optional(),
  note: text(EVALUATION_TEXT_MAX).optional(),
});

/** 就地避险 — order villages to shelter in place from a gas cloud (people/shelterInPlace.ts). */
export const orderShelterInPlaceSchema = command('orderShelterInPlace', { villages: ids });
/** 渔船回港 — recall a township's boats to harbour before the typhoon (hazards/typhoon/boats.ts). */
export const recallBoatsSchema = command('recallBoats', { township: id });
/** 人员密集场所疏散 — empty a crowded site now (people/sites/siteEgress.ts). */
export const evacuateSiteSchema = command('evacuateSite', { site: id });
/** 警戒区交通管制 — close the roads in the measured threat zone (hazards/chemical/zoneTraffic.ts); tier: AEGL-2 (default) or AEGL-3. */
export const trafficControlSchema = command('trafficControl', { tier: z.string({ error: 'expected a zone tier, e.g. AEGL-2' }).min(1).max(40).optional() });

export const commandSchema = z.discriminatedUnion('type', [
  dispatchSchema, recallSchema, closeRoadSchema, openRoadSchema, setResponseLevelSchema, sendReportSchema,
  fireInjectSchema, releaseReservoirSchema, issueWarningSchema, orderEvacuationSchema, allocateSuppliesSchema,
  openShelterSchema, declineTaskSchema, injectNowSchema, addInjectSchema, editInjectSchema, deleteInjectSchema,
  addPlotSchema, movePlotSchema, editPlotSchema, deletePlotSchema, sendMessageSchema,
  setPlayedSchema, acknowledgeWarningSchema, taskReplySchema, evaluateSchema, selfAssessSchema,
  orderShelterInPlaceSchema,
  recallBoatsSchema,
  evacuateSiteSchema,
  trafficControlSchema,
]);

/** The schema of one command type (undefined for a type that does not exist). */
const BY_TYPE = new Map<string, (typeof commandSchema.options)[number]>(commandSchema.options.map((o) => [o.shape.type.value, o]));
export const commandSchemaOf = (type: string) => BY_TYPE.get(type);
