// Shares the event loop between exercises: each turn gives every exercise a fair slice of
// ~12 ms to advance its sim towards its clock, then ~8 ms to publish views, then yields
// (setImmediate when anything is behind, a short timer when all are idle). Commands queued
// meanwhile are applied between turns, so a command never waits long behind another
// exercise's work, and one exercise at max speed never stalls another.
import { nowMs } from './wallClock.ts';
import type { Exercise } from './exercise.ts';

/** Wall milliseconds a turn spends advancing sims before it yields the event loop. */
const TURN_MS = 12;
/** … and publishing views. */
const PUBLISH_MS = 8;
const IDLE_WAIT_MS = 20;
const CLOCK_SAVE_MS = 1000;

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;
  private stopped = true;
  private rr = 0;
  private nextClockSave = 0;

  constructor(
    private readonly exercises: () => Exercise[],
    private readonly saveClocks: () => void,
    private readonly log: (message: string) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null; this.immediate = null;
  }

  wake(): void {
    if (this.stopped || this.immediate) return;
    if (this.timer) { clearTimeout(this.timer); this.timer = null; }
    this.immediate = setImmediate(this.turn);
  }

  private readonly turn = (): void => {
    this.immediate = null; this.timer = null;
    if (this.stopped) return;
    let busy = false;
    try {
      const list = this.exercises();
      const n = list.length;
      const deadline = nowMs() + TURN_MS;
      this.rr = (this.rr + 1) % Math.max(1, n);
      for (let i = 0; i < n; i++) {
        const ex = list[(i + this.rr) % n];
        const now = nowMs();
        // A fair share of what is left of the turn, so every exercise moves each turn.
        const share = Math.max(1, (deadline - now) / (n - i));
        if (ex.advance(now + share)) busy = true;
      }
      const pubDeadline = nowMs() + PUBLISH_MS;
      for (let i = 0; i < n; i++) if (list[(i + this.rr) % n].publish(nowMs(), pubDeadline)) busy = true;
      const now = nowMs();
      if (now >= this.nextClockSave) { this.nextClockSave = now + CLOCK_SAVE_MS; this.saveClocks(); }
      if (!busy) {
        let due = now + IDLE_WAIT_MS;
        for (const ex of list) due = Math.min(due, ex.nextDue());
        this.timer = setTimeout(this.turn, Math.max(1, due - now));
        return;
      }
    } catch (err) {
      this.log(`scheduler: ${(err as Error).stack ?? err}`);
    }
    this.immediate = setImmediate(this.turn);
  };
}
