// The roads-changed step: after a command or a subsystem closed or opened roads, units,
// evacuees and convoys on their way react — a closure itself only flips bits
// (world/roadClosure.ts). The sim runs it right after that command or subsystem, before the next
// subsystem of the tick, so they react at the same tick and before anything else moves.
import type { SimContext } from './context.ts';
import { onRoadsChanged } from './forces/movement.ts';
import { evacueesOnRoadsChanged, evacueesOnRoadsOpened } from './people/evacuation.ts';
import { convoysOnRoadsChanged } from './supplies/convoys.ts';
import { ROADS_CLOSED, ROADS_OPENED } from './world/closureCause.ts';

export function roadsChangedStep(ctx: SimContext): void {
  const changed = ctx.state.roadsChanged;
  if (changed === 0) return;
  ctx.state.roadsChanged = 0;
  ctx.update((draft) => {
    // Closures first (re-route round what closed), then openings (take a shorter way, set off
    // again): the order a step that does both — the flood's roads, a fire's — has always used.
    if (changed & ROADS_CLOSED) {
      onRoadsChanged(ctx, draft, false);
      evacueesOnRoadsChanged(ctx, draft);
      convoysOnRoadsChanged(ctx, draft, false);
    }
    if (changed & ROADS_OPENED) {
      onRoadsChanged(ctx, draft, true);
      evacueesOnRoadsOpened(ctx, draft);
      convoysOnRoadsChanged(ctx, draft, true);
    }
  });
}
