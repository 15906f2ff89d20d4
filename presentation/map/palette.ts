// The map's colours and hill shade, shared by the Phaser map and the situation-map renderer
// (PNG on the server, an image in the browser), so a screen and a report read the same way.
import { LAND_COVER } from '../../sim-core/world/landCover.ts';

export type Rgb = readonly [number, number, number];

export const COVER_RGB: Record<number, Rgb> = {
  [LAND_COVER.water]: [120, 170, 220],
  [LAND_COVER.forest]: [110, 150, 95],
  [LAND_COVER.shrub]: [150, 170, 110],
  [LAND_COVER.grass]: [190, 200, 140],
  [LAND_COVER.cropland]: [225, 215, 165],
  [LAND_COVER.built]: [200, 180, 175],
  [LAND_COVER.bare]: [185, 175, 165],
};
/**
 * Roads by class: highway (国道) violet, county (县道) amber, township (乡道) pale yellow,
 * village (村道) white, track (机耕路) brown. No class is red or near it: red means closed
 * (ROAD_MIN_DISTANCE_FROM_CLOSED is checked by a test), and a closed road is also crossed.
 */
export const ROAD_RGB: Rgb[] = [[123, 77, 196], [244, 172, 30], [250, 226, 140], [255, 255, 255], [150, 130, 110]];
export const ROAD_WIDTH = [2.5, 2, 1.5, 1, 1];
/** Road class names for the legend, in the order of ROAD_RGB. */
export const ROAD_CLASS_TEXT: readonly (readonly [string, string])[] = [['国道', 'national road'], ['县道', 'county road'], ['乡道', 'township road'], ['村道', 'village road'], ['机耕路', 'track']];
/** Closed roads, on the screen and in the report: red, with white crosses along them. */
export const CLOSED: Rgb = [213, 0, 0];
export const CLOSED_MARK: Rgb = [255, 255, 255];
/** How far (Euclidean RGB) every road class colour stays from the closure red. */
export const ROAD_MIN_DISTANCE_FROM_CLOSED = 120;
/** Villages on the live map by what the viewer knows of them. */
export const VILLAGE_STATUS_RGB = {
  none: [141, 110, 99], warned: [253, 216, 53], evacuating: [251, 140, 0], evacuated: [67, 160, 71], inDanger: [229, 57, 53],
} as const satisfies Record<string, Rgb>;
/** Village markers of the report map: with people at risk (orange) or not (brown). */
export const VILLAGE_AT_RISK: Rgb = [230, 120, 0];
export const VILLAGE: Rgb = VILLAGE_STATUS_RGB.none;
export const SHELTER: Rgb = [46, 125, 50];
/** 供水: a place without water (ring) and a burst main (marker), hazards/waterMain/. */
export const WATER_CUT: Rgb = [2, 119, 189];
export const MAIN_BURST: Rgb = [0, 77, 64];
export const TOWNSHIP: Rgb = [33, 33, 33];
/** Teams by status; a team base in the colour of the teams at home. */
export const UNIT_RGB: Record<string, Rgb> = {
  atBase: [30, 64, 175], turningOut: [8, 145, 178], enRoute: [192, 38, 211], onScene: [21, 128, 61], stranded: [220, 38, 38],
};
export const TEAM_BASE: Rgb = UNIT_RGB.atBase;
/** Gauges and reservoirs by severity: normal, above flood limit, above warning, above design/danger, overtopping. */
export const ALARM_RGB: Rgb[] = [[2, 119, 189], [255, 179, 0], [255, 109, 0], [213, 0, 0], [74, 20, 140]];
export const BURNING: Rgb = [255, 80, 0];
/** 危化品 threat zones by tier (AEGL-3 lethal red, AEGL-2 serious-harm orange) and the site's mark. */
export const ZONE_RGB: Record<string, Rgb> = { 'AEGL-3': [198, 40, 40], 'AEGL-2': [245, 124, 0], 'AEGL-1': [251, 192, 45], IDLH: [198, 40, 40] };
export const CHEMICAL_SITE: Rgb = [106, 27, 154];
/** 台风 wind circles by Beaufort force (七级 yellow, 十级 orange, 十二级 red, as Chinese typhoon maps draw them) and the track. */
export const WIND_CIRCLE_RGB: Record<number, Rgb> = { 7: [253, 216, 53], 10: [251, 140, 0], 12: [211, 47, 47] };
export const TYPHOON_TRACK: Rgb = [74, 20, 140];
/** 桥梁 on the report's map: one a shock dropped (near-black square, white cross: the road is cut there) and one an emergency steel bridge reopened (teal). */
export const BRIDGE_DOWN: Rgb = [38, 20, 20];
export const BRIDGE_OPEN: Rgb = [0, 137, 123];
/** Water is blended toward this blue, more opaque the deeper. */
export const WATER: Rgb = [20, 80, 220];
/** Depth (m) below which water is not drawn (puddles of the hydraulic grid). */
export const WATER_MIN_DEPTH = 0.1;

/** Opacity of the water colour at a depth (m): 0.35 at the threshold, 0.85 from 1 m. */
export function waterAlpha(depth: number): number {
  return Math.min(0.85, 0.35 + depth / 2);
}

/** Burned ground: the terrain's shade darkened to ash. */
export function burnedRgb(shade: number): Rgb {
  return [60 * shade, 50 * shade, 45 * shade];
}

/** Lambertian hill shade, sun from the north-west at 45° (the cartographic convention). */
export function hillshade(elev: Float32Array, w: number, h: number, cell: number, i: number, j: number): number {
  const z = (a: number, b: number) => elev[Math.min(h - 1, Math.max(0, b)) * w + Math.min(w - 1, Math.max(0, a))];
  const dzdx = (z(i + 1, j) - z(i - 1, j)) / (2 * cell);
  const dzdy = (z(i, j + 1) - z(i, j - 1)) / (2 * cell);
  const nx = -dzdx, ny = -dzdy, nz = 1;
  const len = Math.hypot(nx, ny, nz);
  const sx = -Math.SQRT1_2 * Math.SQRT1_2, sy = Math.SQRT1_2 * Math.SQRT1_2, sz = Math.SQRT1_2;
  return Math.max(0, (nx * sx + ny * sy + nz * sz) / len);
}

/** Multiplier applied to the land-cover colour for the hill shade. */
export function shadeFactor(elev: Float32Array, w: number, h: number, cell: number, i: number, j: number): number {
  return 0.55 + 0.6 * hillshade(elev, w, h, cell, i, j);
}

export function css(c: Rgb, alpha = 1): string {
  return alpha >= 1 ? `rgb(${c[0] | 0},${c[1] | 0},${c[2] | 0})` : `rgba(${c[0] | 0},${c[1] | 0},${c[2] | 0},${alpha})`;
}

/** The colour as Phaser's 0xRRGGBB number. */
export function hex(c: Rgb): number {
  return ((c[0] & 255) << 16) | ((c[1] & 255) << 8) | (c[2] & 255);
}
