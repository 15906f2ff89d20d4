// The run log on disk (log.jsonl): a header line naming the scenario and seed, then every
// log entry (commands and events) as JSON lines. `replay` rebuilds the run from its commands.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LogEntry } from '../../sim-core/log.ts';

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
  const header = parse(lines[0] ?? '', 0) as LogHeader;
  if (header?.entry !== 'header' || header.format !== LOG_FORMAT) {
    throw new LogFileError(`${file}:1: not a tuiyan log (the first line is a {"entry":"header","format":"${LOG_FORMAT}"} object)`);
  }
  return { header, entries: lines.slice(1).map((l, i) => parse(l, i + 1) as LogEntry) };
}
