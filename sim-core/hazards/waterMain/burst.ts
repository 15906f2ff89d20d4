// 管线爆裂 — a main bursts at a point (the mainBurst inject): water leaves the opening at the
// orifice flow (orifice.ts) into the street, where the 2-D flood model carries it on the burst's
// own fine street grid (streetFlood.ts; not on the district's 400 m grid, where a street never
// floods), and every zone fed through the segment (its own and those downstream) loses water at
// once: the pressure is gone.
import type { SimContext } from '../../context.ts';
import { cellAt } from '../../world/grid.ts';
import { nearestNode } from '../../world/roadGraph.ts';
import { setOutage } from '../outages.ts';
import { orificeFlow } from './orifice.ts';
import { zonesDownstream } from './network.ts';
import { zoneAudience } from './audience.ts';
import { createStreetFlood } from './streetFloodState.ts';

export function startBurst(ctx: SimContext, id: string, main: string, x: number, y: number, area: number, visibleTo: readonly string[]): void {
  const net = ctx.scenario.waterNetwork;
  const seg = net?.mains.find((m) => m.id === main);
  // The scenario checker refuses a burst on no main; an edited script is checked the same way.
  if (!net || !seg || ctx.state.entities.waterMain?.bursts[id]) return;
  const t = ctx.state.t;
  // The opening cannot be larger than the pipe's bore (a full-bore break).
  const bore = Math.PI * (seg.diameter / 2) * (seg.diameter / 2);
  const flow = orificeFlow(net.dischargeCoefficient, Math.min(area, bore), net.serviceHead);
  const zones = zonesDownstream(net, main);
  const node = nearestNode(ctx.scenario.roads, x, y);
  ctx.update((draft) => {
    const w = draft.waterMain ?? (draft.waterMain = { bursts: {}, dry: {}, calls: {}, callsAt: t });
    w.bursts[id] = {
      main, x, y, cell: cellAt(ctx.scenario.grid, x, y), node, t, flow, zones,
      valveWork: 0, valvesClosed: 0, isolatedAt: null, repairWork: 0, repairedAt: null, released: 0,
    };
    for (const z of zones) if (!(z in w.dry)) w.dry[z] = t;
  });
  const to = zoneAudience(ctx, zones, visibleTo);
  ctx.emit({ kind: 'mainBurst', burst: id, main, x: Math.round(x), y: Math.round(y), node, flow: Math.round(flow * 1000) / 1000, zones }, to);
  for (const z of net.zones) {
    if (!zones.includes(z.id)) continue;
    for (const p of z.places) setOutage(ctx, p, ['water'], false, `burst:${id}`, visibleTo);
  }
  // The street grid's water, a field like the district flood's (stepped from the next minute).
  (ctx.state.fields.streets ??= {})[id] = createStreetFlood();
  ctx.state.fields.version++;
}
