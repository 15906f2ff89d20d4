// "最快" (max speed) in a console never runs an exercise to its end by accident: it runs to the
// next inject still to come (or a time the director chose) and pauses there. The exercise
// room and the offline worker both ask this where to stop.
import type { Sim } from '../sim-core/sim.ts';

/** Where a max-speed run asked for as `stopAt` should pause: a time, or the next inject's. */
export type MaxStop = number | 'nextInject';

/** The sim time of the next MSEL inject after `t` that has not fired, or Infinity. */
export function nextInjectAfter(sim: Sim, t: number): number {
  const { injectTimes, injectsFired, script } = sim.state.entities;
  let next = Infinity;
  // The script as it stands in the state (the director's edits included).
  for (const inj of script) {
    const at = injectTimes[inj.id];
    if (at !== undefined && at > t && !(inj.id in injectsFired) && at < next) next = at;
  }
  return next;
}

/** The time to pause at for `stop` from now (past `until`: the run stops at `until` as before). */
export function maxStopTime(sim: Sim, stop: MaxStop, until: number): number {
  const t = sim.state.t;
  const at = stop === 'nextInject' ? nextInjectAfter(sim, t) : Math.max(t, Math.floor(stop));
  return Math.min(at, until);
}
