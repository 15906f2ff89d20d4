// tuiyan new scenario --from SCENARIO DIR [--start ISO] [--rain-scale X] [--rain-shift [-]D]
//   [--wind M/S,DEG] [--moisture d1=N,…] [--reservoirs ID=LEVEL,…] [--cut-roads EDGE,…]
//   [--cut-access PLACE,…] [--outages PLACE=power+comms,…] [--script keep|empty|FILE] [--id ID] [--name TEXT] [--json]
// A new scenario from a template: the same world, a different day (scenarios/variant.ts).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_BAD_INPUT, EXIT_OK, print, printJson, say } from './io.ts';
import { formatProblem } from '../../scenarios/problems.ts';
import { parseDuration } from '../../sim-core/time/duration.ts';
import { newScenario, NewScenarioError } from '../newScenario.ts';
import type { NewScenarioOptions } from '../newScenario.ts';

function num(flag: string, v: string): number {
  const n = Number(v.trim());
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag}: ${JSON.stringify(v)} is not a number`);
  return n;
}

/** "a=1,b=2" → [[a, "1"], [b, "2"]]. */
function pairs(flag: string, v: string): [string, string][] {
  return v.split(',').filter((x) => x.trim()).map((x) => {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(x);
    if (!m) throw new UsageError(`--${flag}: expected NAME=VALUE pairs separated by commas, not ${JSON.stringify(x)}`);
    return [m[1], m[2]];
  });
}

const MOISTURE = ['d1', 'd10', 'd100', 'liveHerb', 'liveWoody'] as const;
const SERVICES = ['power', 'comms', 'water'] as const;

/** The variant options from the flags; every malformed value is a UsageError naming its flag. */
export function variantOptions(args: ParsedArgs): NewScenarioOptions {
  const f = (k: string) => args.flags.get(k);
  const o: NewScenarioOptions = {};
  if (f('id') !== undefined) o.id = f('id');
  if (f('name') !== undefined) o.name = { zh: f('name')! };
  if (f('start') !== undefined) o.start = f('start');
  if (f('rain-scale') !== undefined) o.rainScale = num('rain-scale', f('rain-scale')!);
  const shift = f('rain-shift');
  if (shift !== undefined) {
    const neg = shift.startsWith('-');
    const s = parseDuration(neg ? shift.slice(1) : shift);
    if (s === null) throw new UsageError(`--rain-shift: expected a duration such as 2h or -90m, not ${JSON.stringify(shift)}`);
    o.rainShift = neg ? -s : s;
  }
  if (f('wind') !== undefined) {
    const [speed, dir] = f('wind')!.split(',').map((x) => num('wind', x));
    if (dir === undefined || !(speed >= 0 && speed <= 60) || !(dir >= 0 && dir <= 360)) throw new UsageError('--wind: SPEED,DIR with speed 0–60 m/s and the direction it blows toward 0–360°');
    o.wind = { speed, dir };
  }
  if (f('moisture') !== undefined) {
    o.moisture = {};
    for (const [k, v] of pairs('moisture', f('moisture')!)) {
      if (!(MOISTURE as readonly string[]).includes(k)) throw new UsageError(`--moisture: ${k}? give ${MOISTURE.join(', ')}`);
      o.moisture[k as typeof MOISTURE[number]] = num('moisture', v);
    }
  }
  if (f('reservoirs') !== undefined) o.reservoirs = Object.fromEntries(pairs('reservoirs', f('reservoirs')!).map(([k, v]) => [k, num('reservoirs', v)]));
  if (f('cut-roads') !== undefined) o.cutRoads = f('cut-roads')!.split(',').filter((x) => x.trim()).map((x) => num('cut-roads', x));
  if (f('cut-access') !== undefined) o.cutAccess = f('cut-access')!.split(',').map((x) => x.trim()).filter(Boolean);
  if (f('outages') !== undefined) {
    o.outages = pairs('outages', f('outages')!).map(([place, v]) => {
      const services = v.split('+');
      const bad = services.filter((s) => !(SERVICES as readonly string[]).includes(s));
      if (bad.length) throw new UsageError(`--outages: ${bad.join(', ')}? services are ${SERVICES.join(', ')} joined by +`);
      return { place, services: services as typeof SERVICES[number][] };
    });
  }
  const plan = f('plan');
  if (plan !== undefined && plan !== 'keep' && plan !== 'none') throw new UsageError(`--plan: keep (the template's plan.json) or none, not ${JSON.stringify(plan)}`);
  if (plan) o.plan = plan;
  const script = f('script');
  if (script === 'keep' || script === 'empty') o.script = script;
  else if (script !== undefined) {
    if (!existsSync(script)) throw new UsageError(`--script: no file ${script}`);
    let parsed: unknown;
    try { parsed = JSON.parse(readFileSync(script, 'utf8')); } catch { throw new UsageError(`--script: ${script} is not JSON`); }
    const list = Array.isArray(parsed) ? parsed : (parsed as { injects?: unknown })?.injects;
    if (!Array.isArray(list)) throw new UsageError(`--script: ${script} should hold a JSON array of injects (or {"injects": […]})`);
    o.script = list;
  }
  return o;
}

export async function newCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.new);
  const [what, dir, ...extra] = args.positional;
  if (what !== 'scenario' || !dir || extra.length || !args.flags.get('from')) throw new UsageError(`usage: ${usage('new')}`);
  const json = args.switches.has('json');
  try {
    const r = newScenario(args.flags.get('from')!, dir, variantOptions(args));
    if (json) printJson({ ok: true, ...r });
    else print(`ok: ${r.id} written to ${r.dir} (${r.files.join(', ')}; ${r.injects} injects) — check it with: tuiyan check ${r.dir}`);
    return EXIT_OK;
  } catch (err) {
    if (!(err instanceof NewScenarioError)) throw err;
    if (json) printJson({ ok: false, problems: err.problems });
    else for (const p of err.problems) say(formatProblem(p));
    return EXIT_BAD_INPUT;
  }
}
