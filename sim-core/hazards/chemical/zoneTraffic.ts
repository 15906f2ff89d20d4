// 警戒区交通管制 — the chief closes the roads in the threat zone it knows. Which zone: the one a
// team measured and the chief was told (chemicalView.ts), never the truth: an order over a zone
// nobody measured is refused. Which roads: every edge with its midpoint or either end inside
// the chosen tier's outline (the mildest tier, AEGL-2, unless one is named — the warning zone
// a cordon is drawn round). The closure is a cordon (cause `cordon`, public as every traffic
// order is), with the zone as its reason, so the chief lifts it with 开放道路 and
// a landslide's closure of the same road stays. It closes the road to the public — evacuees and
// through traffic — while the response's teams and convoys pass the cordon (forces/knownRoads.ts
// emergencyClosed), as police wave emergency vehicles through a 交通管制 checkpoint.
import type { SimContext } from '../../context.ts';
import { reject, type ApplyResult } from '../../commands/command.ts';
import { closeEdges } from '../../world/roadClosure.ts';
import type { LocalText } from '../../world/localText.ts';
import { CLOSURE_BIT } from '../../world/closureCause.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

export const ZONE_TRAFFIC_REASON: LocalText = { zh: '危化品泄漏警戒区交通管制', en: 'traffic control in the chemical threat zone' };

/** Ray casting: is (x, y) inside the closed polygon? Points on an edge may go either way. */
export function insidePolygon(poly: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Do segments ab and cd cross (touching counts)? */
function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const o1 = o(ax, ay, bx, by, cx, cy), o2 = o(ax, ay, bx, by, dx, dy), o3 = o(cx, cy, dx, dy, ax, ay), o4 = o(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  const on = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.min(px, qx) <= rx && rx <= Math.max(px, qx) && Math.min(py, qy) <= ry && ry <= Math.max(py, qy);
  return (o1 === 0 && on(ax, ay, bx, by, cx, cy)) || (o2 === 0 && on(ax, ay, bx, by, dx, dy))
    || (o3 === 0 && on(cx, cy, dx, dy, ax, ay)) || (o4 === 0 && on(cx, cy, dx, dy, bx, by));
}

/** Road edges with an end inside the outline or crossing it, in index order. */
export function edgesInPolygon(ctx: SimContext, poly: readonly (readonly [number, number])[]): number[] {
  const r = ctx.scenario.roads;
  if (poly.length < 3) return [];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of poly) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  const out: number[] = [];
  for (let e = 0; e < r.edgeCount; e++) {
    const a = r.edgeFrom[e], b = r.edgeTo[e];
    const ax = r.nodeX[a], ay = r.nodeY[a], bx = r.nodeX[b], by = r.nodeY[b];
    // Both ends on one side of the outline's box: the edge cannot meet it.
    if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) continue;
    let hit = insidePolygon(poly, ax, ay) || insidePolygon(poly, bx, by);
    for (let i = 0, j = poly.length - 1; !hit && i < poly.length; j = i++) {
      hit = segmentsCross(ax, ay, bx, by, poly[j][0], poly[j][1], poly[i][0], poly[i][1]);
    }
    if (hit) out.push(e);
  }
  return out;
}

export function orderZoneTrafficControl(ctx: SimContext, cmd: { role: string; tier?: string }): Rejection | null {
  const chem = ctx.state.entities.chemical;
  if (!ctx.scenario.chemical || !chem) return reject('unknownPlace', 'this scenario has no hazardous-chemical site: zone traffic control is for a gas release', { code: 'noChemicalSite' });
  const m = chem.measured;
  if (!m || !(m.knownTo.includes(cmd.role) || m.knownTo.includes('all'))) {
    return reject('noChange', `${cmd.role} knows no measured threat zone: send a team to measure the gas and report it first`, { code: 'noZoneKnown' });
  }
  const tier = cmd.tier === undefined ? m.tiers[0] : m.tiers.find((x) => x.tier === cmd.tier);
  if (!tier) return reject('outOfRange', `tier: the zone has tiers ${m.tiers.map((x) => x.tier).join(', ')}, not ${JSON.stringify(cmd.tier)}`, { code: 'noSuchTier', tier: String(cmd.tier) });
  const edges = edgesInPolygon(ctx, tier.polygon);
  const field = ctx.state.fields.edgeClosed;
  const fresh = edges.filter((e) => (field[e] & CLOSURE_BIT.cordon) === 0);
  if (edges.length === 0) return reject('noChange', `no road lies in the ${tier.tier} zone`, { code: 'noRoadInZone', tier: tier.tier });
  if (fresh.length === 0) return reject('noChange', `every road in the ${tier.tier} zone is already closed by traffic control`, { code: 'zoneRoadsClosed', tier: tier.tier });
  closeEdges(ctx, fresh, 'cordon', ZONE_TRAFFIC_REASON);
  return null;
}
