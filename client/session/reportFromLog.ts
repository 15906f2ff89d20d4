// The after-action report of an exercise from its log: the log is folded in a worker from the
// exercise's seed (the same core, so the same state), graded against the scenario's plan and
// rendered as the report HTML.
import { LocalSession } from './local.ts';
import { Store } from './store.ts';
import type { LogEntry } from '../../sim-core/log.ts';

export async function reportFromLog(folder: string, seed: number, entries: LogEntry[], until: number): Promise<string> {
  const session = new LocalSession('replay', new Store(), { type: 'replay', folder, seed, entries, until });
  try {
    await session.ready;
    session.seek(until);
    return await session.reportHtml();
  } finally {
    session.close();
  }
}
