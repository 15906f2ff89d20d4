// tuiyan check <file|dir> — validates a scenario; one `FILE:JSON.PATH: message` line per
// problem, exit 2 if any.
import { parseArgs, UsageError } from './args.ts';
import { EXIT_BAD_INPUT, EXIT_OK, print, printJson } from './io.ts';
import { checkScenario, loadScenario } from '../scenarioFiles.ts';
import { formatProblem } from '../../scenarios/problems.ts';

export async function checkCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: [], switches: ['json'] });
  if (args.positional.length !== 1) throw new UsageError('usage: tuiyan check <scenario folder | scenario.json> [--json]');
  const problems = checkScenario(args.positional[0]);
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
