// 停水 on the live map: a blue ring round every place the viewer's view says is without water
// (the chief and the director all of them, a township its own — sim-core/views.ts), and a
// marker at each burst main the viewer was told of (its mainBurst event), until it is repaired;
// for the chief and the director, the burst's street water on the roads it stands on (the view's
// streetFloods, from the burst's own 10 m street grid: hazards/waterMain/streetFlood.ts), bluer
// the deeper, as the district flood's water is drawn.
import type Phaser from 'phaser';
import type { View } from '../../sim-core/views.ts';

/** The part of a view this layer reads (a feed's view has no events).*/
type OutageView = Pick<View, 'outages' | 'streetFloods'>;
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { placeIndex } from '../../sim-core/world/placeIndex.ts';
import { hex, MAIN_BURST, WATER, WATER_CUT, waterAlpha } from '../../presentation/map/palette.ts';

type Graphics = Phaser.GameObjects.Graphics;
type At = (v: number) => number;

export function drawWaterOutages(g: Graphics, s: Scenario, view: OutageView | null, events: readonly EventEntry[], wx: At, wy: At, px: At): void {
  if (!view) return;
  const r = s.roads;
  for (const f of view.streetFloods ?? []) {
    for (const e of f.edges) {
      g.lineStyle(px(7), hex(WATER), waterAlpha(e.depth));
      g.lineBetween(wx(r.nodeX[r.edgeFrom[e.edge]]), wy(r.nodeY[r.edgeFrom[e.edge]]), wx(r.nodeX[r.edgeTo[e.edge]]), wy(r.nodeY[r.edgeTo[e.edge]]));
    }
  }
  const places = placeIndex(s).place;
  g.lineStyle(px(2.2), hex(WATER_CUT), 0.95);
  for (const o of view.outages) {
    if (!o.services.includes('water')) continue;
    const p = places.get(o.place);
    if (p) g.strokeCircle(wx(p.x), wy(p.y), px(9));
  }
  const repaired = new Set(events.filter((e) => e.kind === 'mainRepaired').map((e) => (e as { burst: string }).burst));
  for (const e of events) {
    if (e.kind !== 'mainBurst' || repaired.has(e.burst)) continue;
    const x = wx(e.x), y = wy(e.y), a = px(7);
    g.fillStyle(hex(MAIN_BURST), 1);
    g.fillRect(x - a, y - a / 3, 2 * a, (2 * a) / 3);
    g.fillStyle(hex(WATER_CUT), 1);
    g.fillCircle(x, y - a / 2, a / 2);
    g.fillCircle(x - a / 2, y - a / 3, a / 3);
    g.fillCircle(x + a / 2, y - a / 3, a / 3);
  }
}
