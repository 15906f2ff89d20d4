// The intensity map layer (烈度分布, sim-core/hazards/quake/intensityMap.ts says who has it and
// since when): the scenario earthquake's intensity field (shaking.ts) by whole degree — rounded to
// the nearest degree, as the Chinese scale's instrumental intensity is (GB/T 17742-2020 §5,
// romanIntensity) — from VI up, the degrees where damage begins, as the agency's rapid-report maps
// draw them. Each zone is a light wash in its degree's colour with its edge (the isoseismal line)
// drawn strong, one pixel a cell, north up like the other cell layers.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { epicentralShaking } from '../../sim-core/hazards/quake/shaking.ts';
import { EAST_INTENSITY, radiusOfIntensity } from '../../sim-core/hazards/quake/relations.ts';
import type { Rgb } from './palette.ts';

/** The lowest degree drawn: below VI buildings are not damaged (GB/T 17742-2020 Table 2). */
export const LOWEST_MAPPED_DEGREE = 6;

/** Yellow to dark red as the degrees rise, the order of China's published intensity maps. */
export const INTENSITY_RGB: Record<number, Rgb> = {
  6: [253, 216, 53], 7: [255, 152, 0], 8: [230, 74, 25], 9: [183, 28, 28], 10: [106, 27, 27], 11: [62, 39, 35], 12: [33, 33, 33],
};
/** Opacity (of 255) inside a zone and on its edge. */
const WASH = 70, EDGE = 210;

const cache = new WeakMap<Scenario, Uint8Array>();

/**
 * Whole degree at each cell (row-major from the south-west; 0 below LOWEST_MAPPED_DEGREE), or
 * null without an earthquake. A cell rounds to degree n or more where the intensity is at least
 * n − ½, i.e. inside the ellipse of level n − ½ (ellipse.ts): its two radii are found once per
 * degree (relations.ts) and each cell is tested against them, not solved for its own level.
 */
export function intensityDegrees(s: Scenario): Uint8Array | null {
  const q = s.earthquake;
  if (!q) return null;
  let out = cache.get(s);
  if (out) return out;
  const { width: w, height: h, cellSize } = s.grid;
  const top = epicentralShaking(q).intensity;
  const zones: { degree: number; ra: number; rb: number }[] = [];
  for (let n = LOWEST_MAPPED_DEGREE; n <= 12 && n - 0.5 <= top; n++) {
    const ra = radiusOfIntensity(EAST_INTENSITY.long, q.magnitude, n - 0.5);
    const rb = radiusOfIntensity(EAST_INTENSITY.short, q.magnitude, n - 0.5);
    // Above the peak of an axis the radius is negative: at the epicentre only.
    zones.push({ degree: n, ra: Math.max(ra, 0) * 1000, rb: Math.max(rb, 0) * 1000 });
  }
  const sx = Math.sin((q.strike * Math.PI) / 180), sy = Math.cos((q.strike * Math.PI) / 180);
  out = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const dx = (i + 0.5) * cellSize - q.epicentre.x, dy = (j + 0.5) * cellSize - q.epicentre.y;
      const along = dx * sx + dy * sy, across = dx * sy - dy * sx;
      let d = 0;
      for (const z of zones) {
        if (z.ra === 0 || z.rb === 0) break;
        if ((along / z.ra) ** 2 + (across / z.rb) ** 2 > 1) break;
        d = z.degree;
      }
      out[j * w + i] = d;
    }
  }
  cache.set(s, out);
  return out;
}

/** The degrees the map shows, lowest first (for the legend). */
export function mappedDegrees(s: Scenario): number[] {
  const deg = intensityDegrees(s);
  if (!deg) return [];
  const seen = new Set<number>();
  for (const d of deg) if (d > 0) seen.add(d);
  return [...seen].sort((a, b) => a - b);
}

/** The layer as RGBA (w·h·4, north up), or null without an earthquake. */
export function intensityMapPixels(s: Scenario): Uint8ClampedArray<ArrayBuffer> | null {
  const deg = intensityDegrees(s);
  if (!deg) return null;
  const { width: w, height: h } = s.grid;
  const px = new Uint8ClampedArray(w * h * 4);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const d = deg[j * w + i];
      if (d === 0) continue;
      // On the edge: a neighbour (4-connected, inside the grid) of a lower degree.
      const edge = (i > 0 && deg[j * w + i - 1] < d) || (i < w - 1 && deg[j * w + i + 1] < d)
        || (j > 0 && deg[(j - 1) * w + i] < d) || (j < h - 1 && deg[(j + 1) * w + i] < d);
      const c = INTENSITY_RGB[d];
      const o = ((h - 1 - j) * w + i) * 4;
      px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2];
      px[o + 3] = edge ? EDGE : WASH;
    }
  }
  return px;
}
