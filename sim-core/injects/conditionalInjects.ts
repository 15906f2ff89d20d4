// The conditional half of the MSEL: an armed inject (its time reached, not yet fired) whose
// condition holds fires at that tick, logged with what made it hold. World conditions are read
// at every tick the sim visits anyway (the world changes only then), so they never make the
// clock stop on a quiet tick; deadline conditions make it stop once, at their deadline.
import type { Subsystem } from '../clock.ts';
import type { SimContext } from '../context.ts';
import { compareStrings } from '../order.ts';
import { isDeadline } from './condition.ts';
import { conditionHolds, deadlineOf } from './conditionCheck.ts';
import { fireInject } from './schedule.ts';

/**
 * Whether any world-condition inject is armed at tick t, whether a deadline inject is to be read
 * at t, and the next tick after t a deadline inject must be read at. A deadline condition's
 * answer is settled once its deadline has passed (it looks only at what happened up to the
 * deadline), so it is read at its deadline tick and the tick after (one more look), and later
 * only if it holds — which it can then only because the director put it into the script after
 * its deadline (an added or edited inject fires at the next tick, as before). A deadline inject
 * that did not fire must not make the clock visit every later second (it did: 69,690 ticks of
 * the storm day instead of 2,449).
 */
function armed(ctx: SimContext, t: number): { watching: boolean; deadline: number; dueNow: boolean } {
  const { script, injectsFired, injectTimes } = ctx.state.entities;
  let watching = false, deadline = Infinity, dueNow = false;
  for (const inj of script) {
    if (!inj.when || inj.id in injectsFired) continue;
    if (isDeadline(inj.when)) {
      const d = Math.ceil(Math.max(deadlineOf(ctx, inj.when), injectTimes[inj.id]));
      let next = Infinity;
      if (d > t) next = d;
      else if (d === t) { dueNow = true; next = t + 1; }
      else if (conditionHolds(ctx, inj.when, script)) { dueNow = true; next = t + 1; }
      else if (d === t - 1) dueNow = true;
      if (next < deadline) deadline = next;
    } else if (injectTimes[inj.id] <= t) watching = true;
  }
  return { watching, deadline, dueNow };
}

export const conditionalInjects: Subsystem = {
  name: 'conditionalInjects',
  phase: 'consequences',
  nextDue: (ctx, after) => armed(ctx, after).deadline,
  isDue: (ctx, t) => { const a = armed(ctx, t); return a.watching || a.dueNow; },
  run: (ctx) => {
    const t = ctx.state.t;
    const { script, injectsFired, injectTimes } = ctx.state.entities;
    const due = script.filter((inj) => inj.when && !(inj.id in injectsFired) && injectTimes[inj.id] <= t)
      .sort((a, b) => injectTimes[a.id] - injectTimes[b.id] || compareStrings(a.id, b.id));
    for (const inj of due) {
      const because = conditionHolds(ctx, inj.when!, ctx.state.entities.script);
      if (because) fireInject(ctx, inj, because);
    }
  },
};
