// tuiyan bench [--json] — the performance figures of DESIGN.md's benchmark table that exist so
// far. Wall time is read here, in server/, never in the core.
import { existsSync } from 'node:fs';
import { parseArgs, UsageError } from './args.ts';
import { EXIT_OK, print, printJson, say } from './io.ts';
import { benchRouting } from '../bench/routeBench.ts';
import { benchFlood } from '../bench/floodBench.ts';
import { benchFire } from '../bench/fireBench.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { readCommandsFile } from '../run/commandsFile.ts';
import { runHeadless } from '../run/headless.ts';

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
  const { sim } = runHeadless(scenario, 1, 86_400, commands);
  const runSeconds = (performance.now() - start) / 1000;
  // Peak resident set of this process so far (it has run nothing heavier yet).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  return [
    { id: 'headless24h', label: 'default scenario, 24 h of sim time, headless', value: +runSeconds.toFixed(3), unit: 's', aim: '≤ 10 s', met: runSeconds <= 10,
      detail: { scenarioLoadMs: +loadMs.toFixed(1), ticks: sim.state.t, logEntries: sim.state.log.length } },
    { id: 'peakMemory', label: 'peak memory of that run (process RSS)', value: +peakMb.toFixed(1), unit: 'MB', aim: '≤ 400 MB', met: peakMb <= 400 },
  ];
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

function fireFigure(): Figure {
  const r = benchFire();
  return { id: 'fireRecompute', label: `fire, full arrival-time recompute on ${Math.sqrt(r.cells)}×${Math.sqrt(r.cells)}`, value: +r.msPerRecompute.toFixed(1), unit: 'ms', aim: '≤ 200 ms', met: r.msPerRecompute <= 200 };
}

export async function benchCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: [], switches: ['json'] });
  if (args.positional.length) throw new UsageError('usage: tuiyan bench [--json]');
  const figures = [...headlessFigures(), routeFigure(), floodFigure(), fireFigure()];
  if (args.switches.has('json')) printJson({ figures });
  else {
    for (const f of figures) print(`${f.met ? 'ok  ' : 'MISS'} ${f.label}: ${f.value} ${f.unit} (aim ${f.aim})`);
    say('crowd, server and validate figures arrive with their issues');
  }
  return EXIT_OK;
}
