// Flags by node:util parseArgs in strict mode, from each subcommand's declaration (flags.ts):
// an unknown flag, a missing value or a value given to a switch is a UsageError (exit 2) that
// names the flag.
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import type { FlagSpec } from './flags.ts';

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
  switches: Set<string>;
}

function flagList(spec: FlagSpec): string {
  return [...Object.keys(spec.values), ...spec.switches].map((f) => `--${f}`).join(', ');
}

/** The flag a parseArgs error names (its messages quote it, e.g. "Unknown option '--speed'"). */
function namedFlag(message: string): string {
  const m = /'(-{1,2}[^'\s=]+)/.exec(message);
  return m ? m[1] : '?';
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const f of Object.keys(spec.values)) options[f] = { type: 'string' };
  for (const f of spec.switches) options[f] = { type: 'boolean' };
  // No flag has a short form, so a single-dash word after a value flag is its value
  // (`--seed -3` reaches the range check rather than reading as a flag).
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : null;
    const next = argv[i + 1];
    if (name !== null && Object.hasOwn(spec.values, name) && next !== undefined && /^-[^-]/.test(next)) { args.push(`${argv[i]}=${next}`); i++; } else args.push(argv[i]);
  }
  let parsed;
  try {
    parsed = parseNodeArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    const flag = namedFlag(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = flagList(spec);
      throw new UsageError(`unknown option ${flag}${known ? ` (known: ${known})` : ''}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(Object.hasOwn(spec.values, flag.replace(/^-+/, '')) ? `${flag} needs a value` : `${flag} takes no value`);
    }
    throw err;
  }
  const out: ParsedArgs = { positional: parsed.positionals, flags: new Map(), switches: new Set() };
  for (const [k, v] of Object.entries(parsed.values)) {
    if (typeof v === 'string') out.flags.set(k, v);
    else if (v === true) out.switches.add(k);
  }
  return out;
}

export function intFlag(args: ParsedArgs, name: string, fallback: number, min = 0): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  if (!/^-?\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) throw new UsageError(`--${name} must be a whole number ≥ ${min}, not ${JSON.stringify(v)}`);
  return Number(v);
}
