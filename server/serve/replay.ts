// Rebuilding an exercise from the database: its latest snapshot at or before a time, then its
// commands after that snapshot, folded by the runtime's driver (each at the time and with the
// sequence number it had). Used on recovery, for a fork, and by `tuiyan replay <id> --db FILE`.
import { restoreSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { fileURLToPath } from 'node:url';
import { MAX_DURATION } from '../../sim-core/time/duration.ts';
import { Driver } from '../../runtime/driver.ts';
import { foldLog, type LoggedCommand } from '../../runtime/fold.ts';
import { unpackSnapshot } from './snapshotCodec.ts';
import type { ExerciseRow, Store } from './store.ts';

export class ReplayDiverged extends Error {}

export interface Rebuilt {
  sim: Sim;
  /** Commands applied on top of the snapshot (or from the start). */
  applied: number;
  /** Sim time of the snapshot used, or null when replayed from the start. */
  snapshotT: number | null;
}

function storedCommands(store: Store, row: ExerciseRow, fromSeq: number, until: number): LoggedCommand[] {
  return store.commandsFrom(row.id, fromSeq, until).map((c) => ({ ...(JSON.parse(c.entry) as Record<string, unknown>), t: c.t, seq: c.seq }));
}

/**
 * The exercise's state at sim time `until` (commands at exactly `until` included); without
 * `until`, every stored command and then on to the sim time last saved (recovery).
 */
export function rebuildExercise(store: Store, scenario: Scenario, row: ExerciseRow, until?: number): Rebuilt {
  const last = until ?? MAX_DURATION;
  const snap = store.latestSnapshot(row.id, last);
  const from = snap ? unpackSnapshot(snap.data) : undefined;
  if (from && from.seed !== row.seed) throw new ReplayDiverged(`exercise ${row.id}: snapshot of seed ${from.seed}, exercise seed ${row.seed}`);
  const driver = new Driver({ scenario, seed: row.seed, from });
  const folded = foldLog(driver, storedCommands(store, row, driver.sim.state.seq, last), until);
  if (folded.problem) throw new ReplayDiverged(`exercise ${row.id}: ${folded.problem.message}`);
  driver.advanceTo(until ?? Math.min(row.t, row.until));
  return { sim: driver.sim, applied: folded.applied, snapshotT: snap ? snap.t : null };
}

/** Where the server and `tuiyan replay --db` find scenario folders by name. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface FromStart {
  sim: Sim;
  commands: number;
  /** The latest snapshot at or before `until`, and whether the fold from t = 0 met it exactly. */
  snapshot: { t: number; seq: number; matches: boolean } | null;
}

/** The default end of `tuiyan replay <id>`: the sim time last saved or the last stored command, whichever is later. */
export function replayEnd(store: Store, row: ExerciseRow): number {
  const cmds = store.commandsFrom(row.id, 0, MAX_DURATION);
  return Math.max(row.t, cmds.length ? cmds[cmds.length - 1].t : 0);
}

/**
 * Folds the whole command log from t = 0 to `until` (the independent check of an exercise),
 * comparing the state with the latest snapshot on the way.
 */
export function replayFromStart(store: Store, scenario: Scenario, row: ExerciseRow, until: number): FromStart {
  const driver = new Driver({ scenario, seed: row.seed });
  const snapRow = store.latestSnapshot(row.id, until);
  const commands = storedCommands(store, row, 0, until);
  let snapshot: FromStart['snapshot'] = null;
  let applied = 0;
  if (snapRow) {
    // Fold up to the snapshot (the commands it holds), compare, then go on.
    const before = foldLog(driver, commands.filter((c) => c.seq < snapRow.seq), snapRow.t);
    if (before.problem) throw new ReplayDiverged(`exercise ${row.id}: ${before.problem.message}`);
    applied += before.applied;
    const expected = restoreSim(scenario, unpackSnapshot(snapRow.data)).hash();
    snapshot = { t: snapRow.t, seq: snapRow.seq, matches: driver.sim.hash() === expected };
  }
  const rest = foldLog(driver, commands, until);
  if (rest.problem) throw new ReplayDiverged(`exercise ${row.id}: ${rest.problem.message}`);
  return { sim: driver.sim, commands: applied + rest.applied, snapshot };
}
