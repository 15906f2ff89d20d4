// tuiyan check <file|dir> — validates a scenario; one `FILE:JSON.PATH: message` line per
// problem, exit 2 if any.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_BAD_INPUT, EXIT_OK, print, printJson } from './io.ts';
import { checkScenario, loadScenario } from '../scenarioFiles.ts';
import { formatProblem } from '../../scenarios/problems.ts';
import { checkPlan, isPlanFile, loadPlan, planFileWarnings, PLAN_FILE } from '../planFiles.ts';

/** A plan is checked against its scenario: --scenario, or the scenario folder it sits in. */
function checkPlanFile(file: string, scenarioPath: string | undefined, json: boolean): number {
  const scenarioDir = scenarioPath ?? dirname(file);
  if (!existsSync(join(scenarioDir, 'scenario.json')) && !scenarioDir.endsWith('.json')) throw new UsageError(`${file}: which scenario? give --scenario <folder> (no scenario.json beside the plan)`);
  const scenarioProblems = checkScenario(scenarioDir);
  const problems = scenarioProblems.length ? scenarioProblems : checkPlan(file, loadScenario(scenarioDir));
  const warnings = problems.length ? [] : planFileWarnings(file, loadScenario(scenarioDir));
  if (json) printJson({ ok: problems.length === 0, problems, warnings });
  else for (const p of [...problems, ...warnings]) print(formatProblem(p));
  if (problems.length) return EXIT_BAD_INPUT;
  if (!json) {
    const plan = loadPlan(file, loadScenario(scenarioDir));
    print(`ok: plan ${plan.id} — ${plan.requirements.length} requirements (${plan.requirements.filter((r) => r.action).length} orders, ${plan.requirements.filter((r) => r.outcome).length} outcomes) for ${scenarioDir}`);
  }
  return EXIT_OK;
}

export async function checkCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.check);
  if (args.positional.length !== 1) throw new UsageError(`usage: ${usage('check')}`);
  if (isPlanFile(args.positional[0])) return checkPlanFile(args.positional[0], args.flags.get('scenario'), args.switches.has('json'));
  const scenarioProblems = checkScenario(args.positional[0]);
  // A scenario folder's plan is checked with it (every reference resolved against the scenario).
  const besidePlan = join(args.positional[0], PLAN_FILE);
  const withPlan = !scenarioProblems.length && !args.positional[0].endsWith('.json') && existsSync(besidePlan);
  const problems = withPlan ? checkPlan(besidePlan, loadScenario(args.positional[0])) : scenarioProblems;
  if (withPlan && !problems.length && !args.switches.has('json')) for (const w of planFileWarnings(besidePlan, loadScenario(args.positional[0]))) print(formatProblem(w));
  if (args.switches.has('json')) printJson({ ok: problems.length === 0, problems });
  else for (const p of problems) print(formatProblem(p));
  if (problems.length) return EXIT_BAD_INPUT;
  if (!args.switches.has('json')) {
    const s = loadScenario(args.positional[0]);
    print(`ok: ${s.id} — ${s.grid.width}×${s.grid.height} cells of ${s.grid.cellSize} m, ${s.roads.nodeCount} road nodes, ${s.roads.edgeCount} edges, ` +
      `${s.townships.length} townships, ${s.villages.length} villages, ${s.shelters.length} shelters, ${s.teams.length} teams, ${s.injects.length} injects`);
  }
  return EXIT_OK;
}
