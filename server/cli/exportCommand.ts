// tuiyan export <scenario> --out DIR [--crs EPSG:N] [--origin E,N] [--geographic] [--json]
import { parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_OK, printJson, say } from './io.ts';
import { exportScenario } from '../gis/exportScenario.ts';
import { DEMO_ANCHOR, parseCrs } from '../gis/crs.ts';

export async function exportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.export);
  const values = { out: args.flags.get('out'), crs: args.flags.get('crs'), origin: args.flags.get('origin'), geographic: args.switches.has('geographic'), json: args.switches.has('json') };
  const positionals = args.positional;
  if (positionals.length !== 1 || !values.out) throw new UsageError(`usage: ${usage('export')}`);
  const crs = parseCrs(values.crs ?? DEMO_ANCHOR.crs);
  if (!crs || crs.geographic || crs.epsg === null) {
    throw new UsageError(`--crs must be a projected CRS given by EPSG code (a CGCS2000 3° Gauss–Krüger zone such as EPSG:4548, or WGS 84 / UTM such as EPSG:32650), not ${JSON.stringify(values.crs)}`);
  }
  let origin = DEMO_ANCHOR.origin;
  if (values.origin !== undefined) {
    const parts = values.origin.split(',').map((v) => Number(v.trim()));
    if (parts.length !== 2 || parts.some((v) => !Number.isFinite(v))) throw new UsageError(`--origin must be EASTING,NORTHING in metres, not ${JSON.stringify(values.origin)}`);
    origin = [parts[0], parts[1]];
  }
  const files = exportScenario(positionals[0], values.out, { crs, origin, geographicRasters: values.geographic });
  if (values.json) printJson({ out: values.out, crs: crs.name, origin, files });
  else say(`${files.length} files written to ${values.out}/ (${crs.name}, grid origin ${origin.join(', ')}); import them back with: tuiyan import ${values.out}/import.yaml --out DIR`);
  return EXIT_OK;
}
