// tuiyan model <flood|fire|plume|route|crowd|quake|typhoon> <case.json> [--json] — one model on a case file
// (DESIGN.md "Case files"); `model dambreak <scenario>` runs the flood model on a dam break of a
// scenario (damBreakCommand.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { runFloodCase } from '../../sim-core/hazards/flood/floodCase.ts';
import { runFireCase } from '../../sim-core/hazards/fire/fireCase.ts';
import { runPlumeCase, type PlumeCaseResult } from '../../sim-core/hazards/plume/plumeCase.ts';
import { runQuakeCase, type QuakeCaseResult } from '../../sim-core/hazards/quake/quakeCase.ts';
import { runTyphoonCase, type TyphoonCaseResult } from '../../sim-core/hazards/typhoon/typhoonCase.ts';
import { parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_BAD_INPUT, EXIT_OK, print, printJson, say } from './io.ts';
import { runRouteCase } from '../../sim-core/forces/routeCase.ts';
import { runCrowdCase, type CrowdCaseResult } from '../../sim-core/people/crowd/crowdCase.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';
import { parseJsonText, formatProblem } from '../../scenarios/problems.ts';
import { damBreakCommand } from './damBreakCommand.ts';

type Outcome = { ok: true; result: unknown } | { ok: false; errors: { path: string; message: string }[] };

const MODELS: Record<string, (input: unknown) => Outcome | Promise<Outcome>> = {
  route: runRouteCase,
  flood: runFloodCase,
  fire: runFireCase,
  plume: runPlumeCase,
  quake: runQuakeCase,
  typhoon: runTyphoonCase,
  crowd: async (input) => runCrowdCase(await loadRapier(), input),
};

/** rapier (WebAssembly) is loaded and initialised here, in server code, and handed to the
 *  synchronous core; only the crowd model pays for it. */
async function loadRapier() {
  const RAPIER = (await import('@dimforge/rapier2d-deterministic-compat')).default;
  await RAPIER.init();
  return RAPIER;
}

export async function modelCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.model);
  const [model, file] = args.positional;
  if (args.positional.length !== 2) throw new UsageError(`usage: ${usage('model')}`);
  if (model === 'dambreak') return damBreakCommand(args, file);
  const runCase = MODELS[model];
  if (!Object.hasOwn(MODELS, model)) throw new UsageError(`unknown model ${JSON.stringify(model)}; available now: ${[...Object.keys(MODELS), 'dambreak'].join(', ')}`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${file}: no such case file`);
  const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) { say(formatProblem(parsed.problem)); return EXIT_BAD_INPUT; }
  const outcome = await runCase(parsed.value);
  if (!outcome.ok) {
    for (const e of outcome.errors) say(formatProblem({ file, path: e.path || '$', message: e.message }));
    return EXIT_BAD_INPUT;
  }
  if (args.switches.has('json')) printJson(outcome.result);
  else print(describeResult(model, outcome.result));
  return EXIT_OK;
}

function describeResult(model: string, r: any): string {
  if (model === 'route') {
    return r.time === null ? 'unreachable: no open route' : `time ${r.time.toFixed(1)} s (${formatDuration(r.time)}), path ${r.path.join(' → ')}`;
  }
  if (model === 'fire') {
    return `head ${r.ros.toFixed(3)} m/min, backing ${r.rosBacking.toFixed(3)} m/min, L/W ${r.lw.toFixed(3)}, flame ${r.flameLength.toFixed(2)} m, intensity ${r.intensity.toFixed(0)} kW/m` +
      (r.arrival ? `; ${r.arrival.filter((a: number | null) => a !== null).length} cells reached` : '');
  }
  if (model === 'crowd') return describeCrowd(r);
  if (model === 'plume') return describePlume(r);
  if (model === 'quake') return describeQuake(r);
  if (model === 'typhoon') return describeTyphoon(r);
  const v = r.volume;
  return `${r.times.length} outputs; volume in ${v.inflow.toFixed(0)} m³ + rain ${v.rain.toFixed(0)} m³, stored ${v.stored.toFixed(0)} m³, out ${v.outflow.toFixed(0)} m³, mass error ${v.error.toExponential(2)}`;
}

function describeCrowd(r: CrowdCaseResult): string {
  const out = r.exitTimes.filter((t) => t !== null).length;
  const total = r.exitTimes.length;
  const evacuation = r.evacuationTime === null
    ? `${total - out} still inside at maxTime`
    : `evacuated in ${r.evacuationTime.toFixed(1)} s (${formatDuration(r.evacuationTime)})`;
  return `${out} of ${total} out; ${evacuation}; max density ${r.maxDensity} P/m²`;
}

function describePlume(r: PlumeCaseResult): string {
  const parts: string[] = [];
  for (const p of r.receptors ?? []) parts.push(`(${p.x}, ${p.y}) m: ${p.concentration.toExponential(3)} g/m³`);
  if (r.max !== undefined) parts.push(`grid max ${r.max.toExponential(3)} g/m³`);
  for (const z of r.zones ?? []) parts.push(`${z.tier} zone ${z.cells} cells, ${(z.area / 1e6).toFixed(3)} km², reach ${z.reach.toFixed(0)} m`);
  if (r.shelterFactor !== undefined) parts.push(`indoor dose ${(r.shelterFactor * 100).toFixed(1)} % of outdoor`);
  return parts.join('\n');
}

function describeQuake(r: QuakeCaseResult): string {
  const e = r.epicentral;
  const sites = r.sites.map((s, k) => `site ${k}: intensity ${s.intensity.toFixed(2)}, PGA ${s.pga.toFixed(3)} m/s²`);
  const g = r.grid?.intensity;
  const grid = g ? [`grid: ${g.length} cells, intensity ${g.reduce((a, b) => Math.min(a, b)).toFixed(2)}–${g.reduce((a, b) => Math.max(a, b)).toFixed(2)}`] : [];
  return [`epicentral intensity ${e.intensity.toFixed(2)}, PGA ${e.pga.toFixed(3)} m/s²`, ...sites, ...grid].join('\n');
}

function describeTyphoon(r: TyphoonCaseResult): string {
  const lines = [`Holland Vm ${r.maxWind.toFixed(2)} m/s (cyclostrophic, at Rmax); pressure at Rmax ${r.pressureAtRmax.toFixed(1)} hPa; strongest gradient wind ${r.peak.wind.toFixed(2)} m/s at ${(r.peak.r / 1000).toFixed(2)} km`];
  const m = r.motion;
  if (m) {
    lines.push(`moving ${m.speed.toFixed(1)} m/s toward ${m.heading.toFixed(0)}° (Lin & Chavas 2012 background wind ${m.background.toFixed(2)} m/s): surface maximum ${m.surfaceMax.toFixed(2)} m/s`);
    lines.push(`right of the track: strongest ${m.right.wind.toFixed(2)} m/s at ${(m.right.r / 1000).toFixed(2)} km; left: ${m.left.wind.toFixed(2)} m/s at ${(m.left.r / 1000).toFixed(2)} km; right − left ${(m.right.wind - m.left.wind).toFixed(2)} m/s`);
  }
  for (const p of r.profile) {
    const sides = p.right === undefined ? '' : ` (right ${p.right.toFixed(2)}, left ${p.left!.toFixed(2)})`;
    lines.push(`r ${(p.r / 1000).toFixed(1)} km: ${p.pressure.toFixed(1)} hPa, wind ${p.wind.toFixed(2)} m/s${sides}, rain ${p.rain.toFixed(1)} mm/h`);
  }
  return lines.join('\n');
}
