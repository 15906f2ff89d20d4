// Rebuilding an exercise at a past time (a fork, the admin's state?t=, a past report) folds its
// log from a snapshot: up to seconds of work. That runs in one worker thread, so no exercise's
// clock or acknowledgements stall meanwhile (issue 15: a fork blocked the event loop for 2 s).
// A database in memory (tests) cannot be shared with a thread: it is rebuilt in place.
import { Worker } from 'node:worker_threads';
import { restoreSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { rebuildExercise } from './replay.ts';
import { decodeSnapshot } from './snapshotCodec.ts';
import type { ExerciseRow, Store } from './store.ts';
import type { RebuildAnswer, RebuildRequest } from './rebuildThread.ts';

export interface PastState { t: number; seq: number; stateHash: string }

export class Rebuilds {
  private worker: Worker | null = null;
  private job = 0;
  private readonly waiting = new Map<number, { resolve: (a: RebuildAnswer) => void; reject: (e: Error) => void }>();

  constructor(private readonly store: Store, private readonly dbFile: string, private readonly scenariosDir: string) {}

  private thread(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./rebuildWorker.mjs', import.meta.url));
    w.unref();
    w.on('message', (a: RebuildAnswer) => { const p = this.waiting.get(a.job); this.waiting.delete(a.job); p?.resolve(a); });
    const lost = (err: Error) => {
      if (this.worker === w) this.worker = null;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`the rebuild worker stopped (${code})`)));
    this.worker = w;
    return w;
  }

  private ask(row: ExerciseRow, until: number, snapshot: boolean): Promise<RebuildAnswer> {
    const job = ++this.job;
    return new Promise((resolve, reject) => {
      this.waiting.set(job, { resolve, reject });
      const req: RebuildRequest = { job, db: this.dbFile, scenariosDir: this.scenariosDir, row: { ...row }, until, snapshot };
      this.thread().postMessage(req);
    });
  }

  private get inPlace(): boolean { return this.dbFile === ':memory:'; }

  /** The exercise's state hash at `until`. */
  async stateAt(scenario: Scenario, row: ExerciseRow, until: number): Promise<PastState> {
    if (this.inPlace) { const { sim } = rebuildExercise(this.store, scenario, row, until); return { t: sim.state.t, seq: sim.state.seq, stateHash: sim.hash() }; }
    const a = await this.ask(row, until, false);
    if (!a.ok) throw new Error(a.message);
    return { t: a.t, seq: a.seq, stateHash: a.stateHash };
  }

  /** The exercise's sim at `until`, rebuilt in the worker and restored here from its snapshot. */
  async simAt(scenario: Scenario, row: ExerciseRow, until: number): Promise<Sim> {
    if (this.inPlace) return rebuildExercise(this.store, scenario, row, until).sim;
    const a = await this.ask(row, until, true);
    if (!a.ok) throw new Error(a.message);
    const sim = restoreSim(scenario, decodeSnapshot(Buffer.from(a.snapshot!.buffer, a.snapshot!.byteOffset, a.snapshot!.byteLength)));
    if (sim.hash() !== a.stateHash) throw new Error(`exercise ${row.id}: the state rebuilt at t=${until} changed on its way from the worker`);
    return sim;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
