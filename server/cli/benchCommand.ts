// tuiyan bench [--json] — the performance figures of DESIGN.md's benchmark table that exist so
// far. Wall time is read here, in server/, never in the core.
import { existsSync } from 'node:fs';
import { intFlag, parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_OK, print, printJson, say } from './io.ts';
import { benchRouting } from '../bench/routeBench.ts';
import { benchAllWet, benchFlood } from '../bench/floodBench.ts';
import { benchFire } from '../bench/fireBench.ts';
import { benchPlume } from '../bench/plumeBench.ts';
import { benchCrowd } from '../bench/crowd.ts';
import { serverLoadFigures } from '../bench/serverLoad.ts';
import { floodFigures } from '../bench/floodLoad.ts';
import { clientFrameFigures } from '../bench/clientFrames.ts';
import { benchEvacuateAll } from '../bench/evacuateAllBench.ts';
import { benchValidate } from '../bench/validateBench.ts';
import { importFigures } from '../bench/importBench.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { planPath } from '../planFiles.ts';
import { benchScale } from '../bench/scaleBench.ts';
import { durationFlag } from './runCommand.ts';
import { readCommandsFile } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';
import { benchScript } from '../bench/scriptBench.ts';
import { benchQuake } from '../bench/quakeBench.ts';
import { benchChemicalDay } from '../bench/chemicalDayBench.ts';
import { benchTyphoonDay } from '../bench/typhoonBench.ts';
import { benchSites } from '../bench/sitesBench.ts';
import { benchWaterMainDay } from '../bench/waterMainBench.ts';

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  aim: string;
  met: boolean;
  detail?: Record<string, number>;
}

const DEFAULT_SCENARIO = 'scenarios/demo-district';
const SAMPLE_COMMANDS = 'scenarios/demo-district/sample-commands.jsonl';

function headlessFigures(): Figure[] {
  const loadStart = performance.now();
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const loadMs = performance.now() - loadStart;
  const commands = existsSync(SAMPLE_COMMANDS) ? readCommandsFile(SAMPLE_COMMANDS) : [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { sim } = runHeadless(scenario, 1, 86_400, commands);
  const cpu = process.cpuUsage(cpuStart);
  const wallSeconds = (performance.now() - start) / 1000;
  // CPU time (user + system) is the figure: on a shared machine the wall clock measures the
  // other processes too (docs/architecture.md, Speed).
  const runSeconds = (cpu.user + cpu.system) / 1e6;
  // Peak resident set of this process so far (it has run nothing heavier yet).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  return [
    { id: 'headless24h', label: 'default scenario, 24 h of sim time, headless (CPU seconds)', value: +runSeconds.toFixed(3), unit: 's', aim: '≤ 5 s', met: runSeconds <= 5,
      detail: { wallSeconds: +wallSeconds.toFixed(3), scenarioLoadMs: +loadMs.toFixed(1), ticks: sim.state.t, logEntries: sim.state.log.length } },
    { id: 'peakMemory', label: 'peak memory of that run (process RSS)', value: +peakMb.toFixed(1), unit: 'MB', aim: '≤ 400 MB', met: peakMb <= 400 },
  ];
}

function scriptFigure(): Figure {
  const r = benchScript();
  return {
    id: 'scriptCost', label: `director's script: the storm day with ${r.conditions} conditional injects and ${r.edits} script edits, against none`, value: +r.overheadPct.toFixed(1), unit: '%',
    aim: '≤ 5 %', met: r.overheadPct <= 5,
    detail: { withScriptS: +r.withScript.toFixed(3), withoutS: +r.without.toFixed(3), rejectedCommands: r.rejected },
  };
}

function routeFigure(): Figure {
  const r = benchRouting();
  return {
    id: 'routeTree', label: `route, shortest-path tree on a ${r.nodes}-node road graph`, value: +r.msPerTree.toFixed(3), unit: 'ms', aim: '≤ 5 ms',
    met: r.msPerTree <= 5, detail: { nodes: r.nodes, edges: r.edges },
  };
}

function floodFigure(): Figure {
  const r = benchFlood();
  const ratio = r.cReference ? r.cellUpdatesPerSecond / r.cReference : null;
  return {
    id: 'floodKernel', label: `flood kernel, cell updates per second (${r.cells} cells)`, value: Math.round(r.cellUpdatesPerSecond), unit: 'cells/s',
    aim: 'within 2× of the same scheme in C at -O2', met: ratio === null ? false : ratio >= 0.5,
    detail: r.cReference ? { cReference: Math.round(r.cReference), ratioToC: +ratio!.toFixed(2) } : undefined,
  };
}

function allWetFigure(): Figure {
  const r = benchAllWet();
  const side = Math.sqrt(r.cells);
  // Time is the inverse of the rate: the kernel's time over C's is C's rate over the kernel's.
  const timeToC = r.c === null ? null : r.c / r.tuiyan;
  const timeToPlain = r.plainPort / r.tuiyan;
  return {
    id: 'floodAllWet',
    label: `flood kernel (${r.engine} rows), all-wet ${side}×${side}, cell updates per CPU second (${r.c === null ? 'no C compiler' : `C -O2 ${(r.c / 1e6).toFixed(1)} M/s, time ×${timeToC!.toFixed(2)} of C's`}; JavaScript rows ${(r.tuiyanJs / 1e6).toFixed(1)} M/s; plain JS port ${(r.plainPort / 1e6).toFixed(1)} M/s)`,
    value: r.tuiyan, unit: 'cells/s',
    aim: "time ≤ C's ×1.0 (stretch), < plain port's ×1.5", met: timeToC === null ? timeToPlain < 1.5 : timeToC <= 1,
    detail: {
      javaScriptRows: r.tuiyanJs, plainPort: r.plainPort, timeToPlainPort: +timeToPlain.toFixed(2),
      ...(r.c === null ? {} : { cReference: r.c, timeToC: +timeToC!.toFixed(2) }),
      storedTuiyan: +r.stored.tuiyan.toFixed(3), storedPlainPort: +r.stored.plainPort.toFixed(3), ...(r.stored.c === null ? {} : { storedC: +r.stored.c.toFixed(3) }),
    },
  };
}

function fireFigure(): Figure {
  const r = benchFire();
  return { id: 'fireRecompute', label: `fire, full arrival-time recompute on ${Math.sqrt(r.cells)}×${Math.sqrt(r.cells)}`, value: +r.msPerRecompute.toFixed(1), unit: 'ms', aim: '≤ 200 ms', met: r.msPerRecompute <= 200 };
}

function quakeFigure(): Figure {
  const r = benchQuake();
  return {
    id: 'headlessQuake72h', label: 'earthquake scenario, first 72 h headless (sample commands, autopilot by its plan)', value: +r.seconds.toFixed(3), unit: 's', aim: '≤ 30 s',
    met: r.seconds <= 30, detail: { ticks: r.ticks, logEntries: r.logEntries },
  };
}

function chemicalDayFigure(): Figure {
  const r = benchChemicalDay();
  const worst = Math.max(r.played, r.unplayed);
  return {
    id: 'chemicalDay', label: 'chlorine-release exercise, 24 h headless (sample commands; and nobody playing)', value: +worst.toFixed(3), unit: 's', aim: '≤ 10 s', met: worst <= 10,
    detail: { playedS: +r.played.toFixed(3), unplayedS: +r.unplayed.toFixed(3), releasedKgUnplayed: r.released },
  };
}

function plumeFigure(): Figure {
  const r = benchPlume();
  return { id: 'plumeRecompute', label: `plume, full concentration recompute on ${Math.sqrt(r.cells)}×${Math.sqrt(r.cells)}`, value: +r.msPerRecompute.toFixed(1), unit: 'ms', aim: '≤ 50 ms', met: r.msPerRecompute <= 50 };
}

function evacuateAllFigure(): Figure {
  const r = benchEvacuateAll();
  return {
    id: 'headless24hEvacuateAll', label: 'default scenario, 24 h, every at-risk household ordered out at 1 h', value: +r.seconds.toFixed(3), unit: 's', aim: '≤ 10 s',
    met: r.seconds <= 10, detail: { atRisk: r.ordered, evacuated: r.evacuated },
  };
}

function waterMainFigure(nobody: boolean): Figure {
  const r = benchWaterMainDay(nobody);
  return {
    id: nobody ? 'waterMainDayNobody' : 'waterMainDay',
    label: `water-main drill (demo-district-watermain), 24 h headless ${nobody ? 'with nobody playing (the burst runs all day)' : 'with the autopilot'}`,
    value: +r.seconds.toFixed(3), unit: 's', aim: '≤ 10 s',
    met: r.seconds <= 10, detail: { scenarioLoadMs: +r.loadMs.toFixed(1), logEntries: r.logEntries },
  };
}

async function validateFigure(): Promise<Figure> {
  const r = await benchValidate(4, 2);
  // Estimated from the CPU time per run (see validateBench.ts); the wall-clock estimate, which a
  // busy machine inflates, is in the detail.
  const minutes = r.cpuEstimatedSecondsFor200 / 60;
  return {
    id: 'validate200', label: 'validate, 200 runs of the default scenario on 2 workers (estimated from the CPU time of 4)', value: +minutes.toFixed(1), unit: 'min', aim: '≤ 10 min',
    met: minutes <= 10,
    detail: { sampleRuns: r.sampleRuns, sampleSeconds: +r.sampleSeconds.toFixed(1), cpuSecondsPerRun: +r.cpuSecondsPerRun.toFixed(2), wallEstimatedMinutes: +(r.estimatedSecondsFor200 / 60).toFixed(1) },
  };
}

async function crowdFigure(): Promise<Figure> {
  const r = await benchCrowd();
  return {
    id: 'crowdSteps', label: `crowd, ${r.agents.toLocaleString('en')} agents, steps per second`, value: +r.stepsPerSecond.toFixed(1), unit: 'steps/s', aim: '≥ 60',
    met: r.stepsPerSecond >= 60, detail: { msPerStep: +r.msPerStep.toFixed(2), buildMs: Math.round(r.buildMs) },
  };
}

function sitesFigure(): Figure {
  const r = benchSites();
  return {
    id: 'sitesCost', label: `crowded sites: ${r.people} people emptied inside ${r.scenario}, wall time added to the run`, value: +r.added.toFixed(2), unit: 's',
    aim: 'within the quake scenario\'s 72 h ≤ 30 s', met: r.added <= 30, detail: { withSites: +r.withSites.toFixed(2), without: +r.without.toFixed(2) },
  };
}

export async function benchCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.bench);
  if (args.positional.length) throw new UsageError(`usage: ${usage('bench')}`);
  if (args.switches.has('scale')) return scaleCommand(args);
  if (args.flags.size) throw new UsageError('--queue, --runs and --until go with --scale');
  const figures = [...headlessFigures(), scriptFigure(), evacuateAllFigure(), routeFigure(), floodFigure(), allWetFigure(), fireFigure(), plumeFigure(), quakeFigure(), chemicalDayFigure(), waterMainFigure(false), waterMainFigure(true), await crowdFigure(), sitesFigure(), await validateFigure()];
  figures.push(typhoonDayFigure());
  figures.push(...await importFigures());
  figures.push(...await serverLoadFigures());
  figures.push(...await floodFigures());
  figures.push(...await clientFrameFigures());
  if (args.switches.has('json')) printJson({ figures });
  else {
    for (const f of figures) print(`${f.met ? 'ok  ' : 'MISS'} ${f.label}: ${f.value} ${f.unit} (aim ${f.aim})`);
  }
  return EXIT_OK;
}

function typhoonDayFigure(): Figure {
  const r = benchTyphoonDay();
  return {
    id: 'typhoonDay24h', label: 'typhoon scenario, 24 h of sim time with its sample commands, headless', value: +r.seconds.toFixed(3), unit: 's', aim: '≤ 10 s',
    met: r.seconds <= 10, detail: { scenarioLoadMs: +r.loadMs.toFixed(1), logEntries: r.logEntries },
  };
}

/** `tuiyan bench --scale`: not part of the default figures, since it needs a Redis server. */
async function scaleCommand(args: ParsedArgs): Promise<number> {
  const runs = intFlag(args, 'runs', 40, 1);
  const until = durationFlag(args.flags.get('until'), 'until', 86_400);
  const url = args.flags.get('queue') ?? 'redis://127.0.0.1:6379';
  const rows = await benchScale({ url, scenarioPath: DEFAULT_SCENARIO, planFile: planPath('auto', DEFAULT_SCENARIO)!, until, runs, processes: [1, 2, 4] });
  if (args.switches.has('json')) printJson({ runs, until, rows });
  else {
    print(`validation scaling, ${runs} runs of ${DEFAULT_SCENARIO} to ${until} s (queue at ${url}):`);
    for (const r of rows) print(`  ${r.processes} process(es): local ${r.localRunsPerMinute} runs/min, queue ${r.queueRunsPerMinute} runs/min, overhead ${r.overheadSecondsPerRun} s/run (${(r.overheadShare * 100).toFixed(1)} %, aim ≤ 2 %)`);
  }
  return EXIT_OK;
}
