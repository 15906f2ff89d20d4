// Loading a scenario folder (or its scenario.json) from disk.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Scenario } from '../sim-core/world/scenario.ts';
import { resolveScenario, validateScenarioText } from '../scenarios/resolve.ts';
import { ScenarioError, type Problem } from '../scenarios/problems.ts';

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

function fileReader(dir: string) {
  return (name: string): Uint8Array | null => {
    const p = join(dir, name);
    return existsSync(p) ? new Uint8Array(readFileSync(p)) : null;
  };
}

const cache = new Map<string, Scenario>();

/** Loads and resolves a scenario; throws ScenarioError listing every problem. */
export function loadScenario(path: string): Scenario {
  const file = scenarioFile(path);
  const cached = cache.get(file);
  if (cached) return cached;
  const scenario = resolveScenario(readText(file), displayName(file), fileReader(dirname(file)));
  cache.set(file, scenario);
  return scenario;
}

/** Every problem of a scenario (shape, references, rasters), or none. */
export function checkScenario(path: string): Problem[] {
  const file = scenarioFile(path);
  try {
    const text = readText(file);
    const v = validateScenarioText(text, displayName(file));
    if (!v.ok) return v.problems;
    resolveScenario(text, displayName(file), fileReader(dirname(file)));
    return [];
  } catch (err) {
    if (err instanceof ScenarioError) return err.problems;
    throw err;
  }
}
