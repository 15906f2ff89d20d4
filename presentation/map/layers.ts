// The map's cell layers as RGBA, one pixel per district cell, north up (row 0 is the northern
// edge): terrain (land cover under the hill shade) and the hazards over it (water blended
// toward blue by depth, burning cells orange, burned ones ash; transparent elsewhere). The
// Phaser map shows them as textures; the situation-map renderer composes them into a picture.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';
import { depthAt, floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import type { FloodState } from '../../sim-core/hazards/flood/floodState.ts';
import { burnedRgb, BURNING, COVER_RGB, shadeFactor, WATER, WATER_MIN_DEPTH, waterAlpha } from './palette.ts';

/** Opacity (of 255) of fire cells over the terrain. */
const FIRE_ALPHA = 235;

const shadeCache = new WeakMap<Scenario, Float32Array>();

/** Hill-shade factor per district cell (cached per scenario, which is immutable). */
export function shades(s: Scenario): Float32Array {
  let out = shadeCache.get(s);
  if (out) return out;
  const { width: w, height: h, cellSize } = s.grid;
  out = new Float32Array(w * h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) out[j * w + i] = shadeFactor(s.elevation, w, h, cellSize, i, j);
  shadeCache.set(s, out);
  return out;
}

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

/**
 * Water and fire into `out` (w·h·4). `flood` holds depths on the hydraulic grid (the sim's own,
 * or one rebuilt from a feed's centimetres); `fire` is 1 for burning and 2 for burned cells.
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
      if (f === 1) { out[o] = BURNING[0]; out[o + 1] = BURNING[1]; out[o + 2] = BURNING[2]; out[o + 3] = FIRE_ALPHA; }
      else if (f === 2) { const c = burnedRgb(sh![cell]); out[o] = c[0]; out[o + 1] = c[1]; out[o + 2] = c[2]; out[o + 3] = FIRE_ALPHA; }
      // Rivers and lakes are drawn by the land cover; only water out of its bed is a flood.
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

/** `over` laid onto `under` by its alpha, in place (both w·h·4, `under` opaque). */
export function composite(under: Uint8ClampedArray, over: Uint8ClampedArray): void {
  for (let o = 0; o < under.length; o += 4) {
    const a = over[o + 3] / 255;
    if (a === 0) continue;
    under[o] = under[o] * (1 - a) + over[o] * a;
    under[o + 1] = under[o + 1] * (1 - a) + over[o + 1] * a;
    under[o + 2] = under[o + 2] * (1 - a) + over[o + 2] * a;
  }
}
