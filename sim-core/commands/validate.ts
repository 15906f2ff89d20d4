// Shape validation of a command arriving as untrusted data (a socket message, a JSON line), by
// the command's schema (schema.ts). Returns a fresh, typed command built from the parsed fields
// only (nothing of the caller's objects is kept, so later changes to them cannot alter the log),
// or a rejection naming the field; never throws.
import type { z } from 'zod';
import { reject, COMMAND_TYPES, type ApplyResult, type Command, type CommandType } from './command.ts';
import { commandSchemaOf } from './schema.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** Fields a logged command carries besides its own: a log entry may be applied again. */
const LOG_FIELDS = new Set(['entry', 'seq']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `to.node`, `edges[1]`, `items.water`: where in the command an issue is. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p).slice(0, 40)}`;
  return out;
}

function describe(issue: z.core.$ZodIssue, type: CommandType): string {
  if (issue.code === 'unrecognized_keys') {
    const key = fieldPath([...issue.path, issue.keys[0]]);
    if (issue.path.length === 0) return `${key}: unknown field for ${type}`;
    // A record of known keys says which (its own message); an object just refuses the field.
    return `${key}: ${issue.message.startsWith('Unrecognized key') ? 'unknown field' : issue.message}`;
  }
  if (issue.code === 'invalid_key') return `${fieldPath(issue.path)}: unknown key; ${issue.issues[0]?.message ?? issue.message}`;
  const at = fieldPath(issue.path);
  return `${at || type}: ${issue.message}`;
}

/**
 * Where the input holds an object that is not plain data (a class instance, or an object whose
 * prototype carries fields the schema would read as the sender's). Run after a successful parse,
 * so the walk is bounded by the schema's own limits.
 */
function notPlainAt(v: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof v !== 'object' || v === null) return null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) { const at = notPlainAt(v[i], [...path, i]); if (at) return at; }
    return null;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return path;
  for (const k of Object.keys(v)) { const at = notPlainAt((v as Record<string, unknown>)[k], [...path, k]); if (at) return at; }
  return null;
}

/** Drops fields set to undefined (absent and undefined must log and hash alike). */
function defined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(defined) as T;
  if (!isObj(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) if (v[k] !== undefined) out[k] = defined(v[k]);
  return out as T;
}

export function validateShape(input: unknown): Command | Rejection {
  if (!isObj(input)) return reject('malformed', 'a command is a JSON object');
  const type = input.type;
  if (typeof type !== 'string') return reject('malformed', 'type: missing');
  const schema = commandSchemaOf(type);
  if (!schema) return reject('unknownType', `unknown command type ${JSON.stringify(type.slice(0, 40))}; known: ${COMMAND_TYPES.join(', ')}`);
  if (typeof input.role !== 'string') return reject('malformed', 'role: missing');
  let fields: Record<string, unknown> = input;
  if (Object.keys(input).some((k) => LOG_FIELDS.has(k))) {
    fields = Object.create(null) as Record<string, unknown>; // an own `__proto__` stays a field, refused below
    for (const k of Object.keys(input)) if (!LOG_FIELDS.has(k)) fields[k] = input[k];
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return reject('malformed', describe(parsed.error.issues[0], type as CommandType));
  const odd = notPlainAt(fields, []);
  if (odd) return reject('malformed', `${fieldPath(odd) || type}: expected plain JSON data`);
  return defined(parsed.data as Command);
}
