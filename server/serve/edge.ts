// The first look at any payload a client sends, before a schema or the core sees it: nesting
// and text length bounded, with the place named. A walk that stops at the depth limit, so no
// payload can make it (or anything after it) recurse without end.

/** Levels of nesting any message may have (the deepest real one, an ad-hoc inject's payload, has a handful). */
export const MAX_DEPTH = 16;

export type EdgeRefusal = { ok: false; error: 'tooDeep' | 'tooLong'; message: string };

function at(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p).slice(0, 40)}`;
  return out || '$';
}

/** Why `v` may not go further (too deep, a text too long), or null. */
export function edgeProblem(v: unknown, maxText: number, path: (string | number)[] = []): EdgeRefusal | null {
  if (typeof v === 'string') {
    return v.length > maxText ? { ok: false, error: 'tooLong', message: `${at(path)}: a text may be at most ${maxText} characters (this one has ${v.length})` } : null;
  }
  if (typeof v !== 'object' || v === null) return null;
  if (path.length >= MAX_DEPTH) return { ok: false, error: 'tooDeep', message: `${at(path)}: nested deeper than ${MAX_DEPTH} levels` };
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) { const p = edgeProblem(v[i], maxText, [...path, i]); if (p) return p; }
    return null;
  }
  for (const k of Object.keys(v)) {
    if (k.length > maxText) return { ok: false, error: 'tooLong', message: `${at(path)}: a field name of ${k.length} characters` };
    const p = edgeProblem((v as Record<string, unknown>)[k], maxText, [...path, k]);
    if (p) return p;
  }
  return null;
}
