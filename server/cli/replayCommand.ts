// tuiyan replay <log.jsonl> [--until D] [--json] — rebuilds a run from its command log and
// checks that every command is accepted again with the same sequence number.
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs, UsageError } from './args.ts';
import { EXIT_FAILED, EXIT_OK, print, printJson, say } from './io.ts';
import { durationFlag } from './runCommand.ts';
import { LogFileError, readLog } from '../run/logFile.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { createSim } from '../../sim-core/sim.ts';

export async function replayCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['until', 'db'], switches: ['json'] });
  if (args.positional.length !== 1) throw new UsageError('usage: tuiyan replay <log.jsonl> [--until D] [--json]');
  const source = args.positional[0];
  if (args.flags.has('db') || (!existsSync(source) && !source.endsWith('.jsonl'))) {
    throw new UsageError(`${source}: replay by exercise id needs the exercise server's database, which is not built yet; give a log.jsonl file`);
  }
  const { header, entries } = readLog(source);
  const scenarioDir = resolve(dirname(source), header.scenarioPath);
  const scenario = loadScenario(existsSync(scenarioDir) ? scenarioDir : resolve('scenarios', header.scenario));
  if (scenario.id !== header.scenario) throw new LogFileError(`${source}:1: the log is of scenario ${header.scenario} but ${scenarioDir} holds ${scenario.id}`);
  const until = durationFlag(args.flags.get('until'), 'until', header.until);

  const sim = createSim(scenario, { seed: header.seed });
  let commands = 0;
  for (const e of entries) {
    if (e.entry !== 'command' || e.t > until) continue;
    sim.advanceTo(e.t);
    const r = sim.apply(e);
    if (!r.ok || r.seq !== e.seq) {
      say(`${source}: replay diverged at command seq ${e.seq} (t=${e.t}): ${r.ok ? `accepted as seq ${r.seq}` : `${r.reason}: ${r.message}`}`);
      return EXIT_FAILED;
    }
    commands++;
  }
  sim.advanceTo(until);
  const stateHash = sim.hash();
  if (args.switches.has('json')) printJson({ stateHash, ticks: sim.state.t, commands });
  else {
    print(`replayed ${commands} commands to t=${sim.state.t}: stateHash ${stateHash}`);
    if (until === header.until) print(stateHash === header.stateHash ? 'matches the recorded run' : `DIFFERS from the recorded run (${header.stateHash})`);
  }
  return until === header.until && stateHash !== header.stateHash ? EXIT_FAILED : EXIT_OK;
}
