// The map drawn with a 2-D canvas: terrain (land cover, hill shade) with roads — the base the
// Phaser scene shows — and the water/fire overlay from the raster layers. The same functions
// draw the report's situation maps in the worker (OffscreenCanvas), with the palette the PNG
// situation map uses.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { depthAt, floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import type { FloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { burnedRgb, BURNING, COVER_RGB, css, ROAD_RGB, ROAD_WIDTH, shadeFactor, WATER, WATER_MIN_DEPTH, waterAlpha } from './palette.ts';

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const shadeCache = new WeakMap<Scenario, Float32Array>();

/** Hill-shade factor per district cell (cached per scenario). */
export function shades(s: Scenario): Float32Array {
  let out = shadeCache.get(s);
  if (out) return out;
  const { width: w, height: h, cellSize } = s.grid;
  out = new Float32Array(w * h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) out[j * w + i] = shadeFactor(s.elevation, w, h, cellSize, i, j);
  shadeCache.set(s, out);
  return out;
}

/** Terrain as RGBA, one pixel per cell, north up (row 0 is the northern edge). */
export function terrainPixels(s: Scenario): Uint8ClampedArray<ArrayBuffer> {
  const { width: w, height: h } = s.grid;
  const sh = shades(s);
  const px = new Uint8ClampedArray(w * h * 4);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const cell = j * w + i;
      const base = COVER_RGB[s.landCover[cell]] ?? [255, 0, 255];
      const f = sh[cell];
      const o = ((h - 1 - j) * w + i) * 4;
      px[o] = base[0] * f; px[o + 1] = base[1] * f; px[o + 2] = base[2] * f; px[o + 3] = 255;
    }
  }
  return px;
}

/** Metres → canvas pixels on a square canvas of `size` pixels across the district. */
export function projector(s: Scenario, size: number): { x: (m: number) => number; y: (m: number) => number; scale: number } {
  const { width: w, height: h, cellSize } = s.grid;
  const scale = size / Math.max(w, h);
  return { x: (m) => (m / cellSize) * scale, y: (m) => (h - m / cellSize) * scale, scale };
}

function newCanvas(w: number, h: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w; c.height = h;
  return c;
}

/** Terrain scaled to the canvas, then the roads by class (tracks first, highways on top). */
export function drawBase(ctx: Ctx2D, s: Scenario, size: number): void {
  const { width: w, height: h } = s.grid;
  const small = newCanvas(w, h);
  const sctx = small.getContext('2d') as Ctx2D;
  sctx.putImageData(new ImageData(terrainPixels(s), w, h), 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(small as CanvasImageSource, 0, 0, size, size * (h / w));
  drawRoads(ctx, s, size);
}

export function drawRoads(ctx: Ctx2D, s: Scenario, size: number): void {
  const p = projector(s, size);
  const g = s.roads;
  const unit = p.scale / 2;
  ctx.lineCap = 'round';
  for (const pass of [4, 3, 2, 1, 0]) {
    ctx.beginPath();
    for (let e = 0; e < g.edgeCount; e++) {
      if (g.edgeClass[e] !== pass) continue;
      const a = g.edgeFrom[e], b = g.edgeTo[e];
      ctx.moveTo(p.x(g.nodeX[a]), p.y(g.nodeY[a]));
      ctx.lineTo(p.x(g.nodeX[b]), p.y(g.nodeY[b]));
    }
    // A dark casing under the brighter classes so white village roads read on pale ground.
    if (pass <= 3) {
      ctx.strokeStyle = 'rgba(60,50,40,0.55)';
      ctx.lineWidth = ROAD_WIDTH[pass] * unit + Math.max(1, unit * 0.6);
      ctx.stroke();
    }
    ctx.strokeStyle = css(ROAD_RGB[pass]);
    ctx.lineWidth = ROAD_WIDTH[pass] * unit;
    ctx.stroke();
  }
}

/** A FloodState-shaped holder of depths (m) on the hydraulic grid, for depthAt. */
export function floodFromCm(cm: Uint16Array): FloodState {
  const depth = new Float64Array(cm.length);
  for (let k = 0; k < cm.length; k++) depth[k] = cm[k] / 100;
  return { depth } as unknown as FloodState;
}

/**
 * Water and fire as RGBA, one pixel per cell, north up, transparent where neither: water
 * blended toward blue by depth, burning cells orange, burned ones ash.
 */
export function overlayPixels(s: Scenario, out: Uint8ClampedArray, flood: FloodState | null, fire: Uint8Array | null): void {
  const { width: w, height: h } = s.grid;
  out.fill(0);
  const rt = flood ? floodRuntime(s) : null;
  const sh = fire ? shades(s) : null;
  let anyWater = false;
  if (flood) for (let k = 0; k < flood.depth.length; k++) if (flood.depth[k] > 0) { anyWater = true; break; }
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const cell = j * w + i;
      const o = ((h - 1 - j) * w + i) * 4;
      const f = fire ? fire[cell] : 0;
      if (f === 1) { out[o] = BURNING[0]; out[o + 1] = BURNING[1]; out[o + 2] = BURNING[2]; out[o + 3] = 235; }
      else if (f === 2) { const c = burnedRgb(sh![cell]); out[o] = c[0]; out[o + 1] = c[1]; out[o + 2] = c[2]; out[o + 3] = 235; }
      if (!anyWater || s.landCover[cell] === LAND_COVER.water) continue;
      const d = depthAt(s, rt!, flood!, cell);
      if (d <= WATER_MIN_DEPTH) continue;
      const a = waterAlpha(d);
      if (out[o + 3]) {
        out[o] = out[o] * (1 - a) + WATER[0] * a; out[o + 1] = out[o + 1] * (1 - a) + WATER[1] * a; out[o + 2] = out[o + 2] * (1 - a) + WATER[2] * a;
      } else {
        out[o] = WATER[0]; out[o + 1] = WATER[1]; out[o + 2] = WATER[2]; out[o + 3] = a * 255;
      }
    }
  }
}

/** Everything at one moment, for a report figure: base, overlay, closed roads, places, units. */
export function drawSituation(ctx: Ctx2D, s: Scenario, size: number, state: {
  flood: FloodState | null; fire: Uint8Array | null; closedEdges: number[]; units: { x: number; y: number; status: string }[];
}): void {
  drawBase(ctx, s, size);
  const { width: w, height: h } = s.grid;
  const ov = new Uint8ClampedArray(w * h * 4);
  overlayPixels(s, ov, state.flood, state.fire);
  const small = newCanvas(w, h);
  (small.getContext('2d') as Ctx2D).putImageData(new ImageData(ov, w, h), 0, 0);
  ctx.drawImage(small as CanvasImageSource, 0, 0, size, size * (h / w));
  const p = projector(s, size);
  const g = s.roads;
  ctx.strokeStyle = 'rgb(220,0,0)';
  ctx.lineWidth = Math.max(2, p.scale * 1.2);
  ctx.beginPath();
  for (const e of state.closedEdges) {
    const a = g.edgeFrom[e], b = g.edgeTo[e];
    ctx.moveTo(p.x(g.nodeX[a]), p.y(g.nodeY[a]));
    ctx.lineTo(p.x(g.nodeX[b]), p.y(g.nodeY[b]));
  }
  ctx.stroke();
  const disc = (x: number, y: number, r: number, fill: string) => { ctx.fillStyle = fill; ctx.beginPath(); ctx.arc(p.x(x), p.y(y), r, 0, Math.PI * 2); ctx.fill(); };
  for (const v of s.villages) disc(v.x, v.y, v.atRisk.people > 0 ? 2.5 : 1.5, v.atRisk.people > 0 ? 'rgb(230,120,0)' : 'rgb(90,60,40)');
  for (const sh of s.shelters) disc(sh.x, sh.y, 3, 'rgb(0,140,70)');
  for (const u of state.units) disc(u.x, u.y, u.status === 'atBase' ? 2 : 4, u.status === 'stranded' ? 'rgb(220,0,0)' : u.status === 'atBase' ? 'rgb(40,60,200)' : 'rgb(255,0,200)');
}
