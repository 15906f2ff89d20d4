// tuiyan score <log.jsonl | exercise-id> --plan FILE [--db FILE] [--at D] [--out DIR] [--json] —
// grades any log against any plan: a run's log.jsonl, a served exercise in the database, last
// year's drill against a revised plan. The log's commands are folded (no role is re-played: the
// autopilot's orders are in the log like anyone's) to the time graded, and the one scorer grades
// it there — the same report the server gives for the exercise at that time.
import { dirname, join, resolve } from 'node:path';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_FAILED, EXIT_OK, print, printJson, say } from './io.ts';
import { durationFlag } from './runCommand.ts';
import { LogFileError, readLog } from '../run/logFile.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan } from '../planFiles.ts';
import { Driver } from '../../runtime/driver.ts';
import { foldEnd, foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { Store } from '../serve/store.ts';
import { replayEnd, replayFromStart, ReplayDiverged, SCENARIOS_DIR } from '../serve/replay.ts';
import type { Sim } from '../../sim-core/sim.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { worldMeasures } from '../../sim-core/score/worldMeasures.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { renderReportHtml } from '../../presentation/report/reportHtml.ts';
import { formatScore } from '../../presentation/report/scoreText.ts';
import { evaluationGuideHtml } from '../../presentation/report/evaluationGuide.ts';
import { reportMap } from '../render/situationMap.ts';

const DEFAULT_DB = 'out/tuiyan.db';

/** The sim of a served exercise folded to `at` (default: as far as it has gone). */
function fromDatabase(id: string, db: string, atFlag: string | undefined): { sim: Sim; at: number; source: string } {
  if (!existsSync(db)) throw new UsageError(`${db}: no such database (the server's --db file)`);
  const store = new Store(db, { mustExist: true });
  try {
    const row = store.exercise(id);
    if (!row) throw new UsageError(`${db}: no exercise ${JSON.stringify(id)}`);
    const scenario = loadScenario(join(SCENARIOS_DIR, row.scenario));
    const at = durationFlag(atFlag, 'at', replayEnd(store, row));
    return { sim: replayFromStart(store, scenario, row, at).sim, at, source: `exercise ${id}` };
  } finally {
    store.close();
  }
}

/** The sim of a log file folded to `at` (default: the run's end). */
function fromFile(file: string, atFlag: string | undefined): { sim: Sim; at: number; source: string } {
  const { header, entries } = readLog(file);
  const scenarioDir = resolve(dirname(file), header.scenarioPath);
  const scenario = loadScenario(existsSync(scenarioDir) ? scenarioDir : resolve('scenarios', header.scenario));
  if (scenario.id !== header.scenario) throw new LogFileError(`${file}:1: the log is of scenario ${header.scenario} but ${scenarioDir} holds ${scenario.id}`);
  const logged = entries.filter((e) => e.entry === 'command') as unknown as LoggedCommand[];
  const at = durationFlag(atFlag, 'at', foldEnd(logged, header.until));
  const driver = new Driver({ scenario, seed: header.seed });
  const folded = foldLog(driver, logged, at);
  if (folded.problem) throw new ReplayDiverged(`${file}: replay diverged at ${folded.problem.message}`);
  return { sim: driver.sim, at, source: file };
}

export async function scoreCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.score);
  if (args.positional.length !== 1) throw new UsageError(`usage: ${usage('score')}`);
  const source = args.positional[0];
  const db = args.flags.get('db');
  let got;
  try {
    got = db !== undefined || (!existsSync(source) && !source.endsWith('.jsonl'))
      ? fromDatabase(source, db ?? DEFAULT_DB, args.flags.get('at'))
      : fromFile(source, args.flags.get('at'));
  } catch (err) {
    if (err instanceof ReplayDiverged) { say(err.message); return EXIT_FAILED; }
    throw err;
  }
  const { sim, at } = got;
  const scenario = sim.scenario;
  const plan = loadPlan(args.flags.get('plan')!, scenario);
  const report = scoreLog(plan, scenario, sim.state.log, sim.state.t, worldMeasures(scenario, sim.state));
  const outDir = args.flags.get('out');
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    const atRisk = scenario.villages.reduce((a, v) => a + v.atRisk.people, 0);
    writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(outDir, 'evaluation-guide.html'), evaluationGuideHtml(plan, scenario));
    writeFileSync(join(outDir, 'report.html'), renderReportHtml({
      report, plan, scenario, seed: sim.seed, series: sim.state.series, log: sim.state.log,
      maps: [reportMap(sim)], kpis: computeKpis(sim.state, scenario.injects.length, atRisk),
    }));
  }
  if (args.switches.has('json')) printJson({ source: got.source, plan: plan.id, at, stateHash: sim.hash(), score: report });
  else {
    print(`${got.source} graded at t=${at} against ${plan.id}`);
    print(formatScore(report));
    if (outDir) say(`report.json, report.html and evaluation-guide.html written to ${outDir}/`);
  }
  return EXIT_OK;
}
