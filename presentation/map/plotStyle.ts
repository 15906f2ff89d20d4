// How a plot (态势标绘) looks, the one table for the live map and the report's situation map:
// its colour, line width and dash, area fill, and the one-character glyph of a point symbol.
// Conventions of the field's 标绘 sets: red for danger (险情、危险区、火场), blue for water,
// green for safety (集结、安置), purple for command, a dashed line for cordon lines.
import type { PlotKind } from '../../sim-core/plots/plotKinds.ts';
import { plotGeometry } from '../../sim-core/plots/plotKinds.ts';
import type { MapPoint } from '../../sim-core/plots/plotState.ts';
import type { Rgb } from './palette.ts';

export interface PlotStyle {
  rgb: Rgb;
  /** Line width in screen pixels (or report pixels). */
  width: number;
  /** [dash, gap] in the same pixels; none for a solid line. */
  dash?: readonly [number, number];
  /** Opacity of an area's fill. */
  fill?: number;
  /** The glyph inside a point symbol (险、困 …). */
  glyph?: string;
}

export const PLOT_STYLE: Record<PlotKind, PlotStyle> = {
  hazard: { rgb: [211, 47, 47], width: 2, glyph: '险' },
  trapped: { rgb: [230, 81, 0], width: 2, glyph: '困' },
  assembly: { rgb: [46, 125, 50], width: 2, glyph: '集' },
  forwardCommand: { rgb: [106, 27, 154], width: 2, glyph: '指' },
  supplyPoint: { rgb: [121, 85, 72], width: 2, glyph: '物' },
  resettlement: { rgb: [0, 121, 107], width: 2, glyph: '安' },
  evacuationRoute: { rgb: [27, 94, 32], width: 3 },
  cordon: { rgb: [245, 124, 0], width: 3, dash: [8, 5] },
  lockdown: { rgb: [183, 28, 28], width: 3, dash: [4, 4] },
  dangerZone: { rgb: [211, 47, 47], width: 2, fill: 0.18 },
  floodedArea: { rgb: [21, 101, 192], width: 2, fill: 0.25 },
  fireArea: { rgb: [230, 74, 25], width: 2, fill: 0.3 },
  label: { rgb: [33, 33, 33], width: 1 },
};

/** A segment of a plot's outline, in whatever coordinates the points are given. */
export type Segment = readonly [number, number, number, number];

/**
 * The segments to stroke for a plot's points: a line's legs, an area's closed ring, with dashes
 * cut out when the style has them (`unit` converts the style's pixels into those coordinates).
 */
export function plotSegments(kind: PlotKind, points: readonly MapPoint[], unit = 1): Segment[] {
  const geometry = plotGeometry(kind);
  if (geometry === 'point' || geometry === 'label') return [];
  const ring = geometry === 'area' && points.length > 2 ? [...points, points[0]] : points;
  const out: Segment[] = [];
  const dash = PLOT_STYLE[kind].dash;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
    if (!dash) { out.push([x0, y0, x1, y1]); continue; }
    const len = Math.hypot(x1 - x0, y1 - y0);
    const on = dash[0] * unit, period = (dash[0] + dash[1]) * unit;
    if (len === 0 || period <= 0) continue;
    const ux = (x1 - x0) / len, uy = (y1 - y0) / len;
    for (let a = 0, n = 0; a < len && n < 2000; a += period, n++) {
      const b = Math.min(len, a + on);
      out.push([x0 + ux * a, y0 + uy * a, x0 + ux * b, y0 + uy * b]);
    }
  }
  return out;
}

/** Where a plot's name goes: a point's own place, a line's middle vertex, an area's centroid. */
export function plotAnchor(kind: PlotKind, points: readonly MapPoint[]): MapPoint {
  const geometry = plotGeometry(kind);
  if (geometry === 'line') return points[Math.floor((points.length - 1) / 2)];
  if (geometry === 'area') {
    let x = 0, y = 0;
    for (const p of points) { x += p[0]; y += p[1]; }
    return [x / points.length, y / points.length];
  }
  return points[0];
}
