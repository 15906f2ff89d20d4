// 脚本编辑 — the director adds, edits (and so reschedules) and deletes MSEL injects during play.
// Each edit is a logged command, so a replay shows when the script changed; an inject that has
// fired is history and is neither edited nor deleted. A refusal names the row (the inject's id)
// and the field, with a code the presentation words in Chinese.
import type { SimContext } from '../context.ts';
import { COMMAND_TYPES, type ApplyResult } from '../commands/command.ts';
import { allRoles } from '../commands/roles.ts';
import type { Scenario } from '../world/scenario.ts';
import { MAX_DURATION } from '../time/duration.ts';
import { buildAdHocInject, type InjectFieldProblem } from './adHoc.ts';
import { checkCondition, type ConditionWorld } from './conditionRules.ts';
import { INJECT_KINDS, type Inject, type InjectKind } from './inject.ts';
import { drawInjectTime } from './schedule.ts';
import type { LocalText } from '../world/localText.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is LocalText => isObj(v) && typeof v.zh === 'string' && v.zh.length > 0 && v.zh.length <= 4000 && (v.en === undefined || (typeof v.en === 'string' && v.en.length <= 4000));

/** What a scenario's conditions may name (the inject ids are the script's, passed apart). */
export function conditionWorld(s: Scenario, injects: Iterable<string>): ConditionWorld {
  return {
    reservoirs: new Set(s.reservoirs.map((r) => r.id)),
    gauges: new Set(s.gauges.map((g) => g.id)),
    villages: new Set(s.villages.map((v) => v.id)),
    townships: new Set(s.townships.map((t) => t.id)),
    places: new Set([...s.townships, ...s.villages, ...s.shelters, ...s.depots, ...s.teamBases, ...s.reservoirs, ...s.gauges].map((p) => p.id)),
    edgeCount: s.roads.edgeCount,
    extent: [s.grid.width * s.grid.cellSize, s.grid.height * s.grid.cellSize],
    roles: new Set(allRoles(s)),
    commandTypes: COMMAND_TYPES,
    chemicalSites: new Set((s.chemical?.sites ?? []).map((x) => x.id)),
    injects: new Set(injects),
    waterZones: new Set((s.waterNetwork?.zones ?? []).map((z) => z.id)),
  };
}

/**
 * An inject as the director wrote it ({t, jitter?, kind, target?, payload?, visibleTo, expected?,
 * when?, tests?}), checked field by field against the scenario and the script; `now` is the sim
 * time (a timed inject may not be set in the past: firing now is the director's other button).
 */
export function checkScriptInject(input: unknown, id: string, now: number, s: Scenario, script: readonly Inject[]): Inject | InjectFieldProblem {
  const bad = (field: string, code: string, message: string): InjectFieldProblem => ({ field, code, message });
  if (!isObj(input)) return bad('inject', 'badInject', 'expected an inject object');
  if (!INJECT_KINDS.includes(input.kind as InjectKind)) return bad('kind', 'badKind', `expected one of ${INJECT_KINDS.join(', ')}`);
  const t = input.t;
  if (!(Number.isSafeInteger(t) && (t as number) >= 0 && (t as number) <= MAX_DURATION)) return bad('t', 'badTime', 'expected a time in whole seconds from the start');
  const jitter = input.jitter ?? 0;
  if (!(Number.isSafeInteger(jitter) && (jitter as number) >= 0 && (jitter as number) <= 86_400)) return bad('jitter', 'badDuration', 'expected seconds, 0–86400');
  const roles = new Set(['all', ...allRoles(s)]);
  const visibleTo = input.visibleTo ?? [];
  if (!Array.isArray(visibleTo) || visibleTo.length > 100) return bad('visibleTo', 'noRole', 'expected a list of roles');
  const unknown = visibleTo.findIndex((r) => typeof r !== 'string' || !roles.has(r));
  if (unknown >= 0) return bad(`visibleTo[${unknown}]`, 'noRole', `no role ${JSON.stringify(visibleTo[unknown])}`);
  if (input.expected !== undefined && !text(input.expected)) return bad('expected', 'needText', 'expected {zh, en?}');
  if (input.tests !== undefined && !(typeof input.tests === 'string' && input.tests.length > 0 && input.tests.length <= 64)) return bad('tests', 'badId', 'expected a plan requirement id');
  let when: Inject['when'];
  if (input.when !== undefined) {
    const c = checkCondition(input.when, conditionWorld(s, script.map((x) => x.id).filter((x) => x !== id)));
    if ('field' in c) return c;
    when = c;
  } else if ((t as number) < now) return bad('t', 'inPast', `the time ${t} s is before now (${now} s)`);
  const built = buildAdHocInject({ kind: input.kind as InjectKind, target: input.target, payload: input.payload, visibleTo: visibleTo as string[] }, id, t as number, s);
  if ('field' in built) return built;
  return {
    ...built, jitter: jitter as number,
    ...(input.expected !== undefined ? { expected: input.expected as LocalText } : {}),
    ...(when ? { when } : {}),
    ...(input.tests !== undefined ? { tests: input.tests as string } : {}),
  };
}

function refuse(row: string, p: InjectFieldProblem): Rejection {
  return { ok: false, reason: 'malformed', message: `inject ${row}, ${p.field}: ${p.message}`, problem: { row, field: p.field, code: p.code } };
}

/** Puts inject `inj` into the script (replacing the one of its id) with its actual time drawn. */
function put(ctx: SimContext, inj: Inject): void {
  const at = drawInjectTime(inj, ctx.state.rng);
  ctx.update((draft) => {
    const k = draft.script.findIndex((x) => x.id === inj.id);
    if (k >= 0) draft.script[k] = inj; else draft.script.push(inj);
    draft.injectTimes[inj.id] = at;
  });
}

export function addInject(ctx: SimContext, cmd: { id?: string; inject: unknown }, seq: number): Rejection | null {
  const id = cmd.id ?? `s${seq}`;
  if (ctx.state.entities.script.some((x) => x.id === id) || id in ctx.state.entities.injectsFired) return refuse(id, { field: 'id', code: 'duplicateId', message: `the script already has an inject ${id}` });
  const inj = checkScriptInject(cmd.inject, id, ctx.state.t, ctx.scenario, ctx.state.entities.script);
  if ('field' in inj) return refuse(id, inj);
  put(ctx, inj);
  ctx.emit({ kind: 'scriptChanged', inject: id, change: 'added' }, []);
  return null;
}

function editable(ctx: SimContext, id: string): Rejection | null {
  if (!ctx.state.entities.script.some((x) => x.id === id)) return { ok: false, reason: 'unknownInject', message: `no inject ${JSON.stringify(id)} in the script`, problem: { row: id, field: 'id', code: 'noInject' } };
  if (id in ctx.state.entities.injectsFired) return { ok: false, reason: 'noChange', message: `inject ${id} has already fired`, problem: { row: id, field: 'id', code: 'alreadyFired' } };
  return null;
}

export function editInject(ctx: SimContext, cmd: { id: string; inject: unknown }): Rejection | null {
  const no = editable(ctx, cmd.id);
  if (no) return no;
  const inj = checkScriptInject(cmd.inject, cmd.id, ctx.state.t, ctx.scenario, ctx.state.entities.script);
  if ('field' in inj) return refuse(cmd.id, inj);
  put(ctx, inj);
  ctx.emit({ kind: 'scriptChanged', inject: cmd.id, change: 'edited' }, []);
  return null;
}

export function deleteInject(ctx: SimContext, cmd: { id: string }): Rejection | null {
  const no = editable(ctx, cmd.id);
  if (no) return no;
  const waiting = ctx.state.entities.script.find((x) => x.when?.kind === 'notAnswered' && x.when.inject === cmd.id && !(x.id in ctx.state.entities.injectsFired));
  if (waiting) return { ok: false, reason: 'noChange', message: `inject ${waiting.id} waits for an answer to ${cmd.id}`, problem: { row: cmd.id, field: 'id', code: 'waitedOn' } };
  ctx.update((draft) => {
    draft.script = draft.script.filter((x) => x.id !== cmd.id);
    delete draft.injectTimes[cmd.id];
  });
  ctx.emit({ kind: 'scriptChanged', inject: cmd.id, change: 'deleted' }, []);
  return null;
}
