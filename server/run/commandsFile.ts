// A JSON-lines command log (`run --commands FILE`): one command a line, each with its sim
// time `t` (seconds or a duration such as "2h30m"), in non-decreasing time order. Blank lines
// and lines starting with // are skipped. Problems are reported as FILE:LINE: message.
import { existsSync, readFileSync } from 'node:fs';
import { parseDuration } from '../../sim-core/time/duration.ts';

export interface TimedCommand {
  line: number;
  t: number;
  command: Record<string, unknown>;
}

export class CommandsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function readCommandsFile(file: string): TimedCommand[] {
  if (!existsSync(file)) throw new CommandsFileError([`${file}:0: file not found`]);
  const out: TimedCommand[] = [];
  const problems: string[] = [];
  let lastT = 0;
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (!text || text.startsWith('//')) return;
    let value: unknown;
    try { value = JSON.parse(text); } catch (err) {
      problems.push(`${file}:${line}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${file}:${line}: a command is a JSON object`);
      return;
    }
    const obj = value as Record<string, unknown>;
    // Log files written by `run --out` hold events and a header too; only commands apply.
    if (obj.entry !== undefined && obj.entry !== 'command') return;
    const t = parseDuration(obj.t);
    if (t === null) {
      problems.push(`${file}:${line}: t: expected the sim time in seconds or as a duration such as "2h30m"`);
      return;
    }
    if (t < lastT) problems.push(`${file}:${line}: t: ${t} s is before the previous command's ${lastT} s (commands must be in time order)`);
    lastT = Math.max(lastT, t);
    out.push({ line, t, command: { ...obj, t } });
  });
  if (problems.length) throw new CommandsFileError(problems);
  return out;
}
