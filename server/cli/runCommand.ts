// tuiyan run <scenario> [--seed N] [--until D] [--commands FILE] [--out DIR] [--json]
import { peopleKpisOf } from '../../sim-core/people/peopleKpis.ts';
import { forcesKpis } from '../../sim-core/forces/forcesKpis.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs, intFlag, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_OK, print, printJson, say } from './io.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { readCommandsFile } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { hazardKpis } from '../../sim-core/hazards/hazardKpis.ts';
import { formatSummary } from '../run/summary.ts';
import { LOG_FORMAT, writeLog } from '../run/logFile.ts';
import { parseDuration } from '../../sim-core/time/duration.ts';
import { renderSituationMap, reportMap } from '../render/situationMap.ts';
import { loadPlan, planPath } from '../planFiles.ts';
import { parseRole } from '../../sim-core/commands/roles.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { worldMeasures } from '../../sim-core/score/worldMeasures.ts';
import { renderReportHtml, reportMapTimes } from '../../presentation/report/reportHtml.ts';
import { formatScore } from '../../presentation/report/scoreText.ts';
import { evaluationGuideHtml } from '../../presentation/report/evaluationGuide.ts';

export function durationFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const s = parseDuration(value);
  if (s === null) throw new UsageError(`--${name} must be a duration such as 90s, 45m, 6h or 2h30m, not ${JSON.stringify(value)}`);
  return s;
}

/** `--autopilot none|ROLE,…`: the roles the autopilot may play (null: every role nobody plays). */
function autopilotRoles(value: string | undefined, scenario: Scenario): Set<string> | null {
  if (value === undefined) return null;
  if (value === 'none') return new Set();
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  for (const r of roles) if (!parseRole(r, scenario)) throw new UsageError(`--autopilot: no role ${JSON.stringify(r)} in scenario ${scenario.id} (give none, or roles such as chief,township:<id>)`);
  return new Set(roles);
}

export async function runCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.run);
  if (args.positional.length !== 1) throw new UsageError(`usage: ${usage('run')}`);
  const scenarioPath = args.positional[0];
  const seed = intFlag(args, 'seed', 1);
  const until = durationFlag(args.flags.get('until'), 'until', 86_400);
  const commandsPath = args.flags.get('commands');
  const scenario = loadScenario(scenarioPath);
  const commands = commandsPath ? readCommandsFile(commandsPath) : [];
  const planFile = planPath(args.flags.get('plan') ?? 'none', scenarioPath);
  const plan = planFile ? loadPlan(planFile, scenario) : null;
  // The autopilot plays every role the command file does not (the director's part is the MSEL),
  // or with --autopilot only the roles named (none: nobody acts but the director's script).
  const played = new Set(commands.map((c) => String((c.command as { role?: unknown }).role)));
  const autopilot = autopilotRoles(args.flags.get('autopilot'), scenario);
  if (autopilot && !plan) throw new UsageError('--autopilot goes with --plan (the autopilot plays roles by the plan)');
  const outDir = args.flags.get('out');
  const maps: ReturnType<typeof reportMap>[] = [];
  const checkpoints = outDir && plan ? reportMapTimes(until, scenario) : [];

  const started = performance.now();
  const { sim, rejected } = runHeadless(scenario, seed, until, commands, {
    plan, autopilotPlays: (role) => !played.has(role) && role !== 'director' && (autopilot === null || autopilot.has(role)),
    checkpoints: { times: checkpoints, visit: (s) => maps.push(reportMap(s)) },
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const stateHash = sim.hash();
  const atRisk = scenario.villages.reduce((a, v) => a + v.atRisk.households, 0);
  const kpis = { ...computeKpis(sim.state, scenario.injects.length, atRisk), hazards: hazardKpis(scenario, sim.state), people: peopleKpisOf(scenario, sim.state), forces: forcesKpis(scenario, sim.state) };
  const events = sim.state.log.filter((e) => e.entry === 'event').length;

  const report = plan ? scoreLog(plan, scenario, sim.state.log, sim.state.t, worldMeasures(sim.scenario, sim.state)) : null;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeLog(join(outDir, 'log.jsonl'), {
      entry: 'header', format: LOG_FORMAT, scenario: scenario.id,
      scenarioPath: relative(outDir, scenarioPath) || '.', seed, until, stateHash,
    }, sim.state.log);
    writeFileSync(join(outDir, 'situation.png'), renderSituationMap(sim));
    writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ scenario: scenario.id, seed, until, ticks: sim.state.t, stateHash, events, kpis, rejected }, null, 2) + '\n');
    if (report && plan) {
      writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
      writeFileSync(join(outDir, 'evaluation-guide.html'), evaluationGuideHtml(plan, scenario));
      writeFileSync(join(outDir, 'report.html'), renderReportHtml({ report, plan, scenario, seed, series: sim.state.series, log: sim.state.log, maps, kpis }));
    }
  }
  if (args.switches.has('json')) {
    printJson({ scenario: scenario.id, seed, until, ticks: sim.state.t, stateHash, events, kpis, rejected, ...(report ? { score: report } : {}) });
  } else {
    print(formatSummary(sim, kpis, rejected, wallSeconds, stateHash));
    if (report) print(formatScore(report));
    if (outDir) say(`log.jsonl, summary.json and situation.png${report ? ', report.json, report.html and evaluation-guide.html' : ''} written to ${outDir}/`);
  }
  return EXIT_OK;
}
