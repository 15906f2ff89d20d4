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

/** Whether any conditional inject is armed now, and the earliest deadline still to come. */
function armed(ctx: SimContext, t: number): { watching: boolean; deadline: number } {
  const { script, injectsFired, injectTimes } = ctx.state.entities;
  let watching = false, deadline = Infinity;
  for (const inj of script) {
    if (!inj.when || inj.id in injectsFired) continue;
    if (isDeadline(inj.when)) deadline = Math.min(deadline, Math.max(deadlineOf(ctx, inj.when), injectTimes[inj.id]));
    else if (injectTimes[inj.id] <= t) watching = true;
  }
  return { watching, deadline };
}

export const conditionalInjects: Subsystem = {
  name: 'conditionalInjects',
  phase: 'consequences',
  nextDue: (ctx, after) => {
    const d = armed(ctx, after).deadline;
    return d === Infinity ? Infinity : Math.max(Math.ceil(d), after + 1);
  },
  isDue: (ctx, t) => { const a = armed(ctx, t); return a.watching || a.deadline <= t; },
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
