// A small seeded integer PRNG (mulberry32) for the scenario generator: integer operations and
// one division only, so every engine draws the same numbers. Never Math.random.
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** A uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let k = items.length - 1; k > 0; k--) {
      const r = Math.floor(this.next() * (k + 1));
      const tmp = items[k];
      items[k] = items[r];
      items[r] = tmp;
    }
    return items;
  }

  /** An independent stream for one part of the generator, so parts do not shift each other. */
  fork(label: string): Prng {
    let h = this.state ^ 0x811c9dc5;
    for (let k = 0; k < label.length; k++) h = Math.imul(h ^ label.charCodeAt(k), 0x01000193);
    return new Prng(h >>> 0);
  }
}
