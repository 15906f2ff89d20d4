// Shape validation of a command arriving as untrusted data (a socket message, a JSON line).
// Returns the typed command or a rejection naming the field; never throws.
import { COMMAND_TYPES, reject, type ApplyResult, type Command } from './command.ts';
import { RESPONSE_LEVELS } from '../state.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;
type Obj = Record<string, unknown>;

const ALLOWED: Record<Command['type'], readonly string[]> = {
  dispatch: ['unit', 'to', 'task'],
  recall: ['unit'],
  closeRoad: ['edges', 'reason'],
  openRoad: ['edges'],
  setResponseLevel: ['level'],
  sendReport: ['to', 'kind', 'text'],
  fireInject: ['inject'],
  releaseReservoir: ['reservoir', 'rate'],
};
const COMMON = ['type', 'role', 'actor', 't', 'seq', 'entry'];
const REPORT_KINDS = ['initial', 'update', 'final', 'request', 'instruction'];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(field: string, what: string): Rejection {
  return reject('malformed', `${field}: ${what}`);
}

function checkLocalText(v: unknown, field: string): Rejection | null {
  if (!isObj(v) || typeof v.zh !== 'string' || v.zh.length === 0) return bad(field, 'expected {zh: text, en?: text}');
  if (v.en !== undefined && typeof v.en !== 'string') return bad(`${field}.en`, 'expected text');
  if (v.zh.length > 4000) return bad(field, 'text longer than 4000 characters');
  return null;
}

function checkEdges(v: unknown): Rejection | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > 10_000) return bad('edges', 'expected a non-empty list of edge indices');
  for (let i = 0; i < v.length; i++) if (!Number.isInteger(v[i]) || v[i] < 0) return bad(`edges[${i}]`, 'expected an edge index');
  return null;
}

function checkId(v: unknown, field: string): Rejection | null {
  return typeof v === 'string' && v.length > 0 && v.length <= 64 ? null : bad(field, 'expected an id');
}

export function validateShape(input: unknown): Command | Rejection {
  if (!isObj(input)) return reject('malformed', 'a command is a JSON object');
  const type = input.type;
  if (typeof type !== 'string') return bad('type', 'missing');
  if (!(COMMAND_TYPES as readonly string[]).includes(type)) {
    return reject('unknownType', `unknown command type ${JSON.stringify(type)}; known: ${COMMAND_TYPES.join(', ')}`);
  }
  const allowed = ALLOWED[type as Command['type']];
  for (const k of Object.keys(input)) {
    if (!allowed.includes(k) && !COMMON.includes(k)) return bad(k, `unknown field for ${type}`);
  }
  if (typeof input.role !== 'string') return bad('role', 'missing');
  if (input.actor !== undefined && (typeof input.actor !== 'string' || input.actor.length > 100)) return bad('actor', 'expected a name');
  if (input.t !== undefined && (!Number.isInteger(input.t) || (input.t as number) < 0)) return bad('t', 'expected whole seconds ≥ 0');

  let problem: Rejection | null = null;
  switch (type as Command['type']) {
    case 'dispatch': {
      problem = checkId(input.unit, 'unit');
      const to = input.to;
      if (!problem && !isObj(to)) problem = bad('to', 'expected {place: id} or {node: index}');
      else if (!problem && isObj(to)) {
        const keys = Object.keys(to);
        if (keys.length !== 1) problem = bad('to', 'expected exactly one of place or node');
        else if ('place' in to) problem = checkId(to.place, 'to.place');
        else if ('node' in to) problem = Number.isInteger(to.node) && (to.node as number) >= 0 ? null : bad('to.node', 'expected a node index');
        else problem = bad('to', 'expected {place: id} or {node: index}');
      }
      if (!problem && input.task !== undefined && (typeof input.task !== 'string' || input.task.length > 200)) problem = bad('task', 'expected a short text');
      break;
    }
    case 'recall': problem = checkId(input.unit, 'unit'); break;
    case 'closeRoad':
      problem = checkEdges(input.edges) ?? (input.reason === undefined ? null : checkLocalText(input.reason, 'reason'));
      break;
    case 'openRoad': problem = checkEdges(input.edges); break;
    case 'setResponseLevel':
      if (!(RESPONSE_LEVELS as readonly unknown[]).includes(input.level)) problem = bad('level', `expected one of ${RESPONSE_LEVELS.join(', ')}`);
      break;
    case 'sendReport':
      problem = (typeof input.to === 'string' ? null : bad('to', 'expected a role'))
        ?? (REPORT_KINDS.includes(input.kind as string) ? null : bad('kind', `expected one of ${REPORT_KINDS.join(', ')}`))
        ?? checkLocalText(input.text, 'text');
      break;
    case 'fireInject': problem = checkId(input.inject, 'inject'); break;
    case 'releaseReservoir':
      problem = checkId(input.reservoir, 'reservoir')
        ?? (typeof input.rate === 'number' && Number.isFinite(input.rate) && input.rate >= 0 ? null : bad('rate', 'expected a release in m³/s ≥ 0'));
      break;
  }
  if (problem) return problem;
  // Drop log-only fields; the core stamps t and seq itself.
  const { seq: _seq, entry: _entry, ...command } = input;
  return command as unknown as Command;
}
