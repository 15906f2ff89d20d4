// The situation map of a run as a PNG: hill-shaded terrain tinted by land cover, roads by class
// with closed edges in red, villages, shelters, team bases and units where they are now.
import type { Sim } from '../../sim-core/sim.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { tripPosition } from '../../sim-core/forces/trip.ts';
import { Canvas, type Rgb } from './canvas.ts';
import { depthAt, floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { RESIDENCE } from '../../sim-core/hazards/fireSpread.ts';
import { encodePng } from './png.ts';

const COVER_RGB: Record<number, Rgb> = {
  [LAND_COVER.water]: [120, 170, 220],
  [LAND_COVER.forest]: [110, 150, 95],
  [LAND_COVER.shrub]: [150, 170, 110],
  [LAND_COVER.grass]: [190, 200, 140],
  [LAND_COVER.cropland]: [225, 215, 165],
  [LAND_COVER.built]: [200, 180, 175],
  [LAND_COVER.bare]: [185, 175, 165],
};
const ROAD_RGB: Rgb[] = [[200, 60, 40], [230, 150, 40], [240, 200, 80], [255, 255, 255], [150, 130, 110]];
const ROAD_WIDTH = [2.5, 2, 1.5, 1, 1];
const CLOSED: Rgb = [220, 0, 0];

/** Lambertian hill shade, sun from the north-west at 45° (the cartographic convention). */
function hillshade(elev: Float32Array, w: number, h: number, cell: number, i: number, j: number): number {
  const z = (a: number, b: number) => elev[Math.min(h - 1, Math.max(0, b)) * w + Math.min(w - 1, Math.max(0, a))];
  const dzdx = (z(i + 1, j) - z(i - 1, j)) / (2 * cell);
  const dzdy = (z(i, j + 1) - z(i, j - 1)) / (2 * cell);
  const nx = -dzdx, ny = -dzdy, nz = 1;
  const len = Math.hypot(nx, ny, nz);
  const sx = -Math.SQRT1_2 * Math.SQRT1_2, sy = Math.SQRT1_2 * Math.SQRT1_2, sz = Math.SQRT1_2;
  return Math.max(0, (nx * sx + ny * sy + nz * sz) / len);
}

export function renderSituationMap(sim: Sim, scale = 2): Uint8Array {
  const s = sim.scenario;
  const { width: w, height: h, cellSize } = s.grid;
  const canvas = new Canvas(w * scale, h * scale);
  const flood = floodRuntime(s);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const base = COVER_RGB[s.landCover[j * w + i]] ?? [255, 0, 255];
      const shade = 0.55 + 0.6 * hillshade(s.elevation, w, h, cellSize, i, j);
      const cell = j * w + i;
      let c: Rgb = [Math.min(255, base[0] * shade), Math.min(255, base[1] * shade), Math.min(255, base[2] * shade)];
      const arrival = sim.state.fields.fireArrival[cell];
      if (arrival <= sim.state.t) c = arrival > sim.state.t - RESIDENCE ? [255, 80, 0] : [60 * shade, 50 * shade, 45 * shade];
      const depth = s.landCover[cell] === LAND_COVER.water ? 0 : depthAt(s, flood, sim.state.fields.flood, cell);
      if (depth > 0.1) {
        const a = Math.min(0.85, 0.35 + depth / 2);
        c = [c[0] * (1 - a) + 20 * a, c[1] * (1 - a) + 80 * a, c[2] * (1 - a) + 220 * a];
      }
      for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) canvas.set(i * scale + dx, (h - 1 - j) * scale + dy, c);
    }
  }
  const px = (x: number) => (x / cellSize) * scale, py = (y: number) => (h - y / cellSize) * scale;
  const g = s.roads;
  const closed = sim.state.fields.edgeClosed;
  for (const pass of [4, 3, 2, 1, 0]) {
    for (let e = 0; e < g.edgeCount; e++) {
      if (g.edgeClass[e] !== pass) continue;
      const a = g.edgeFrom[e], b = g.edgeTo[e];
      canvas.line(px(g.nodeX[a]), py(g.nodeY[a]), px(g.nodeX[b]), py(g.nodeY[b]), ROAD_RGB[pass], ROAD_WIDTH[pass] * scale / 2);
    }
  }
  for (let e = 0; e < g.edgeCount; e++) {
    if (closed[e] === 0) continue;
    const a = g.edgeFrom[e], b = g.edgeTo[e];
    canvas.line(px(g.nodeX[a]), py(g.nodeY[a]), px(g.nodeX[b]), py(g.nodeY[b]), CLOSED, 3 * scale);
  }
  for (const v of s.villages) canvas.disc(px(v.x), py(v.y), v.atRisk.people > 0 ? 2.5 : 1.5, v.atRisk.people > 0 ? [230, 120, 0] : [90, 60, 40]);
  for (const sh of s.shelters) canvas.disc(px(sh.x), py(sh.y), 3, [0, 140, 70]);
  for (const t of s.townships) canvas.ring(px(t.x), py(t.y), 5, [40, 40, 40]);
  for (const b of s.teamBases) canvas.disc(px(b.x), py(b.y), 2.5, [40, 60, 200]);
  for (const id of Object.keys(sim.state.entities.units)) {
    const u = sim.state.entities.units[id];
    const pos = u.trip ? tripPosition(g, u.trip, sim.state.t) : { x: g.nodeX[u.node], y: g.nodeY[u.node] };
    const colour: Rgb = u.status === 'stranded' ? [220, 0, 0] : u.status === 'atBase' ? [40, 60, 200] : [255, 0, 200];
    canvas.disc(px(pos.x), py(pos.y), u.status === 'atBase' ? 2 : 4, colour);
  }
  return encodePng(canvas.width, canvas.height, canvas.rgba);
}
