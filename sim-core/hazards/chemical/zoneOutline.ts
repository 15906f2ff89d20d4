// A threat zone's outline for the map and the measured report: along the wind's axis from the
// site, at stations every STATION m, the concentration on the axis and — where it reaches the
// tier — the crosswind half-width at which it falls to the tier (bisection: the concentration
// falls monotonically away from the axis, every term being a Gaussian in y). The outline goes
// out along one side and back along the other. Point evaluations only: cheap, and exact to the
// model (not to the grid's cells).
import { windFrame, type PlumeWeather } from '../plume/field.ts';
import { cos, sin } from '../../math/index.ts';
import type { ChemicalSite } from './chemicalSite.ts';
import type { ReleaseSegment, ZoneTier } from './chemicalState.ts';
import { MAX_REACH, siteConcentrationAt } from './plumeNow.ts';

const STATION = 50;
const MAX_WIDTH = 5000;
/** Stations kept on each side of an outline (the map needs no more). */
const OUTLINE_POINTS = 24;

export function zoneOutlines(site: ChemicalSite, segs: readonly ReleaseSegment[], weather: PlumeWeather, t: number, tiers: readonly { id: string; ppm: number }[]): Omit<ZoneTier, 'area'>[] {
  const rad = (weather.dir * Math.PI) / 180;
  const ex = sin(rad), ey = cos(rad);
  const at = (x: number, y: number) => siteConcentrationAt(site, segs, weather, t, site.x + x * ex + y * ey, site.y + x * ey - y * ex);
  const n = Math.floor(MAX_REACH / STATION);
  const axis = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) axis[k] = at(k * STATION, 0);
  return tiers.map(({ id, ppm }) => {
    const inside: number[] = [];
    for (let k = 1; k <= n; k++) if (axis[k] >= ppm) inside.push(k);
    if (inside.length === 0) return { tier: id, ppm, reach: 0, polygon: [] };
    const picks = pick(inside, OUTLINE_POINTS);
    const half = picks.map((k) => halfWidth((y) => at(k * STATION, y), ppm));
    const toMap = (x: number, y: number): [number, number] => [Math.round(site.x + x * ex + y * ey), Math.round(site.y + x * ey - y * ex)];
    const first = picks[0] * STATION - STATION / 2, last = picks[picks.length - 1] * STATION + STATION / 2;
    const polygon: [number, number][] = [toMap(first, 0)];
    picks.forEach((k, q) => polygon.push(toMap(k * STATION, half[q])));
    polygon.push(toMap(last, 0));
    for (let q = picks.length - 1; q >= 0; q--) polygon.push(toMap(picks[q] * STATION, -half[q]));
    let reach = 0;
    for (const [px, py] of polygon) {
      const f = windFrame(site, weather, px, py);
      reach = Math.max(reach, Math.sqrt(f.downwind * f.downwind + f.crosswind * f.crosswind));
    }
    return { tier: id, ppm, reach: Math.round(reach), polygon };
  });
}

/** Up to m of the stations, evenly, always the first and the last. */
function pick(stations: number[], m: number): number[] {
  if (stations.length <= m) return stations;
  const out: number[] = [];
  for (let q = 0; q < m; q++) out.push(stations[Math.round((q * (stations.length - 1)) / (m - 1))]);
  return out;
}

function halfWidth(c: (y: number) => number, ppm: number): number {
  let lo = 0, hi = MAX_WIDTH;
  if (c(hi) >= ppm) return hi;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (c(mid) >= ppm) lo = mid; else hi = mid;
  }
  return lo;
}
