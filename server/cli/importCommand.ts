// tuiyan import <config.yaml> --out DIR [--json]
import { EXIT_OK, printJson, say } from './io.ts';
import { UsageError } from './args.ts';
import { strictArgs } from './exportCommand.ts';
import { importScenario } from '../gis/importScenario.ts';

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = strictArgs(argv, { out: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length !== 1 || !values.out) throw new UsageError('usage: tuiyan import <config.yaml> --out DIR [--json]');
  const summary = await importScenario(positionals[0], values.out);
  if (values.json) printJson({ out: values.out, ...summary });
  else say(`scenario written to ${values.out}/: ${summary.width}×${summary.height} cells, ${summary.roadNodes} road nodes and ${summary.roadEdges} edges (${summary.snapped} ends snapped, ${summary.crossings} crossings split), ${summary.villages} villages, ${summary.teams} teams, ${summary.reservoirs} reservoirs; check it with: tuiyan check ${values.out}`);
  return EXIT_OK;
}
