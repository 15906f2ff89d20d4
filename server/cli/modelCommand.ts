// tuiyan model <route> <case.json> [--json] — one model on a case file (DESIGN.md "Case files").
// flood, fire and crowd arrive with the hazards and people issues.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args.ts';
import { EXIT_BAD_INPUT, EXIT_OK, print, printJson, say } from './io.ts';
import { runRouteCase } from '../../sim-core/forces/routeCase.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';
import { parseJsonText, formatProblem } from '../../scenarios/problems.ts';

const MODELS = ['route'];

export async function modelCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: [], switches: ['json'] });
  const [model, file] = args.positional;
  if (args.positional.length !== 2) throw new UsageError('usage: tuiyan model <route> <case.json> [--json]');
  if (!MODELS.includes(model)) throw new UsageError(`unknown model ${JSON.stringify(model)}; available now: ${MODELS.join(', ')}`);
  if (!existsSync(file)) throw new UsageError(`${file}: file not found`);
  const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) { say(formatProblem(parsed.problem)); return EXIT_BAD_INPUT; }
  const outcome = runRouteCase(parsed.value);
  if (!outcome.ok) {
    for (const e of outcome.errors) say(formatProblem({ file, path: e.path || '$', message: e.message }));
    return EXIT_BAD_INPUT;
  }
  if (args.switches.has('json')) printJson(outcome.result);
  else if (outcome.result.time === null) print('unreachable: no open route');
  else print(`time ${outcome.result.time.toFixed(1)} s (${formatDuration(outcome.result.time)}), path ${outcome.result.path.join(' → ')}`);
  return EXIT_OK;
}
