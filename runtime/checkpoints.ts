// Checkpoints: a snapshot every so many sim seconds, so going back to a moment restores the
// nearest one at or before it instead of folding from zero (replay's slider, a report at t).
import type { Sim } from '../sim-core/sim.ts';
import type { Snapshot } from '../sim-core/snapshot.ts';

export interface Checkpoint {
  t: number;
  snap: Snapshot;
  /** The schedule's cursor at the checkpoint: the first command not yet applied. */
  cursor: number;
}

export class Checkpoints {
  private readonly list: Checkpoint[] = [];

  constructor(readonly every: number) {
    if (!(every > 0)) throw new RangeError(`checkpoints every ${every} s: must be a positive number of sim seconds`);
  }

  /** The next checkpoint time after t. */
  nextDue(t: number): number {
    return (Math.floor(t / this.every) + 1) * this.every;
  }

  keep(sim: Sim, cursor: number): void {
    const t = sim.state.t;
    const last = this.list[this.list.length - 1];
    if (last && last.t >= t) return;
    this.list.push({ t, snap: sim.snapshot(), cursor });
  }

  /** At a multiple of `every` not yet kept: keep one. */
  keepIfDue(sim: Sim, cursor: number): void {
    const t = sim.state.t;
    if (t % this.every === 0) this.keep(sim, cursor);
  }

  nearest(t: number): Checkpoint | null {
    let best: Checkpoint | null = null;
    for (const c of this.list) if (c.t <= t) best = c;
    return best;
  }

  /** Forgets the checkpoints after t. */
  dropAfter(t: number): void {
    while (this.list.length && this.list[this.list.length - 1].t > t) this.list.pop();
  }

  get times(): number[] { return this.list.map((c) => c.t); }
}
