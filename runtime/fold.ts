// Folding a log: the commands of a stored log applied again at their times, each checked to
// come back accepted with the sequence number it was logged with. From t = 0 or from a
// snapshot (commands the snapshot already holds are skipped by their seq). By default the fold
// ends at the last command's time or the sim's time, whichever is later — never before a
// stored command.
import type { Driver } from './driver.ts';

/** A logged command: its time and sequence number, with the command's own fields. */
export interface LoggedCommand {
  t: number;
  seq: number;
  [field: string]: unknown;
}

export interface Folded {
  /** Commands applied again. */
  applied: number;
  /** Where the fold stopped: the first command that came back different, else null. */
  problem: { seq: number; t: number; message: string } | null;
}

/** The default end of a fold: every command included. */
export function foldEnd(commands: readonly { t: number }[], simT: number): number {
  let end = simT;
  for (const c of commands) if (c.t > end) end = c.t;
  return end;
}

export function foldLog(driver: Driver, commands: readonly LoggedCommand[], until?: number): Folded {
  const end = until ?? foldEnd(commands, driver.t);
  const from = driver.sim.state.seq;
  const todo = commands.filter((c) => c.seq >= from && c.t <= end).sort((a, b) => a.seq - b.seq);
  for (const c of todo) {
    if (c.t < driver.t) return { applied: 0, problem: { seq: c.seq, t: c.t, message: `command seq ${c.seq} at t=${c.t} lies before the sim time ${driver.t}` } };
  }
  driver.scheduleCommands(todo.map((c) => ({ t: c.t, command: c, tag: c.seq })));
  let applied = 0;
  for (;;) {
    const step = Math.min(end, driver.nextStop());
    for (const a of driver.advanceTo(step)) {
      if (a.by !== 'schedule') continue;
      const want = a.tag!;
      const t = driver.t;
      if (!a.result.ok) return { applied, problem: { seq: want, t, message: `command seq ${want} (t=${t}) was rejected on replay: ${a.result.reason}: ${a.result.message}` } };
      if (a.result.seq !== want) return { applied, problem: { seq: want, t, message: `command seq ${want} (t=${t}) came back as seq ${a.result.seq}` } };
      applied++;
    }
    if (driver.t >= end) break;
  }
  return { applied, problem: null };
}
