// 信息报送 carries the measured zone: a role that knows it and reports to another role (the
// team to the chief, the chief to a township) tells them the zone as measured — the only way a
// role that measured nothing learns it (DOMAIN.md: the chief knows only what is reported).
import { compareStrings } from '../../order.ts';
import type { SimContext } from '../../context.ts';

export function shareMeasuredZone(ctx: SimContext, from: string, to: string): void {
  const m = ctx.state.entities.chemical?.measured;
  if (!m || !m.knownTo.includes(from) || m.knownTo.includes(to)) return;
  ctx.update((draft) => {
    const k = draft.chemical!.measured!.knownTo;
    k.push(to);
    k.sort(compareStrings);
  });
}
