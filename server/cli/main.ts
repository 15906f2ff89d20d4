// The `tuiyan` command line (DESIGN.md contract). Every error a user can cause becomes a
// message and exit status 2; only a bug escapes as a stack (exit 1).
import { UsageError } from './args.ts';
import { FLAGS, usage, type CommandName } from './flags.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED, say } from './io.ts';
import { runCommand } from './runCommand.ts';
import { replayCommand } from './replayCommand.ts';
import { scoreCommand } from './scoreCommand.ts';
import { checkCommand } from './checkCommand.ts';
import { modelCommand } from './modelCommand.ts';
import { benchCommand } from './benchCommand.ts';
import { serveCommand } from './serveCommand.ts';
import { validateCommand } from './validateCommand.ts';
import { workerCommand } from './workerCommand.ts';
import { importCommand } from './importCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { newCommand } from './newCommand.ts';
import { ScenarioError, formatProblem } from '../../scenarios/problems.ts';
import { CommandsFileError } from '../run/commandsFile.ts';
import { LogFileError } from '../run/logFile.ts';

const COMMANDS: Record<CommandName, (argv: string[]) => Promise<number>> = {
  run: runCommand,
  replay: replayCommand,
  score: scoreCommand,
  check: checkCommand,
  model: modelCommand,
  bench: benchCommand,
  validate: validateCommand,
  worker: workerCommand,
  serve: serveCommand,
  import: importCommand, export: exportCommand,
  new: newCommand,
};

const USAGE = `tuiyan (推演) — disaster-exercise simulator

usage:
${(Object.keys(FLAGS) as CommandName[]).map((c) => `  ${usage(c)}`).join('\n')}

durations read 90s, 45m, 6h, 2h30m; exit status 0 ok, 1 failure, 2 bad input.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    say(USAGE);
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined;
  if (!command) {
    say(`tuiyan: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command(rest);
  } catch (err) {
    if (err instanceof ScenarioError) {
      for (const p of err.problems) say(formatProblem(p));
      return EXIT_BAD_INPUT;
    }
    if (err instanceof UsageError || err instanceof CommandsFileError || err instanceof LogFileError) {
      say(`tuiyan ${name}: ${err.message}`);
      return EXIT_BAD_INPUT;
    }
    say(`tuiyan ${name}: internal error — please report it with the command you ran\n${(err as Error).stack ?? err}`);
    return EXIT_FAILED;
  }
}
