// Shape validation of a command arriving as untrusted data (a socket message, a JSON line).
// Returns a fresh, typed command built from the checked fields only (nothing of the caller's
// objects is kept, so later changes to them cannot alter the log), or a rejection naming the
// field; never throws.
import { INJECT_KINDS, type InjectKind } from '../injects/inject.ts';
import { REPORT_FIGURES, type ReportFigures } from '../state.ts';
import { COMMAND_TYPES, reject, type ApplyResult, type Command } from './command.ts';
import { RESPONSE_LEVELS, type Destination, type Report, type ResponseLevel } from '../state.ts';
import type { LocalText } from '../world/localText.ts';
import { WARNING_LEVELS, type WarningLevel } from '../people/warningState.ts';
import { CHANNELS, type Channel } from '../people/warningChannels.ts';
import { SUPPLY_KINDS, type SupplyKind } from '../world/places.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;
type Obj = Record<string, unknown>;

const ALLOWED: Record<Command['type'], readonly string[]> = {
  dispatch: ['unit', 'to', 'task'],
  recall: ['unit'],
  closeRoad: ['edges', 'reason'],
  openRoad: ['edges'],
  setResponseLevel: ['level'],
  sendReport: ['to', 'kind', 'text', 'figures'],
  fireInject: ['inject'],
  releaseReservoir: ['reservoir', 'rate'],
  issueWarning: ['level', 'townships', 'villages', 'channels'],
  orderEvacuation: ['villages', 'shelters'],
  openShelter: ['shelters'],
  declineTask: ['unit', 'reason'],
  injectNow: ['kind', 'target', 'payload', 'visibleTo', 'expected'],
  allocateSupplies: ['depot', 'to', 'items'],
};
const COMMON = ['type', 'role', 'actor', 't', 'seq', 'entry'];
const REPORT_KINDS: readonly Report['kind'][] = ['initial', 'update', 'final', 'request', 'instruction'];
const MAX_TEXT = 4000;

class Bad {
  constructor(readonly rejection: Rejection) {}
}

function fail(field: string, what: string): never {
  throw new Bad(reject('malformed', `${field}: ${what}`));
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const has = (o: Obj, k: string) => Object.hasOwn(o, k);

function id(v: unknown, field: string): string {
  if (typeof v === 'string' && v.length > 0 && v.length <= 64) return v;
  return fail(field, 'expected an id');
}

function text(v: unknown, field: string, max: number): string {
  if (typeof v === 'string' && v.length <= max) return v;
  return fail(field, `expected a text of at most ${max} characters`);
}

function localText(v: unknown, field: string): LocalText {
  if (!isObj(v) || !has(v, 'zh') || typeof v.zh !== 'string' || v.zh.length === 0) fail(field, 'expected {zh: text, en?: text}');
  for (const k of Object.keys(v)) if (k !== 'zh' && k !== 'en') fail(`${field}.${k}`, 'unknown field');
  const out: LocalText = { zh: text(v.zh, `${field}.zh`, MAX_TEXT) };
  if (has(v, 'en') && v.en !== undefined) out.en = text(v.en, `${field}.en`, MAX_TEXT);
  return out;
}

function ids(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > 1000) fail(field, 'expected a non-empty list of ids');
  return (v as unknown[]).map((x, i) => id(x, `${field}[${i}]`));
}

function edges(v: unknown): number[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > 10_000) fail('edges', 'expected a non-empty list of edge indices');
  return (v as unknown[]).map((e, i) => (Number.isSafeInteger(e) && (e as number) >= 0 ? (e as number) : fail(`edges[${i}]`, 'expected an edge index')));
}

function destination(v: unknown): Destination {
  if (!isObj(v)) fail('to', 'expected {place: id} or {node: index}');
  const keys = Object.keys(v);
  if (keys.length !== 1) fail('to', 'expected exactly one of place or node');
  if (has(v, 'place')) return { place: id(v.place, 'to.place') };
  if (has(v, 'node')) {
    if (Number.isSafeInteger(v.node) && (v.node as number) >= 0) return { node: v.node as number };
    fail('to.node', 'expected a node index');
  }
  return fail('to', 'expected {place: id} or {node: index}');
}

/** Supply counts by kind; their range (whole, above zero, in stock) is the handler's to judge. */
function supplyItems(v: unknown): Partial<Record<SupplyKind, number>> {
  if (!isObj(v) || Object.keys(v).length === 0) fail('items', `expected {kind: count}, kinds: ${SUPPLY_KINDS.join(', ')}`);
  const out: Partial<Record<SupplyKind, number>> = {};
  for (const k of SUPPLY_KINDS) {
    if (!has(v, k)) continue;
    if (typeof v[k] !== 'number' || !Number.isFinite(v[k])) fail(`items.${k}`, 'expected a count');
    out[k] = v[k] as number;
  }
  for (const k of Object.keys(v)) if (!(SUPPLY_KINDS as readonly string[]).includes(k)) fail(`items.${k.slice(0, 40)}`, `unknown supply kind; kinds: ${SUPPLY_KINDS.join(', ')}`);
  return out;
}

/** Casualty and situation figures in a report: whole counts, at least one. */
function reportFigures(v: unknown): ReportFigures {
  if (!isObj(v) || Object.keys(v).length === 0) fail('figures', `expected {figure: count}, figures: ${REPORT_FIGURES.join(', ')}`);
  const out: ReportFigures = {};
  for (const k of Object.keys(v)) {
    if (!(REPORT_FIGURES as readonly string[]).includes(k)) fail(`figures.${k.slice(0, 40)}`, `unknown figure; figures: ${REPORT_FIGURES.join(', ')}`);
    const n = v[k];
    if (!Number.isSafeInteger(n) || (n as number) < 0 || (n as number) > 10_000_000) fail(`figures.${k}`, 'expected a whole count, 0 or more');
    out[k as keyof ReportFigures] = n as number;
  }
  return out;
}

function build(input: Obj, type: Command['type']): Command {
  const base: { role: string; actor?: string; t?: number } = { role: id(input.role, 'role') };
  if (has(input, 'actor') && input.actor !== undefined) base.actor = text(input.actor, 'actor', 100);
  if (has(input, 't') && input.t !== undefined) {
    if (!Number.isSafeInteger(input.t) || (input.t as number) < 0) fail('t', 'expected whole seconds ≥ 0');
    base.t = input.t as number;
  }
  switch (type) {
    case 'dispatch': {
      const cmd: Command = { ...base, type, unit: id(input.unit, 'unit'), to: destination(input.to) };
      if (has(input, 'task') && input.task !== undefined) cmd.task = text(input.task, 'task', 200);
      return cmd;
    }
    case 'recall': return { ...base, type, unit: id(input.unit, 'unit') };
    case 'closeRoad': {
      const cmd: Command = { ...base, type, edges: edges(input.edges) };
      if (has(input, 'reason') && input.reason !== undefined) cmd.reason = localText(input.reason, 'reason');
      return cmd;
    }
    case 'openRoad': return { ...base, type, edges: edges(input.edges) };
    case 'setResponseLevel':
      if (!(RESPONSE_LEVELS as readonly unknown[]).includes(input.level)) fail('level', `expected one of ${RESPONSE_LEVELS.join(', ')}`);
      return { ...base, type, level: input.level as ResponseLevel };
    case 'sendReport':
      if (!(REPORT_KINDS as readonly unknown[]).includes(input.kind)) fail('kind', `expected one of ${REPORT_KINDS.join(', ')}`);
      return {
        ...base, type, to: id(input.to, 'to'), kind: input.kind as Report['kind'], text: localText(input.text, 'text'),
        ...(has(input, 'figures') && input.figures !== undefined ? { figures: reportFigures(input.figures) } : {}),
      };
    case 'fireInject': return { ...base, type, inject: id(input.inject, 'inject') };
    case 'issueWarning': {
      if (!(WARNING_LEVELS as readonly unknown[]).includes(input.level)) fail('level', `expected one of ${WARNING_LEVELS.join(', ')}`);
      const cmd: Command = { ...base, type, level: input.level as WarningLevel };
      if (has(input, 'townships') && input.townships !== undefined) cmd.townships = ids(input.townships, 'townships');
      if (has(input, 'villages') && input.villages !== undefined) cmd.villages = ids(input.villages, 'villages');
      if (has(input, 'channels') && input.channels !== undefined) {
        if (!Array.isArray(input.channels) || input.channels.length === 0) fail('channels', 'expected a non-empty list');
        cmd.channels = (input.channels as unknown[]).map((c, i) => ((CHANNELS as readonly unknown[]).includes(c) ? (c as Channel) : fail(`channels[${i}]`, `expected one of ${CHANNELS.join(', ')}`)));
      }
      return cmd;
    }
    case 'openShelter': return { ...base, type, shelters: ids(input.shelters, 'shelters') };
    case 'injectNow': {
      if (!(INJECT_KINDS as readonly unknown[]).includes(input.kind)) fail('kind', `expected one of ${INJECT_KINDS.join(', ')}`);
      const visibleTo = input.visibleTo === undefined ? [] : Array.isArray(input.visibleTo) && input.visibleTo.length <= 100 ? (input.visibleTo as unknown[]).map((r, i) => (typeof r === 'string' && r.length <= 80 ? r : fail(`visibleTo[${i}]`, 'expected a role'))) : fail('visibleTo', 'expected a list of roles');
      if (JSON.stringify(input.payload ?? null).length > 20_000 || JSON.stringify(input.target ?? null).length > 200_000) fail('payload', 'too large');
      return {
        ...base, type, kind: input.kind as InjectKind, visibleTo,
        ...(input.target !== undefined ? { target: JSON.parse(JSON.stringify(input.target)) } : {}),
        ...(input.payload !== undefined ? { payload: JSON.parse(JSON.stringify(input.payload)) } : {}),
        ...(has(input, 'expected') && input.expected !== undefined ? { expected: localText(input.expected, 'expected') } : {}),
      };
    }
    case 'declineTask': return { ...base, type, unit: id(input.unit, 'unit'), reason: localText(input.reason, 'reason') };
    case 'orderEvacuation': {
      const cmd: Command = { ...base, type, villages: ids(input.villages, 'villages') };
      if (has(input, 'shelters') && input.shelters !== undefined) cmd.shelters = ids(input.shelters, 'shelters');
      return cmd;
    }
    case 'allocateSupplies':
      return { ...base, type, depot: id(input.depot, 'depot'), to: id(input.to, 'to'), items: supplyItems(input.items) };
    case 'releaseReservoir':
      if (typeof input.rate !== 'number' || !Number.isFinite(input.rate) || input.rate < 0) fail('rate', 'expected a release in m³/s ≥ 0');
      return { ...base, type, reservoir: id(input.reservoir, 'reservoir'), rate: input.rate as number };
  }
}

export function validateShape(input: unknown): Command | Rejection {
  if (!isObj(input)) return reject('malformed', 'a command is a JSON object');
  const type = input.type;
  if (typeof type !== 'string') return reject('malformed', 'type: missing');
  if (!(COMMAND_TYPES as readonly string[]).includes(type)) {
    return reject('unknownType', `unknown command type ${JSON.stringify(type.slice(0, 40))}; known: ${COMMAND_TYPES.join(', ')}`);
  }
  const allowed = ALLOWED[type as Command['type']];
  for (const k of Object.keys(input)) {
    if (!allowed.includes(k) && !COMMON.includes(k)) return reject('malformed', `${k.slice(0, 40)}: unknown field for ${type}`);
  }
  if (!has(input, 'role') || typeof input.role !== 'string') return reject('malformed', 'role: missing');
  try {
    return build(input, type as Command['type']);
  } catch (err) {
    if (err instanceof Bad) return err.rejection;
    throw err;
  }
}
