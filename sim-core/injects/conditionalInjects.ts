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
 * Whether any world-condition inject is armed at tick t, and the deadline ticks of deadline
 * injects that are still to be read: a deadline condition's answer is settled once its deadline
 * has passed (it looks only at what happened up to the deadline), so it is read at its deadline
 * tick and the tick after (one more look, should a deadline ever become known only in its own
 * tick's consequences phase, after this subsystem ran) — never again after:
 * a deadline inject that did not fire then never will, and must not make the clock visit every
 * later second (it did: 69,690 ticks of the storm day instead of ~6,000).
 */
function armed(ctx: SimContext, t: number): { watching: boolean; deadline: number; dueNow: boolean } {
  const { script, injectsFired, injectTimes } = ctx.state.entities;
  let watching = false, deadline = Infinity, dueNow = false;
  for (const inj of script) {
    if (!inj.when || inj.id in injectsFired) continue;
    if (isDeadline(inj.when)) {
      const d = Math.ceil(Math.max(deadlineOf(ctx, inj.when), injectTimes[inj.id]));
      if (d === t || d === t - 1) dueNow = true;
      // The next tick it must be read at, seen from tick t: its deadline, or the tick after.
      const next = d > t ? d : d === t ? t + 1 : Infinity;
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
