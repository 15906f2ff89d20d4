// The situation map (态势图) at one moment as an RGBA buffer: terrain, the intensity map and the
// dam-break zone, water and fire, roads by class with closed edges in red, the typhoon's wind
// circles and track, bridges down or reopened, villages, shelters, townships, team bases and units. The one
// renderer of the picture: the server encodes it as PNG (`run --out` situation.png, report maps),
// the browser's worker puts it on an OffscreenCanvas for the report it writes.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { SimState } from '../../sim-core/state.ts';
import type { FloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { RESIDENCE } from '../../sim-core/hazards/fireSpread.ts';
import { tripPosition } from '../../sim-core/forces/trip.ts';
import { sortedKeys } from '../../sim-core/order.ts';
import { CHEMICAL_SITE, CLOSED, CLOSED_MARK, ROAD_RGB, ROAD_WIDTH, SHELTER, TEAM_BASE, TOWNSHIP, UNIT_RGB, VILLAGE, VILLAGE_AT_RISK, ZONE_RGB } from './palette.ts';
import { composite, overlayPixels, terrainPixels } from './layers.ts';
import { damBreakZonePixels } from './damBreakZone.ts';
import { Raster } from './raster.ts';
import type { Plot } from '../../sim-core/plots/plotState.ts';
import { plotGeometry } from '../../sim-core/plots/plotKinds.ts';
import { PLOT_STYLE, plotAnchor, plotSegments } from './plotStyle.ts';
import { intensityMapPixels } from './intensityMap.ts';
import { typhoonViewFor, type TyphoonView } from '../../sim-core/hazards/typhoon/typhoonView.ts';
import { BRIDGE_DOWN, BRIDGE_OPEN, TYPHOON_TRACK, WIND_CIRCLE_RGB } from './palette.ts';
import { widestRadius, windCircleOutline } from './windQuadrants.ts';

/** What the map shows of a moment; a host may hide part of it (a fire nobody has seen). */
export interface SituationLayers {
  flood: FloodState | null;
  /** Per district cell: 0 nothing, 1 burning, 2 burned. */
  fire: Uint8Array | null;
  closedEdges: readonly number[];
  units: readonly { x: number; y: number; status: string }[];
  /** 态势标绘 to draw over the map (the truth's map: every group's). */
  plots?: readonly Plot[];
  /** 危化品: the sites, and the threat zones known (outlines, mildest tier first). */
  chemicalSites?: readonly { x: number; y: number }[];
  zones?: readonly { tier: string; polygon: readonly (readonly [number, number])[] }[];
  /** 烈度分布: draw the scenario earthquake's intensity map (intensityMap.ts) — once it has struck. */
  intensity?: boolean;
  /** 桥梁 a shock dropped ('down') or an emergency bridge reopened ('reopened'), at their middles. */
  bridges?: readonly { id: string; x: number; y: number; state: 'down' | 'reopened' }[];
  /** 台风: the public view of the storm at this moment (centre, announced track, wind circles). */
  typhoon?: TyphoonView;
}

export interface RgbaImage { rgba: Uint8ClampedArray<ArrayBuffer>; width: number; height: number }

/** The whole truth of a sim state, as the director sees it. */
export function situationOf(s: Scenario, state: SimState): SituationLayers {
  const { fireArrival, edgeClosed } = state.fields;
  const t = state.t;
  let fire: Uint8Array | null = null;
  for (let c = 0; c < fireArrival.length; c++) {
    if (!(fireArrival[c] <= t)) continue;
    fire ??= new Uint8Array(fireArrival.length);
    fire[c] = fireArrival[c] > t - RESIDENCE ? 1 : 2;
  }
  const closedEdges: number[] = [];
  for (let e = 0; e < edgeClosed.length; e++) if (edgeClosed[e] !== 0) closedEdges.push(e);
  const g = s.roads;
  const units = sortedKeys(state.entities.units).map((id) => {
    const u = state.entities.units[id];
    const pos = u.trip ? tripPosition(g, u.trip, t) : { x: g.nodeX[u.node], y: g.nodeY[u.node] };
    return { x: pos.x, y: pos.y, status: u.status };
  });
  const plots = sortedKeys(state.entities.plots ?? {}).map((id) => state.entities.plots![id]);
  const zone = state.entities.chemical?.zone;
  const typhoon = typhoonViewFor({ scenario: s, state });
  return {
    ...(s.earthquake && state.entities.quake ? { intensity: true } : {}),
    ...(s.bridges?.length ? { bridges: bridgeStates(s, state) } : {}),
    ...(typhoon ? { typhoon } : {}),
    flood: state.fields.flood, fire, closedEdges, units, plots,
    ...(s.chemical ? { chemicalSites: s.chemical.sites.map((x) => ({ x: x.x, y: x.y })), zones: zone ? zone.tiers.map((x) => ({ tier: x.tier, polygon: x.polygon })) : [] } : {}),
  };
}

/**
 * The bridges down now (the quake's record of bridges not yet repaired) and those an emergency
 * bridge has reopened since (a `bridgeRepaired` event, and not down again in a later shock).
 */
export function bridgeStates(s: Scenario, state: SimState): { id: string; x: number; y: number; state: 'down' | 'reopened' }[] {
  const down = state.entities.quake?.bridges ?? {};
  const reopened = new Set<string>();
  for (const e of state.log) if (e.entry === 'event' && e.kind === 'bridgeRepaired') reopened.add(e.bridge);
  const out: { id: string; x: number; y: number; state: 'down' | 'reopened' }[] = [];
  for (const b of s.bridges ?? []) {
    if (Object.hasOwn(down, b.id)) out.push({ id: b.id, x: b.x, y: b.y, state: 'down' });
    else if (reopened.has(b.id)) out.push({ id: b.id, x: b.x, y: b.y, state: 'reopened' });
  }
  return out;
}

/**
 * Where to cross a closed road: the midpoints of closed edges, skipping any within `spacing`
 * (in the drawing's units) of a cross already placed — edges are one grid cell long, so a cross
 * on each would merge into a white smear.
 */
export function crossPoints(edges: readonly number[], midpoint: (e: number) => [number, number], spacing: number): [number, number][] {
  const out: [number, number][] = [];
  for (const e of edges) {
    const [x, y] = midpoint(e);
    if (out.some(([a, b]) => Math.hypot(a - x, b - y) < spacing)) continue;
    out.push([x, y]);
  }
  return out;
}

/** The map at `scale` pixels per district cell (north up). */
export function renderSituation(s: Scenario, layers: SituationLayers, scale = 2): RgbaImage {
  const { width: w, height: h, cellSize } = s.grid;
  const cells = terrainPixels(s);
  // The intensity map under the dam-break zone and the water, as on the chief's map (mapView.ts).
  const intensity = layers.intensity ? intensityMapPixels(s) : null;
  if (intensity) composite(cells, intensity);
  const zone = damBreakZonePixels(s);
  if (zone) composite(cells, zone);
  const over = new Uint8ClampedArray(w * h * 4);
  overlayPixels(s, over, layers.flood, layers.fire);
  composite(cells, over);
  const out = new Raster(w * scale, h * scale);
  const row = w * scale * 4;
  for (let y = 0; y < h * scale; y++) {
    const src = Math.floor(y / scale) * w * 4;
    for (let x = 0; x < w * scale; x++) {
      const i = src + Math.floor(x / scale) * 4, o = y * row + x * 4;
      out.rgba[o] = cells[i]; out.rgba[o + 1] = cells[i + 1]; out.rgba[o + 2] = cells[i + 2]; out.rgba[o + 3] = 255;
    }
  }
  const px = (x: number) => (x / cellSize) * scale, py = (y: number) => (h - y / cellSize) * scale;
  const g = s.roads;
  // Tracks first, highways on top.
  for (const pass of [4, 3, 2, 1, 0]) {
    for (let e = 0; e < g.edgeCount; e++) {
      if (g.edgeClass[e] !== pass) continue;
      const a = g.edgeFrom[e], b = g.edgeTo[e];
      out.line(px(g.nodeX[a]), py(g.nodeY[a]), px(g.nodeX[b]), py(g.nodeY[b]), ROAD_RGB[pass], ROAD_WIDTH[pass] * scale / 2);
    }
  }
  // Closed roads: thick red, then a white cross on each edge long enough to hold one.
  for (const e of layers.closedEdges) {
    const a = g.edgeFrom[e], b = g.edgeTo[e];
    out.line(px(g.nodeX[a]), py(g.nodeY[a]), px(g.nodeX[b]), py(g.nodeY[b]), CLOSED, 3 * scale);
  }
  const r = Math.max(2, 1.2 * scale);
  for (const [cx, cy] of crossPoints(layers.closedEdges, (e) => {
    const a = g.edgeFrom[e], b = g.edgeTo[e];
    return [(px(g.nodeX[a]) + px(g.nodeX[b])) / 2, (py(g.nodeY[a]) + py(g.nodeY[b])) / 2];
  }, 5 * r)) {
    out.line(cx - r, cy - r, cx + r, cy + r, CLOSED_MARK, 1);
    out.line(cx - r, cy + r, cx + r, cy - r, CLOSED_MARK, 1);
  }
  // Threat zones: each tier's outline, doubled for weight (the milder, larger one first).
  for (const z of layers.zones ?? []) {
    const rgb = ZONE_RGB[z.tier] ?? ZONE_RGB['AEGL-3'];
    const pts = z.polygon;
    for (let k = 0; k < pts.length; k++) {
      const [x0, y0] = pts[k], [x1, y1] = pts[(k + 1) % pts.length];
      out.line(px(x0), py(y0), px(x1), py(y1), rgb, 1.5 * scale);
    }
  }
  if (layers.typhoon) drawTyphoon(out, layers.typhoon, px, py, scale);
  for (const c of layers.chemicalSites ?? []) { out.disc(px(c.x), py(c.y), 4.5, CHEMICAL_SITE); out.ring(px(c.x), py(c.y), 5.5, [255, 255, 255]); }
  for (const v of s.villages) out.disc(px(v.x), py(v.y), v.atRisk.people > 0 ? 2.5 : 1.5, v.atRisk.people > 0 ? VILLAGE_AT_RISK : VILLAGE);
  for (const sh of s.shelters) out.disc(px(sh.x), py(sh.y), 3, SHELTER);
  for (const t of s.townships) out.ring(px(t.x), py(t.y), 5, TOWNSHIP);
  for (const b of s.teamBases) out.disc(px(b.x), py(b.y), 2.5, TEAM_BASE);
  for (const b of layers.bridges ?? []) {
    // A square on the bridge's middle, over the roads: a white cross on black where the span is down.
    const x = px(b.x), y = py(b.y), half = 2.5 * scale;
    out.square(x, y, half + 1, [255, 255, 255]);
    out.square(x, y, half, b.state === 'down' ? BRIDGE_DOWN : BRIDGE_OPEN);
    if (b.state === 'down') { out.line(x - half + 1, y - half + 1, x + half - 1, y + half - 1, [255, 255, 255], 1); out.line(x - half + 1, y + half - 1, x + half - 1, y - half + 1, [255, 255, 255], 1); }
  }
  for (const u of layers.units) {
    out.disc(px(u.x), py(u.y), u.status === 'atBase' ? 2 : 4, UNIT_RGB[u.status] ?? UNIT_RGB.enRoute);
  }
  for (const p of layers.plots ?? []) {
    const st = PLOT_STYLE[p.kind];
    const pts = p.points.map(([x, y]) => [px(x), py(y)] as [number, number]);
    for (const [x0, y0, x1, y1] of plotSegments(p.kind, pts, scale / 2)) out.line(x0, y0, x1, y1, st.rgb, st.width * scale / 2);
    const g = plotGeometry(p.kind);
    if (g === 'point' || g === 'label') {
      const [x, y] = plotAnchor(p.kind, p.points);
      out.disc(px(x), py(y), 3.5 * scale / 2 + 1, st.rgb);
      out.ring(px(x), py(y), 3.5 * scale / 2 + 2, [255, 255, 255]);
    }
  }
  // Last, so nothing of the district's own map is drawn over it.
  if (layers.typhoon) typhoonInset(out, s, layers.typhoon, scale);
  return { rgba: out.rgba, width: out.width, height: out.height };
}

/**
 * The typhoon as the chief's map draws it (client/map/typhoonLayer.ts): each wind circle by its
 * four quadrant radii (windQuadrants.ts), filled faintly and outlined (widest first), the
 * announced track with its fixes, the centre's red disc with a white ring.
 */
function drawTyphoon(out: Raster, ty: TyphoonView, px: (x: number) => number, py: (y: number) => number, scale: number): void {
  const cx = px(ty.x), cy = py(ty.y);
  for (const c of [...ty.circles].sort((a, b) => a.force - b.force)) {
    if (c.radii === null) continue;
    const rgb = WIND_CIRCLE_RGB[c.force] ?? WIND_CIRCLE_RGB[12];
    const pts = windCircleOutline(ty.x, ty.y, c.radii).map(([x, y]) => [px(x), py(y)] as [number, number]);
    out.polygon(pts, rgb, 0.12);
    out.outline(pts, rgb, 1.25 * scale);
  }
  const pts = [...ty.track, [ty.x, ty.y] as [number, number]];
  for (let k = 1; k < pts.length; k++) out.line(px(pts[k - 1][0]), py(pts[k - 1][1]), px(pts[k][0]), py(pts[k][1]), TYPHOON_TRACK, scale);
  for (const [x, y] of ty.track) out.disc(px(x), py(y), 1.5 * scale, TYPHOON_TRACK);
  out.disc(cx, cy, 3.5 * scale, [213, 0, 0]);
  out.circle(cx, cy, 3.5 * scale, [255, 255, 255], scale);
}

/** Farthest the inset reaches from the district's centre, m: a typhoon's circles may be far wider. */
const INSET_MAX_REACH = 400_000;

/**
 * 台风与本区: the wind circles of a typhoon are often wider than the district (a 七级风圈 of
 * 150 km over a 48-km map), so their edges and the centre fall off the map. A small map in the
 * top-right corner draws the same storm (drawTyphoon) at a scale that holds its centre, its
 * circles (up to INSET_MAX_REACH) and the announced track, with the district as a grey box.
 */
function typhoonInset(out: Raster, s: Scenario, ty: TyphoonView, scale: number): void {
  const { width: w, height: h, cellSize } = s.grid;
  const dcx = (w * cellSize) / 2, dcy = (h * cellSize) / 2;
  let reach = Math.max(dcx, dcy);
  const widest = Math.max(0, ...ty.circles.map((c) => widestRadius(c.radii)));
  reach = Math.max(reach, Math.hypot(ty.x - dcx, ty.y - dcy) + widest);
  for (const [x, y] of ty.track) reach = Math.max(reach, Math.abs(x - dcx), Math.abs(y - dcy));
  reach = Math.min(INSET_MAX_REACH, reach * 1.05);
  const side = Math.round(Math.min(out.width, out.height) * 0.3);
  const inset = new Raster(side, side);
  const k = side / (2 * reach);
  const ix = (x: number) => (x - (dcx - reach)) * k, iy = (y: number) => (dcy + reach - y) * k;
  for (let y = Math.round(iy(h * cellSize)); y <= Math.round(iy(0)); y++) for (let x = Math.round(ix(0)); x <= Math.round(ix(w * cellSize)); x++) inset.set(x, y, [189, 189, 189]);
  drawTyphoon(inset, ty, ix, iy, Math.max(1, scale / 2));
  // Into the corner, with a dark frame.
  const x0 = out.width - side - 1, y0 = 1;
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
    const i = (y * side + x) * 4, o = ((y0 + y) * out.width + x0 + x) * 4;
    out.rgba[o] = inset.rgba[i]; out.rgba[o + 1] = inset.rgba[i + 1]; out.rgba[o + 2] = inset.rgba[i + 2];
  }
  for (let t = -1; t <= side; t++) {
    out.set(x0 + t, y0 - 1, TOWNSHIP); out.set(x0 + t, y0 + side, TOWNSHIP);
    out.set(x0 - 1, y0 + t, TOWNSHIP); out.set(x0 + side, y0 + t, TOWNSHIP);
  }
}
