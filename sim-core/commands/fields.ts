// The field shapes commands are built from. Every string has a maximum length and every list a
// maximum size, so no message can make the log (or the hash) arbitrarily large.
import { z } from 'zod';
import type { Destination } from '../forces/unitState.ts';

/** An id of a team, place, inject, reservoir … (or a role string). */
export const id = z.string({ error: 'expected an id' }).min(1, 'expected an id').max(64, 'expected an id of at most 64 characters');

export const MAX_TEXT = 4000;
export const text = (max: number) => z.string({ error: `expected a text of at most ${max} characters` }).max(max, `expected a text of at most ${max} characters`);

/** Chinese first, English optional (world/localText.ts). */
export const localText = z.strictObject({
  zh: text(MAX_TEXT).min(1, 'expected a non-empty Chinese text'),
  en: text(MAX_TEXT).optional(),
}, { error: (iss) => (iss.code === 'invalid_type' ? 'expected {zh: text, en?: text}' : undefined) });

export const ids = z.array(id, { error: 'expected a non-empty list of ids' }).min(1, 'expected a non-empty list of ids').max(1000, 'expected at most 1000 ids');

/** Whole seconds, or an index into the road graph: a safe integer ≥ 0. */
export const index = (what: string) => z.number({ error: `expected ${what}` }).int(`expected ${what}`).min(0, `expected ${what}`);

/** Where a team goes: exactly one of a place id or a road node index. */
export const destination = z.strictObject({ place: id.optional(), node: index('a node index').optional() }, { error: (iss) => (iss.code === 'invalid_type' ? 'expected {place: id} or {node: index}' : undefined) })
  .refine((v) => (v.place === undefined) !== (v.node === undefined), 'expected exactly one of place or node')
  .transform((v): Destination => (v.place !== undefined ? { place: v.place } : { node: v.node! }));

/** The message for a key a record of known keys does not have (other issues keep theirs). */
export const unknownKey = (message: string) => (iss: { code?: string }) =>
  (iss.code === 'unrecognized_keys' || iss.code === 'invalid_key' ? message : undefined);

/** Nesting and size limits of free JSON (an ad-hoc inject's target and payload). */
const MAX_DEPTH = 16;

/** A deep copy of plain JSON data, or why it is not: too deep, too large, or not JSON. */
function cloneJson(v: unknown, depth: number, budget: { left: number }): { value: unknown } | { error: string } {
  if (--budget.left < 0) return { error: 'too large' };
  if (v === null || typeof v === 'boolean') return { value: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : { error: 'expected JSON (finite numbers only)' };
  if (typeof v === 'string') { budget.left -= v.length; return budget.left < 0 ? { error: 'too large' } : { value: v }; }
  if (typeof v !== 'object') return { error: `expected JSON, not a ${typeof v}` };
  if (depth >= MAX_DEPTH) return { error: `nested deeper than ${MAX_DEPTH} levels` };
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) { const r = cloneJson(x, depth + 1, budget); if ('error' in r) return r; out.push(r.value); }
    return { value: out };
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return { error: 'expected a plain JSON object' };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (k === '__proto__') return { error: 'a field named __proto__' };
    budget.left -= k.length;
    const r = cloneJson((v as Record<string, unknown>)[k], depth + 1, budget);
    if ('error' in r) return r;
    out[k] = r.value;
  }
  return { value: out };
}

/** Free JSON, copied (nothing of the sender's objects is kept), at most `size` characters' worth. */
export const boundedJson = (size: number) => z.unknown().transform((v, c) => {
  const r = cloneJson(v, 0, { left: size });
  if ('value' in r) return r.value;
  c.issues.push({ code: 'custom', input: v, message: r.error });
  return z.NEVER;
});
