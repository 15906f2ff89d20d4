// tuiyan replay <log.jsonl | exercise-id> [--db FILE] [--until D] [--json] — rebuilds a run from
// its command log (a log.jsonl from `run --out` or the server's export, or an exercise in the
// server's database) and checks that every command is accepted again with the same sequence number.
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_FAILED, EXIT_OK, print, printJson, say } from './io.ts';
import { durationFlag } from './runCommand.ts';
import { LogFileError, readLog } from '../run/logFile.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { Driver } from '../../runtime/driver.ts';
import { foldEnd, foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { Store } from '../serve/store.ts';
import { replayEnd, replayFromStart, ReplayDiverged, SCENARIOS_DIR } from '../serve/replay.ts';

const DEFAULT_DB = 'out/tuiyan.db';

/** Replays an exercise from the server's database, folding its log from t = 0. */
async function replayExercise(id: string, db: string, untilFlag: string | undefined, json: boolean): Promise<number> {
  if (!existsSync(db)) throw new UsageError(`${db}: no such database (the server's --db file)`);
  const store = new Store(db, { mustExist: true });
  try {
    const row = store.exercise(id);
    if (!row) throw new UsageError(`${db}: no exercise ${JSON.stringify(id)}`);
    const scenario = loadScenario(join(SCENARIOS_DIR, row.scenario));
    const until = durationFlag(untilFlag, 'until', replayEnd(store, row));
    let out;
    try {
      out = replayFromStart(store, scenario, row, until);
    } catch (err) {
      if (err instanceof ReplayDiverged) { say(`${db}: ${err.message}`); return EXIT_FAILED; }
      throw err;
    }
    const stateHash = out.sim.hash();
    if (json) printJson({ stateHash, ticks: out.sim.state.t, commands: out.commands, exercise: id, ...(out.snapshot ? { snapshot: out.snapshot } : {}) });
    else {
      print(`replayed exercise ${id} (${row.scenario}, seed ${row.seed}, ${row.status}): ${out.commands} commands to t=${out.sim.state.t}: stateHash ${stateHash}`);
      if (out.snapshot) print(out.snapshot.matches ? `matches the server's snapshot at t=${out.snapshot.t}` : `DIFFERS from the server's snapshot at t=${out.snapshot.t}`);
    }
    return out.snapshot && !out.snapshot.matches ? EXIT_FAILED : EXIT_OK;
  } finally {
    store.close();
  }
}

export async function replayCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.replay);
  if (args.positional.length !== 1) throw new UsageError(`usage: ${usage('replay')}`);
  const source = args.positional[0];
  const db = args.flags.get('db');
  if (db !== undefined || (!existsSync(source) && !source.endsWith('.jsonl'))) {
    return replayExercise(source, db ?? DEFAULT_DB, args.flags.get('until'), args.switches.has('json'));
  }
  const { header, entries } = readLog(source);
  const scenarioDir = resolve(dirname(source), header.scenarioPath);
  const scenario = loadScenario(existsSync(scenarioDir) ? scenarioDir : resolve('scenarios', header.scenario));
  if (scenario.id !== header.scenario) throw new LogFileError(`${source}:1: the log is of scenario ${header.scenario} but ${scenarioDir} holds ${scenario.id}`);
  const logged = entries.filter((e) => e.entry === 'command') as unknown as LoggedCommand[];
  const until = durationFlag(args.flags.get('until'), 'until', foldEnd(logged, header.until));

  const driver = new Driver({ scenario, seed: header.seed });
  const folded = foldLog(driver, logged, until);
  if (folded.problem) {
    say(`${source}: replay diverged at ${folded.problem.message}`);
    return EXIT_FAILED;
  }
  const sim = driver.sim;
  const commands = folded.applied;
  const stateHash = sim.hash();
  if (args.switches.has('json')) printJson({ stateHash, ticks: sim.state.t, commands });
  else {
    print(`replayed ${commands} commands to t=${sim.state.t}: stateHash ${stateHash}`);
    if (until === header.until) print(stateHash === header.stateHash ? 'matches the recorded run' : `DIFFERS from the recorded run (${header.stateHash})`);
  }
  return until === header.until && stateHash !== header.stateHash ? EXIT_FAILED : EXIT_OK;
}
