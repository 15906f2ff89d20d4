// `tuiyan new scenario --from SCENARIO DIR` on disk: the template expanded (its `extends` chain
// merged in), changed by makeVariant, checked exactly as `tuiyan check` checks, and only then
// written to DIR with the template's plan and any raster files it reads. A bare name (no slash)
// means a folder under scenarios/. DIR must not exist yet or be empty.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expanded, scenarioFile, checkScenario } from './scenarioFiles.ts';
import { validateScenarioText } from '../scenarios/resolve.ts';
import { makeVariant, type VariantOptions } from '../scenarios/variant.ts';
import { ScenarioError, type Problem } from '../scenarios/problems.ts';
import { PLAN_FILE } from './planFiles.ts';

export const SCENARIOS_ROOT = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** A bare name means scenarios/NAME; anything with a slash (or starting with .) is a path. */
export function scenarioPath(arg: string): string {
  return /^[a-z0-9][a-z0-9_-]*$/.test(arg) ? join(SCENARIOS_ROOT, arg) : resolve(arg);
}

export class NewScenarioError extends Error {
  constructor(readonly problems: Problem[]) { super(problems.map((p) => `${p.path}: ${p.message}`).join('\n')); }
}

export interface NewScenarioResult { dir: string; id: string; files: string[]; injects: number }

/** Writes the new scenario; throws NewScenarioError (nothing written) when an option or the result is wrong. */
export function newScenario(from: string, to: string, options: Omit<VariantOptions, 'id'> & { id?: string }): NewScenarioResult {
  const fromDir = scenarioPath(from);
  const dir = scenarioPath(to);
  const fromFile = scenarioFile(fromDir);
  if (!existsSync(fromFile)) throw new NewScenarioError([{ file: from, path: '--from', message: `no scenario at ${fromDir}` }]);
  if (existsSync(dir) && readdirSync(dir).length) throw new NewScenarioError([{ file: to, path: 'DIR', message: `${dir} exists and is not empty; give a new folder` }]);
  let x: { text: string; dirs: string[] };
  try { x = expanded(fromFile); } catch (err) { if (err instanceof ScenarioError) throw new NewScenarioError(err.problems); throw err; }
  const id = options.id ?? basename(dir);
  const made = makeVariant(JSON.parse(x.text), { ...options, id });
  if (!made.ok) throw new NewScenarioError(made.problems.map((p) => ({ file: to, path: `--${p.option}`, message: p.message })));
  const text = JSON.stringify(made.json, null, 1) + '\n';
  const file = join(dir, 'scenario.json');
  const checked = validateScenarioText(text, file);
  if (!checked.ok) throw new NewScenarioError(checked.problems);

  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  const files = ['scenario.json'];
  // The rasters it reads (by name, beside it or a base), and the template's plan (same ids).
  const rasters = Object.values((made.json.rasters ?? {}) as Record<string, { file?: string }>).map((r) => r.file).filter((f): f is string => typeof f === 'string');
  for (const name of rasters) {
    const src = x.dirs.map((d) => join(d, name)).find((p) => existsSync(p));
    if (src) { copyFileSync(src, join(dir, name)); files.push(name); }
  }
  if (existsSync(join(fromDir, PLAN_FILE))) { writeFileSync(join(dir, PLAN_FILE), readFileSync(join(fromDir, PLAN_FILE))); files.push(PLAN_FILE); }
  // The same check `tuiyan check` runs, rasters and all.
  const problems = checkScenario(dir);
  if (problems.length) throw new NewScenarioError(problems);
  return { dir, id, files, injects: (made.json.injects as unknown[]).length };
}
