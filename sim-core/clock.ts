// The clock: integer ticks of one second. Subsystems run at their own times in a fixed phase
// order each tick (commands are applied between ticks, before the tick's first phase):
//   injects → decisions → movement → hazards → consequences → metrics → events.
// After any command or subsystem that closed or opened roads, the sim runs the roads-changed
// step (roadsChanged.ts) before going on: units, evacuees and convoys react at the same tick.
// The clock jumps straight to the next tick at which some subsystem is due, so quiet stretches
// cost nothing.
import type { SimContext } from './context.ts';

export const PHASES = ['injects', 'decisions', 'movement', 'hazards', 'consequences', 'metrics', 'events'] as const;
type Phase = typeof PHASES[number];

export interface Subsystem {
  name: string;
  phase: Phase;
  /** Earliest tick > `after` at which it must run (Infinity when nothing is pending). */
  nextDue(ctx: SimContext, after: number): number;
  /** Whether it must run at tick t. */
  isDue(ctx: SimContext, t: number): boolean;
  run(ctx: SimContext): void;
}

/** A subsystem that runs every `period` seconds (at t = period, 2·period, …). */
export function periodic(name: string, phase: Phase, period: number, run: (ctx: SimContext) => void): Subsystem {
  return {
    name, phase, run,
    nextDue: (_ctx, after) => (Math.floor(after / period) + 1) * period,
    isDue: (_ctx, t) => t % period === 0,
  };
}

/** A subsystem that runs when something it tracks falls due (`pending` gives the earliest time). */
export function eventDriven(name: string, phase: Phase, pending: (ctx: SimContext) => number, run: (ctx: SimContext) => void): Subsystem {
  return {
    name, phase, run,
    nextDue: (ctx, after) => Math.max(Math.ceil(pending(ctx)), after + 1),
    isDue: (ctx, t) => pending(ctx) <= t,
  };
}

export function phaseOrder(subsystems: Subsystem[]): Subsystem[] {
  // Stable: within a phase, the order they were registered in.
  return subsystems
    .map((s, i) => ({ s, i }))
    .sort((a, b) => PHASES.indexOf(a.s.phase) - PHASES.indexOf(b.s.phase) || a.i - b.i)
    .map(({ s }) => s);
}
