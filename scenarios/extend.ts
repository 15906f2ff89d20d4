// A scenario may extend another (`"extends": "../demo-district"`): it takes the base's fields
// and replaces the ones it gives, top level by top level (a child's `weather` or `injects`
// replaces the base's whole). So the spring-fire exercise reuses the district without copying
// its roads and places.
import { parseJsonText, type Problem } from './problems.ts';

export interface ScenarioSource {
  /** Display name of the file, for problems. */
  file: string;
  text: string;
}

/** Reads the scenario.json of a folder given relative to another scenario's file; null if missing. */
export type ReadScenario = (fromFile: string, ref: string) => ScenarioSource | null;

const MAX_DEPTH = 4;

/** The merged JSON text, or the problems met on the way (bad JSON, a missing or cyclic base). */
export function expandExtends(src: ScenarioSource, read: ReadScenario, depth = 0): { ok: true; text: string; bases: string[] } | { ok: false; problems: Problem[] } {
  const parsed = parseJsonText(src.text, src.file);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'extends')) {
    return { ok: true, text: src.text, bases: [] };
  }
  const { extends: ref, ...own } = value as Record<string, unknown>;
  if (typeof ref !== 'string') return { ok: false, problems: [{ file: src.file, path: 'extends', message: 'expected the path of the base scenario folder' }] };
  if (depth >= MAX_DEPTH) return { ok: false, problems: [{ file: src.file, path: 'extends', message: `more than ${MAX_DEPTH} levels of extends (a cycle?)` }] };
  const base = read(src.file, ref);
  if (!base) return { ok: false, problems: [{ file: src.file, path: 'extends', message: `no scenario at ${ref}` }] };
  const expanded = expandExtends(base, read, depth + 1);
  if (!expanded.ok) return expanded;
  const merged = { ...(JSON.parse(expanded.text) as Record<string, unknown>), ...own };
  return { ok: true, text: JSON.stringify(merged), bases: [base.file, ...expanded.bases] };
}
