// The situation map of a run as a PNG: hill-shaded terrain tinted by land cover, roads by class
// with closed edges in red, villages, shelters, team bases and units where they are now.
import type { Sim } from '../../sim-core/sim.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { burnedRgb, BURNING, CLOSED, COVER_RGB, ROAD_RGB, ROAD_WIDTH, shadeFactor, WATER, WATER_MIN_DEPTH, waterAlpha } from '../../client/map/palette.ts';
import { tripPosition } from '../../sim-core/forces/trip.ts';
import { Canvas, type Rgb } from './canvas.ts';
import { depthAt, floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { RESIDENCE } from '../../sim-core/hazards/fireSpread.ts';
import { encodePng } from './png.ts';

export function renderSituationMap(sim: Sim, scale = 2): Uint8Array {
  const s = sim.scenario;
  const { width: w, height: h, cellSize } = s.grid;
  const canvas = new Canvas(w * scale, h * scale);
  const flood = floodRuntime(s);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const base = COVER_RGB[s.landCover[j * w + i]] ?? [255, 0, 255];
      const shade = shadeFactor(s.elevation, w, h, cellSize, i, j);
      const cell = j * w + i;
      let c: Rgb = [Math.min(255, base[0] * shade), Math.min(255, base[1] * shade), Math.min(255, base[2] * shade)];
      const arrival = sim.state.fields.fireArrival[cell];
      if (arrival <= sim.state.t) c = arrival > sim.state.t - RESIDENCE ? BURNING : burnedRgb(shade);
      const depth = s.landCover[cell] === LAND_COVER.water ? 0 : depthAt(s, flood, sim.state.fields.flood, cell);
      if (depth > WATER_MIN_DEPTH) {
        const a = waterAlpha(depth);
        c = [c[0] * (1 - a) + WATER[0] * a, c[1] * (1 - a) + WATER[1] * a, c[2] * (1 - a) + WATER[2] * a];
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
