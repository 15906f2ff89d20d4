// Inside the rebuild worker (rebuilds.ts): rebuilds an exercise at a past time from its own
// read connection to the database (WAL lets it read while the server writes) and answers with
// the state's hash and its snapshot bytes, so the server's event loop never folds a log itself.
import { parentPort } from 'node:worker_threads';
import { join } from 'node:path';
import { Store, type ExerciseRow } from './store.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { rebuildExercise } from './replay.ts';
import { encodeSnapshot } from './snapshotCodec.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

export interface RebuildRequest { job: number; db: string; scenariosDir: string; row: ExerciseRow; until: number; snapshot: boolean }
export type RebuildAnswer =
  | { job: number; ok: true; t: number; seq: number; stateHash: string; snapshot: Uint8Array | null }
  | { job: number; ok: false; message: string };

const stores = new Map<string, Store>();
const scenarios = new Map<string, Scenario>();

function answer(req: RebuildRequest): RebuildAnswer {
  let store = stores.get(req.db);
  if (!store) { store = new Store(req.db, { mustExist: true }); stores.set(req.db, store); }
  const dir = join(req.scenariosDir, req.row.scenario);
  let scenario = scenarios.get(dir);
  if (!scenario) { scenario = loadScenario(dir); scenarios.set(dir, scenario); }
  const { sim } = rebuildExercise(store, scenario, req.row, req.until);
  const bytes = req.snapshot ? encodeSnapshot(sim.snapshot()) : null;
  return { job: req.job, ok: true, t: sim.state.t, seq: sim.state.seq, stateHash: sim.hash(), snapshot: bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null };
}

parentPort!.on('message', (req: RebuildRequest) => {
  let out: RebuildAnswer;
  try { out = answer(req); } catch (err) { out = { job: req.job, ok: false, message: (err as Error).message }; }
  parentPort!.postMessage(out, out.ok && out.snapshot ? [out.snapshot.buffer as ArrayBuffer] : []);
});
