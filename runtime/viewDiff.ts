// Patches between two JSON values in immer's format ({op, path, value}), so a client turns the
// view it has into the new one with immer's applyPatches. The views are rebuilt from scratch
// each time (no structural sharing to lean on), so this compares values. Arrays get one
// special case, the sliding window (the view's recent events: some drop off the front, some
// arrive at the back), which would otherwise rewrite every element.
import type { Patch } from 'immer';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** How far to look for the sliding window's new first element. */
const MAX_SHIFT = 64;

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

function diffArrays(a: Json[], b: Json[], path: (string | number)[], out: Patch[]): void {
  let shift = 0;
  if (a.length && b.length && !jsonEqual(a[0], b[0])) {
    for (let s = 1; s <= Math.min(MAX_SHIFT, a.length - 1); s++) if (jsonEqual(a[s], b[0])) { shift = s; break; }
  }
  for (let s = 0; s < shift; s++) out.push({ op: 'remove', path: [...path, 0] });
  const rest = a.length - shift;
  const common = Math.min(rest, b.length);
  for (let i = 0; i < common; i++) diffJson(a[shift + i], b[i], [...path, i], out);
  // Trailing removals from the end, so each is a cheap pop on the client.
  for (let i = rest - 1; i >= b.length; i--) out.push({ op: 'remove', path: [...path, i] });
  for (let i = rest; i < b.length; i++) out.push({ op: 'add', path: [...path, i], value: b[i] });
}

/** Appends to `out` the patches that turn `a` into `b`. */
export function diffJson(a: Json, b: Json, path: (string | number)[] = [], out: Patch[] = []): Patch[] {
  if (a === b) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    diffArrays(a, b, path, out);
  } else if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) if (!Object.hasOwn(b, k)) out.push({ op: 'remove', path: [...path, k] });
    for (const k of Object.keys(b)) {
      if (!Object.hasOwn(a, k)) out.push({ op: 'add', path: [...path, k], value: b[k] });
      else diffJson(a[k], b[k], [...path, k], out);
    }
  } else if (!jsonEqual(a, b)) {
    out.push({ op: 'replace', path, value: b });
  }
  return out;
}
