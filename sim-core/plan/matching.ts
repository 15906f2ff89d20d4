// Does a log entry have the fields a plan asks for? Scalars must be equal; a listed array must
// include every item the plan gives (an evacuation order may name more villages than required).
import type { Match } from './plan.ts';
import { compareStrings } from '../order.ts';

/** JSON with keys in a fixed order, to compare plain objects by value. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object' && v !== null) return `{${Object.keys(v).sort(compareStrings).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

export function fieldsMatch(entry: Record<string, unknown>, match: Match | undefined): boolean {
  if (!match) return true;
  for (const key of Object.keys(match)) {
    const want = match[key];
    const got = entry[key];
    if (typeof want === 'object' && want !== null && !Array.isArray(want)) {
      if (canonical(got) !== canonical(want)) return false;
    } else if (Array.isArray(want)) {
      if (Array.isArray(got)) { if (!want.every((w) => (got as unknown[]).includes(w))) return false; }
      else if (!(want as unknown[]).includes(got as string | number)) return false;
    } else if (got !== want) {
      return false;
    }
  }
  return true;
}

/** A role pattern: an exact role, or `township:*` / `team:*` for any of that kind. */
export function roleMatches(role: string, pattern: string): boolean {
  return pattern.endsWith(':*') ? role.startsWith(pattern.slice(0, -1)) : role === pattern;
}
