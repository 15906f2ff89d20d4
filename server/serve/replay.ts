// Rebuilding an exercise from the database: its latest snapshot at or before a time, then its
// commands after that snapshot, each at the time and with the sequence number it had. Used on
// recovery, for a fork, and by `tuiyan replay <id> --db FILE`.
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { fileURLToPath } from 'node:url';
import { MAX_DURATION } from '../../sim-core/time/duration.ts';
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

/**
 * The exercise's state at sim time `until` (commands at exactly `until` included); without
 * `until`, every stored command and then on to the sim time last saved (recovery). With
 * `fromStart`, snapshots are ignored and the whole log is folded from t = 0.
 */
export function rebuildExercise(store: Store, scenario: Scenario, row: ExerciseRow, until?: number, fromStart = false): Rebuilt {
  const last = until ?? MAX_DURATION;
  const snap = fromStart ? undefined : store.latestSnapshot(row.id, last);
  const sim = snap ? restoreSim(scenario, unpackSnapshot(snap.data)) : createSim(scenario, { seed: row.seed });
  if (sim.seed !== row.seed) throw new ReplayDiverged(`exercise ${row.id}: snapshot of seed ${sim.seed}, exercise seed ${row.seed}`);
  let applied = 0;
  for (const c of store.commandsFrom(row.id, sim.state.seq, last)) {
    if (c.t < sim.state.t) throw new ReplayDiverged(`exercise ${row.id}: command seq ${c.seq} at t=${c.t} lies before the sim time ${sim.state.t}`);
    sim.advanceTo(c.t);
    const r = sim.apply(JSON.parse(c.entry));
    if (!r.ok) throw new ReplayDiverged(`exercise ${row.id}: command seq ${c.seq} (t=${c.t}) was rejected on replay: ${r.reason}: ${r.message}`);
    if (r.seq !== c.seq) throw new ReplayDiverged(`exercise ${row.id}: command seq ${c.seq} (t=${c.t}) came back as seq ${r.seq}`);
    applied++;
  }
  sim.advanceTo(until ?? Math.min(row.t, row.until));
  return { sim, applied, snapshotT: snap ? snap.t : null };
}

/** Where the server and `tuiyan replay --db` find scenario folders by name. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface FromStart {
  sim: Sim;
  commands: number;
  /** The latest snapshot at or before `until`, and whether the fold from t = 0 met it exactly. */
  snapshot: { t: number; seq: number; matches: boolean } | null;
}

/**
 * Folds the whole command log from t = 0 to `until` (the independent check of an exercise),
 * comparing the state with the latest snapshot on the way.
 */
export function replayFromStart(store: Store, scenario: Scenario, row: ExerciseRow, until: number): FromStart {
  const sim = createSim(scenario, { seed: row.seed });
  const snapRow = store.latestSnapshot(row.id, until);
  let snapshot: FromStart['snapshot'] = null;
  const checkSnapshot = () => {
    if (!snapRow || snapshot) return;
    sim.advanceTo(snapRow.t);
    const expected = restoreSim(scenario, unpackSnapshot(snapRow.data)).hash();
    snapshot = { t: snapRow.t, seq: snapRow.seq, matches: sim.hash() === expected };
  };
  let commands = 0;
  for (const c of store.commandsFrom(row.id, 0, until)) {
    if (snapRow && c.seq >= snapRow.seq) checkSnapshot();
    if (c.t < sim.state.t) throw new ReplayDiverged(`exercise ${row.id}: command seq ${c.seq} at t=${c.t} lies before the sim time ${sim.state.t}`);
    sim.advanceTo(c.t);
    const r = sim.apply(JSON.parse(c.entry));
    if (!r.ok) throw new ReplayDiverged(`exercise ${row.id}: command seq ${c.seq} (t=${c.t}) was rejected on replay: ${r.reason}: ${r.message}`);
    if (r.seq !== c.seq) throw new ReplayDiverged(`exercise ${row.id}: command seq ${c.seq} (t=${c.t}) came back as seq ${r.seq}`);
    commands++;
  }
  checkSnapshot();
  sim.advanceTo(until);
  return { sim, commands, snapshot };
}
