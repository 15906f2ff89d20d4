// tuiyan import <config.yaml> --out DIR [--json]
import { EXIT_OK, printJson, say } from './io.ts';
import { parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { importScenario } from '../gis/importScenario.ts';

export async function importCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.import);
  const out = args.flags.get('out');
  if (args.positional.length !== 1 || !out) throw new UsageError(`usage: ${usage('import')}`);
  const summary = await importScenario(args.positional[0], out);
  if (args.switches.has('json')) printJson({ out, ...summary });
  else say(`scenario written to ${out}/: ${summary.width}×${summary.height} cells, ${summary.roadNodes} road nodes and ${summary.roadEdges} edges (${summary.snapped} ends snapped, ${summary.crossings} crossings split), ${summary.villages} villages, ${summary.teams} teams, ${summary.reservoirs} reservoirs; check it with: tuiyan check ${out}`);
  return EXIT_OK;
}
