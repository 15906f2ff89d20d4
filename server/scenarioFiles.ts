// Loading a scenario folder (or its scenario.json) from disk.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expandExtends, type ReadScenario } from '../scenarios/extend.ts';
import type { Scenario } from '../sim-core/world/scenario.ts';
import { resolveScenario, validateScenarioText } from '../scenarios/resolve.ts';
import { ScenarioError, type Problem } from '../scenarios/problems.ts';
// Crowded sites step the rapier crowd model inside the sim: load it before any scenario.
import './crowdEngine.ts';

/** A scenario is named by its folder or its scenario.json; a missing path is taken as a folder. */
export function scenarioFile(path: string): string {
  if (existsSync(path)) return statSync(path).isDirectory() ? join(path, 'scenario.json') : path;
  return path.endsWith('.json') ? path : join(path, 'scenario.json');
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function readText(file: string): string {
  if (!existsSync(file)) throw new ScenarioError([{ file: displayName(file), path: '$', message: 'file not found' }]);
  return readFileSync(file, 'utf8');
}

/** Raster files are looked for beside the scenario, then beside each scenario it extends. */
export function fileReader(dirs: string[]) {
  return (name: string): Uint8Array | null => {
    for (const dir of dirs) {
      const p = join(dir, name);
      if (existsSync(p)) return new Uint8Array(readFileSync(p));
    }
    return null;
  };
}

const readBase: ReadScenario = (fromFile, ref) => {
  const file = scenarioFile(resolve(dirname(fromFile), ref));
  return existsSync(file) ? { file: displayName(file), text: readFileSync(file, 'utf8') } : null;
};

/** scenario.json with any `extends` chain merged in, and the folders to find rasters in. */
export function expanded(file: string): { text: string; dirs: string[] } {
  const x = expandExtends({ file: displayName(file), text: readText(file) }, readBase);
  if (!x.ok) throw new ScenarioError(x.problems);
  return { text: x.text, dirs: [dirname(file), ...x.bases.map((b) => dirname(resolve(b)))] };
}

const cache = new Map<string, Scenario>();

/** Loads and resolves a scenario; throws ScenarioError listing every problem. */
export function loadScenario(path: string): Scenario {
  const file = scenarioFile(path);
  const cached = cache.get(file);
  if (cached) return cached;
  const { text, dirs } = expanded(file);
  const scenario = resolveScenario(text, displayName(file), fileReader(dirs));
  cache.set(file, scenario);
  return scenario;
}

/** Every problem of a scenario (shape, references, rasters), or none. */
export function checkScenario(path: string): Problem[] {
  const file = scenarioFile(path);
  try {
    const { text, dirs } = expanded(file);
    const v = validateScenarioText(text, displayName(file));
    if (!v.ok) return v.problems;
    resolveScenario(text, displayName(file), fileReader(dirs));
    return [];
  } catch (err) {
    if (err instanceof ScenarioError) return err.problems;
    throw err;
  }
}
