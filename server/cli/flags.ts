// Every subcommand's arguments and flags, declared once: the parser (args.ts) accepts exactly
// these, and the usage text (main.ts and each command's usage error) is written from them.
export interface FlagSpec {
  /** The positional arguments, as the usage line shows them. */
  args: string;
  /** Flags that take a value, with what the value is (shown in the usage line). */
  values: Readonly<Record<string, string>>;
  /** Flags that are switches. */
  switches: readonly string[];
  /** Value flags the command cannot do without (shown without brackets). */
  required?: readonly string[];
  /** Anything the usage line adds after the flags. */
  note?: string;
}

export const FLAGS = {
  run: { args: '<scenario>', values: { seed: 'N', until: 'D', commands: 'FILE', plan: 'FILE|auto|none', autopilot: 'none|ROLE,…', out: 'DIR' }, switches: ['json'] },
  score: { args: '<log.jsonl | exercise-id>', values: { plan: 'FILE', db: 'FILE', at: 'D', out: 'DIR' }, switches: ['json'], required: ['plan'] },
  validate: { args: '<scenario>', values: { plan: 'FILE|auto', runs: 'N', 'seed-base': 'N', workers: 'W', until: 'D', out: 'DIR', queue: 'redis://HOST:6379', 'queue-name': 'NAME' }, switches: ['json'], required: ['plan'], note: '(--queue puts the runs on a Redis queue for `tuiyan worker`s instead of local threads)' },
  worker: { args: '', values: { queue: 'redis://HOST:6379', concurrency: 'N', 'queue-name': 'NAME' }, switches: [], required: ['queue'] },
  replay: { args: '<log.jsonl | exercise-id>', values: { db: 'FILE', until: 'D' }, switches: ['json'] },
  check: { args: '<scenario folder | scenario.json | plan.json>', values: { scenario: 'DIR' }, switches: ['json'], note: '(--scenario for a plan with no scenario.json beside it)' },
  model: { args: '<flood|fire|plume|crowd|route|quake|typhoon> <case.json> | dambreak <scenario>', values: { reservoir: 'ID,…', hours: 'H', depth: 'M' }, switches: ['json', 'write'], note: '(dambreak: --reservoir, --hours, --depth, and --write to put the zones into the scenario folder\'s scenario.json)' },
  serve: { args: '', values: { port: '8080', host: '127.0.0.1', db: 'FILE', exercise: 'SCENARIO', seed: 'N', speed: 'S', 'joins-per-minute': 'N' }, switches: ['json', 'practice'], note: '(--seed and --speed go with --exercise; --practice gives every scenario\'s script to anyone, never for a drill; --joins-per-minute: joins one address may make, 30 by default — raise it for a classroom behind one NAT address)' },
  bench: { args: '', values: { queue: 'redis://HOST:6379', runs: 'N', until: 'D' }, switches: ['json', 'scale'], note: '(--scale: validation runs through the Redis queue with 1, 2, 4 worker processes vs local threads, 40 storm days unless --runs/--until; needs redis-server)' },
  import: { args: '<config.yaml>', values: { out: 'DIR' }, switches: ['json'], required: ['out'] },
  export: { args: '<scenario>', values: { out: 'DIR', crs: 'EPSG:N', origin: 'E,N' }, switches: ['geographic', 'json'], required: ['out'] },
  new: {
    args: 'scenario <DIR>',
    values: { from: 'SCENARIO', id: 'ID', name: 'TEXT', start: 'ISO', 'rain-scale': 'X', 'rain-shift': '[-]D', wind: 'M/S,DEG', moisture: 'd1=N,…', reservoirs: 'ID=LEVEL,…', 'cut-roads': 'EDGE,…', 'cut-access': 'PLACE,…', outages: 'PLACE=power+comms,…', script: 'keep|empty|FILE', plan: 'keep|none' },
    switches: ['json'], required: ['from'], note: '(DIR a path; a bare name means scenarios/NAME)',
  },
} as const satisfies Record<string, FlagSpec>;

export type CommandName = keyof typeof FLAGS;

/** `tuiyan run <scenario> [--seed N] … [--json]`. */
export function usage(name: CommandName): string {
  const spec: FlagSpec = FLAGS[name];
  const flags = [
    ...Object.entries(spec.values).map(([f, v]) => (spec.required?.includes(f) ? `--${f} ${v}` : `[--${f} ${v}]`)),
    ...spec.switches.map((f) => `[--${f}]`),
  ];
  return ['tuiyan', name, spec.args, ...flags, spec.note ?? ''].filter((x) => x !== '').join(' ');
}
