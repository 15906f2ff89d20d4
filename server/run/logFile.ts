// The run log on disk (log.jsonl): a header line naming the scenario and seed, then every
// log entry (commands and events) as JSON lines. `replay` rebuilds the run from its commands.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LogEntry } from '../../sim-core/log.ts';
import { parseDuration } from '../../sim-core/time/duration.ts';

export const LOG_FORMAT = 'tuiyan-log/1';

export interface LogHeader {
  entry: 'header';
  format: typeof LOG_FORMAT;
  scenario: string;
  /** Where the scenario folder was, as given to `run`. */
  scenarioPath: string;
  seed: number;
  until: number;
  stateHash: string;
}

export function writeLog(file: string, header: LogHeader, log: readonly LogEntry[]): void {
  const lines = [JSON.stringify(header), ...log.map((e) => JSON.stringify(e))];
  writeFileSync(file, lines.join('\n') + '\n');
}

export class LogFileError extends Error {}

export function readLog(file: string): { header: LogHeader; entries: LogEntry[] } {
  if (!existsSync(file)) throw new LogFileError(`${file}: no such log file`);
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const parse = (l: string, i: number) => {
    try { return JSON.parse(l); } catch (err) { throw new LogFileError(`${file}:${i + 1}: invalid JSON: ${(err as Error).message}`); }
  };
  const header = parse(lines[0] ?? 'null', 0) as LogHeader | null;
  if (header === null || typeof header !== 'object' || header.entry !== 'header' || header.format !== LOG_FORMAT) {
    throw new LogFileError(`${file}:1: not a tuiyan log (the first line is a {"entry":"header","format":"${LOG_FORMAT}"} object)`);
  }
  const bad = (field: string, what: string) => new LogFileError(`${file}:1: header.${field}: ${what}`);
  if (typeof header.scenario !== 'string') throw bad('scenario', 'expected the scenario id');
  if (typeof header.scenarioPath !== 'string') throw bad('scenarioPath', 'expected the scenario folder');
  if (!Number.isSafeInteger(header.seed) || header.seed < 0) throw bad('seed', 'expected a whole number ≥ 0');
  if (parseDuration(header.until) === null) throw bad('until', 'expected whole seconds, at most a year');
  const entries = lines.slice(1).map((l, i) => {
    const e = parse(l, i + 1);
    if (e === null || typeof e !== 'object' || (e.entry !== 'command' && e.entry !== 'event') || !Number.isSafeInteger(e.t)) {
      throw new LogFileError(`${file}:${i + 2}: expected a log entry {"entry": "command"|"event", "t": seconds, …}`);
    }
    return e as LogEntry;
  });
  return { header, entries };
}
