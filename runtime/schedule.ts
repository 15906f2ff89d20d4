// Commands waiting for their sim time: a command file of a headless run, or a stored log being
// folded. Kept in (t, order given) order; a cursor marks the next one, so a driver that goes
// back to a checkpoint just moves the cursor back.
export interface ScheduledCommand {
  t: number;
  command: unknown;
  /** The host's tag (a line number, the seq the command had when it was logged). */
  tag?: number;
}

export class Schedule {
  private items: ScheduledCommand[] = [];
  cursor = 0;

  /** Adds commands; they keep their given order among equal times. */
  add(commands: readonly ScheduledCommand[], now: number): void {
    for (const c of commands) {
      if (!Number.isFinite(c.t) || c.t < now) throw new RangeError(`a command scheduled for t=${c.t} lies before the sim time ${now}`);
    }
    const rest = this.items.slice(this.cursor).concat(commands).map((c, i) => ({ c, i }));
    rest.sort((a, b) => a.c.t - b.c.t || a.i - b.i);
    this.items = this.items.slice(0, this.cursor).concat(rest.map((r) => r.c));
  }

  nextT(): number {
    return this.cursor < this.items.length ? this.items[this.cursor].t : Infinity;
  }

  get lastT(): number {
    return this.items.length ? this.items[this.items.length - 1].t : -Infinity;
  }

  takeDue(t: number): ScheduledCommand[] {
    const out: ScheduledCommand[] = [];
    while (this.cursor < this.items.length && this.items[this.cursor].t <= t) out.push(this.items[this.cursor++]);
    return out;
  }
}
