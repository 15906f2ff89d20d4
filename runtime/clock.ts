// The exercise clock: the one speed table and the one anchor rule that turn wall time (handed
// in by the host as "now in ms"; the runtime never reads a clock) into the sim time an exercise
// should have reached. DESIGN.md: paused, 1×, 10×, 60×, max.
export const SPEEDS = ['paused', '1x', '10x', '60x', 'max'] as const;
export type Speed = typeof SPEEDS[number];
export type RunningSpeed = Exclude<Speed, 'paused'>;

/** Sim seconds per wall second. `max` runs as fast as the host allows. */
export const RATE: Record<RunningSpeed, number> = { '1x': 1, '10x': 10, '60x': 60, max: Infinity };

/** A sim this far behind its clock (in wall seconds at the speed) stops trying to catch up. */
export const MAX_LAG_S = 2;

export function isSpeed(s: unknown): s is Speed {
  return typeof s === 'string' && (SPEEDS as readonly string[]).includes(s);
}

/**
 * Wall time → sim time. The clock is anchored at a (wall ms, sim s) pair whenever the speed
 * changes or the sim falls too far behind, so sim time never jumps when a speed is chosen.
 */
export class SimClock {
  private anchorWall: number;
  private anchorT: number;

  constructor(public speed: Speed, nowMs: number, simT: number) {
    this.anchorWall = nowMs;
    this.anchorT = simT;
  }

  reanchor(nowMs: number, simT: number): void {
    this.anchorWall = nowMs;
    this.anchorT = simT;
  }

  setSpeed(speed: Speed, nowMs: number, simT: number): void {
    this.reanchor(nowMs, simT);
    this.speed = speed;
  }

  /** The sim time the clock says it is at `nowMs`, never past `until` nor before `simT`. */
  target(nowMs: number, simT: number, until: number): number {
    if (this.speed === 'paused') return simT;
    const rate = RATE[this.speed];
    if (rate === Infinity) return until;
    return Math.max(simT, Math.min(until, this.anchorT + Math.floor(((nowMs - this.anchorWall) / 1000) * rate)));
  }

  /** After advancing: a sim too far behind its clock (a slow machine) is re-anchored where it is. */
  settle(nowMs: number, simT: number, target: number): void {
    if (this.speed === 'paused') return;
    const rate = RATE[this.speed];
    if (rate !== Infinity && target - simT > rate * MAX_LAG_S) this.reanchor(nowMs, simT);
  }
}
