// The map on a 2-D canvas: the base the Phaser scene shows (terrain layer scaled up, roads by
// class with a casing) and the report's situation map in the worker (the shared renderer's
// RGBA picture put on a canvas). Cell layers, palette and renderer live in presentation/map/.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { FloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { css, ROAD_RGB, ROAD_WIDTH } from '../../presentation/map/palette.ts';
import { terrainPixels } from '../../presentation/map/layers.ts';
import { renderSituation, type SituationLayers } from '../../presentation/map/situationMap.ts';

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

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

/** The situation map (the shared renderer's picture) on a canvas `size` pixels across. */
export function drawSituation(ctx: Ctx2D, s: Scenario, size: number, layers: SituationLayers): void {
  const { width: w, height: h } = s.grid;
  const img = renderSituation(s, layers, Math.max(1, Math.round(size / Math.max(w, h))));
  const pic = newCanvas(img.width, img.height);
  (pic.getContext('2d') as Ctx2D).putImageData(new ImageData(img.rgba, img.width, img.height), 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(pic as CanvasImageSource, 0, 0, size, size * (h / w));
}
