// Plan files on disk: `--plan FILE`, `--plan auto` (the plan.json beside the scenario), or
// `--plan none`. Problems are ScenarioErrors with FILE:JSON.PATH: message lines.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plan } from '../sim-core/plan/plan.ts';
import type { Scenario } from '../sim-core/world/scenario.ts';
import { planTextWarnings, resolvePlan, validatePlanText } from '../scenarios/loadPlan.ts';
import { ScenarioError, type Problem } from '../scenarios/problems.ts';
import { scenarioFile } from './scenarioFiles.ts';

export const PLAN_FILE = 'plan.json';

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** The plan a `--plan` value names for a scenario path; null for `none`. */
export function planPath(value: string, scenarioPath: string): string | null {
  if (value === 'none') return null;
  if (value === 'auto') return join(dirname(scenarioFile(scenarioPath)), PLAN_FILE);
  return value;
}

export function loadPlan(file: string, scenario: Scenario): Plan {
  if (!existsSync(file)) throw new ScenarioError([{ file: display(file), path: '$', message: 'plan file not found' }]);
  return resolvePlan(readFileSync(file, 'utf8'), display(file), scenario);
}

export function checkPlan(file: string, scenario: Scenario): Problem[] {
  if (!existsSync(file)) return [{ file: display(file), path: '$', message: 'plan file not found' }];
  const r = validatePlanText(readFileSync(file, 'utf8'), display(file), scenario);
  return r.ok ? [] : r.problems;
}

/** Warnings about a plan (requirements that can never trigger in the scenario). */
export function planFileWarnings(file: string, scenario: Scenario): Problem[] {
  return existsSync(file) ? planTextWarnings(readFileSync(file, 'utf8'), display(file), scenario) : [];
}

/** Whether a JSON file is a plan (by its format field) rather than a scenario. */
export function isPlanFile(file: string): boolean {
  if (!existsSync(file) || !file.endsWith('.json')) return false;
  return /"format"\s*:\s*"tuiyan-plan\//.test(readFileSync(file, 'utf8').slice(0, 2000));
}
