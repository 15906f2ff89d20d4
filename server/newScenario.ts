// `tuiyan new scenario --from SCENARIO DIR` on disk: the template expanded (its `extends` chain
// merged in), changed by makeVariant, checked exactly as `tuiyan check` checks, and only then
// written to DIR with the template's plan and any raster files it reads. A bare name (no slash)
// means a folder under scenarios/. DIR must not exist yet or be empty.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expanded, scenarioFile, checkScenario, loadScenario } from './scenarioFiles.ts';
import { validateScenarioText } from '../scenarios/resolve.ts';
import { makeVariant, type VariantOptions } from '../scenarios/variant.ts';
import { ScenarioError, type Problem } from '../scenarios/problems.ts';
import { checkPlan, PLAN_FILE } from './planFiles.ts';

export const SCENARIOS_ROOT = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** A bare name means scenarios/NAME; anything with a slash (or starting with .) is a path. */
export function scenarioPath(arg: string): string {
  return /^[a-z0-9][a-z0-9_-]*$/.test(arg) ? join(SCENARIOS_ROOT, arg) : resolve(arg);
}

export class NewScenarioError extends Error {
  constructor(readonly problems: Problem[]) { super(problems.map((p) => `${p.path}: ${p.message}`).join('\n')); }
}

export interface NewScenarioResult { dir: string; id: string; files: string[]; injects: number }

export interface NewScenarioOptions extends Omit<VariantOptions, 'id'> {
  id?: string;
  /** 'keep' (default): copy the template's plan, which must then check against the new day; 'none': no plan. */
  plan?: 'keep' | 'none';
}

/** Writes the new scenario; throws NewScenarioError (nothing written) when an option or the result is wrong. */
export function newScenario(from: string, to: string, options: NewScenarioOptions): NewScenarioResult {
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

  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(file, text);
    const files = ['scenario.json'];
    // The rasters it reads (by name, beside it or a base), and the template's plan (same ids).
    const rasters = Object.values((made.json.rasters ?? {}) as Record<string, { file?: string }>).map((r) => r.file).filter((f): f is string => typeof f === 'string');
    for (const name of rasters) {
      const src = x.dirs.map((d) => join(d, name)).find((p) => existsSync(p));
      if (src) { copyFileSync(src, join(dir, name)); files.push(name); }
    }
    // The same checks `tuiyan check DIR` runs: the scenario, rasters and all, then its plan.
    const problems = checkScenario(dir);
    if (problems.length) throw new NewScenarioError(problems);
    const planFile = join(fromDir, PLAN_FILE);
    if (options.plan !== 'none' && existsSync(planFile)) {
      writeFileSync(join(dir, PLAN_FILE), readFileSync(planFile));
      files.push(PLAN_FILE);
      const planProblems = checkPlan(join(dir, PLAN_FILE), loadScenario(dir));
      if (planProblems.length) {
        throw new NewScenarioError([
          { file: to, path: '--plan', message: "模板预案引用了新想定中没有的内容，可在脚本中保留这些事件，或不带预案 / the template's plan refers to what the new day lacks (below): keep those injects in the script, or give --plan none" },
          ...planProblems,
        ]);
      }
    }
    return { dir, id, files, injects: (made.json.injects as unknown[]).length };
  } catch (err) {
    // Nothing is left behind: the folder was new or empty.
    if (existed) for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
    else rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
