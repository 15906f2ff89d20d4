// Reservoirs from the authoring spec: a dam across the named valley at the given point, its
// crest a set height above the valley floor there, and the water body upstream of it. Levels
// are rounded to 0.1 m. Returns the terrain's lakes and what the scenario needs to know.
import type { TerrainSpec } from '../schema.ts';
import type { DemoSpec } from './spec.ts';

export interface ReservoirSite {
  id: string;
  zh: string;
  en: string;
  class: 'large' | 'medium' | 'small';
  /** Dam centre, metres (on the valley's centre line). */
  dam: [number, number];
  /** Unit vector pointing downstream along the valley at the dam. */
  downstream: [number, number];
  floor: number;
  normalLevel: number;
  floodLimitLevel: number;
  damCrest: number;
  lake: TerrainSpec['lakes'][number];
}

/** Dam and lake half-width, in valley half-widths. */
const REACH = 1.3;
const tenth = (v: number) => Math.round(v * 10) / 10;
/** Lake outlines and dam lines are kept to whole metres, so scenario.json stays short. */
const metre = (p: [number, number]): [number, number] => [Math.round(p[0]), Math.round(p[1])];

export function valleysInMetres(spec: DemoSpec): TerrainSpec['valleys'] {
  return spec.valleys.map((v) => ({
    halfWidth: v.halfWidth,
    path: v.pathKm.map(([x, y, f]) => [x * 1000, y * 1000, f] as [number, number, number]),
  }));
}

export function reservoirSites(spec: DemoSpec): ReservoirSite[] {
  return spec.reservoirs.map((r) => {
    const valley = spec.valleys.find((v) => v.id === r.valley);
    if (!valley) throw new Error(`reservoir ${r.id}: no valley ${r.valley}`);
    const px = r.damKm[0] * 1000, py = r.damKm[1] * 1000;
    // Nearest point on the valley's centre line.
    let best = { d2: Infinity, x: 0, y: 0, floor: 0, ux: 0, uy: 0 };
    for (let k = 0; k + 1 < valley.pathKm.length; k++) {
      const [x0, y0, f0] = valley.pathKm[k], [x1, y1, f1] = valley.pathKm[k + 1];
      const ax = x0 * 1000, ay = y0 * 1000, dx = x1 * 1000 - ax, dy = y1 * 1000 - ay;
      const len2 = dx * dx + dy * dy, len = Math.sqrt(len2);
      let t = ((px - ax) * dx + (py - ay) * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const qx = ax + t * dx, qy = ay + t * dy;
      const d2 = (px - qx) * (px - qx) + (py - qy) * (py - qy);
      if (d2 < best.d2) best = { d2, x: qx, y: qy, floor: f0 + (f1 - f0) * t, ux: dx / len, uy: dy / len };
    }
    const damCrest = tenth(best.floor + r.damHeight);
    const normalLevel = tenth(damCrest - r.normalBelowCrest);
    const floodLimitLevel = tenth(damCrest - r.floodLimitBelowCrest);
    // Across the valley: the perpendicular of the downstream direction.
    // Across the valley: the perpendicular of the downstream direction. The banks wobble out
    // to (1 + WOBBLE/2) of the half-width (valleys.ts), so the dam and the lake reach further.
    const nx = -best.uy, ny = best.ux, hw = REACH * valley.halfWidth;
    const line: [[number, number], [number, number]] = [
      [best.x + nx * hw, best.y + ny * hw], [best.x - nx * hw, best.y - ny * hw]];
    let polygon: Array<[number, number]>;
    if (r.polygonKm) polygon = r.polygonKm.map(([x, y]) => [x * 1000, y * 1000]);
    else {
      const w = hw, s0 = 0, len = (r.lengthKm ?? 2) * 1000;
      const bx = best.x, by = best.y, ux = best.ux, uy = best.uy;
      polygon = [
        [bx + nx * w - ux * s0, by + ny * w - uy * s0], [bx - nx * w - ux * s0, by - ny * w - uy * s0],
        [bx - nx * w - ux * len, by - ny * w - uy * len], [bx + nx * w - ux * len, by + ny * w - uy * len]];
    }
    return {
      id: r.id, zh: r.zh, en: r.en, class: r.class,
      dam: [best.x, best.y], downstream: [best.ux, best.uy], floor: best.floor,
      normalLevel, floodLimitLevel, damCrest,
      lake: { polygon: polygon.map(metre), level: floodLimitLevel, dam: { line: [metre(line[0]), metre(line[1])], crest: damCrest } },
    };
  });
}
