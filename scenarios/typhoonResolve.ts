// A scenario's typhoon, checked and resolved: the track for the core (sim-core/hazards/typhoon/),
// and the storm's rain laid onto the rain zones as hourly steps (R-CLIPER at each zone's centre,
// times the scenario's rainFactor), added to any rain the zone already has. The flood model then
// takes it like any hyetograph. The rule is a stated simplification: one rate per zone per hour,
// read at the zone's centroid at the middle of the hour (docs/verification.md, "Typhoon wind").
import type { ScenarioJson } from './schema.ts';
import type { Problem } from './problems.ts';
import type { Grid } from '../sim-core/world/grid.ts';
import type { ScenarioTyphoon } from '../sim-core/hazards/typhoon/typhoonScenario.ts';
import { stormAt, type TyphoonTrack } from '../sim-core/hazards/typhoon/track.ts';
import { surfaceMaxWind } from '../sim-core/hazards/typhoon/windAt.ts';
import { rcliperRain } from '../sim-core/hazards/typhoon/rcliper.ts';
import { hypot } from '../sim-core/math/index.ts';

type Series = [number, number][];
const HOUR = 3600;

export function typhoonProblems(s: ScenarioJson, file: string): Problem[] {
  const ty = s.typhoon;
  if (!ty) return [];
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path: `typhoon.${path}`, message });
  ty.track.forEach((f, k) => {
    if (k > 0 && !(f.t > ty.track[k - 1].t)) add(`track[${k}].t`, 'fixes must be in strictly increasing time');
    if (f.pressure >= ty.ambientPressure) add(`track[${k}].pressure`, `must be below the ambient pressure ${ty.ambientPressure} hPa`);
  });
  const townships = new Set(s.townships.map((t) => t.id));
  const places = new Set([...s.villages, ...s.townships, ...s.shelters, ...s.reservoirs].map((p) => p.id));
  const seen = new Set<string>();
  ty.boats.forEach((b, k) => {
    if (!townships.has(b.township)) add(`boats[${k}].township`, `no township ${JSON.stringify(b.township)}`);
    if (seen.has(b.township)) add(`boats[${k}].township`, `township ${JSON.stringify(b.township)} is listed twice`);
    seen.add(b.township);
    if (!places.has(b.harbour)) add(`boats[${k}].harbour`, `no village, township, shelter or reservoir ${JSON.stringify(b.harbour)}`);
  });
  if (ty.boats.length > 0 && ty.boatsBy === undefined) add('boatsBy', 'is required when there are boats to bring in');
  if (ty.boatReturn[0] > ty.boatReturn[1]) add('boatReturn', 'the shortest return time is longer than the longest');
  return problems;
}

/** The typhoon for the core, or undefined. */
export function resolveTyphoon(s: ScenarioJson): ScenarioTyphoon | undefined {
  const ty = s.typhoon;
  if (!ty) return undefined;
  const track: TyphoonTrack = {
    fixes: ty.track.map((f) => ({ t: f.t, x: f.x, y: f.y, pc: f.pressure, rmax: f.rmax })),
    pn: ty.ambientPressure, b: ty.b, latitude: ty.latitude, surfaceFactor: ty.surfaceFactor,
  };
  return { id: ty.id, name: ty.name, track, boats: ty.boats.map((b) => ({ ...b })), boatsBy: ty.boatsBy ?? Infinity, boatReturn: [ty.boatReturn[0], ty.boatReturn[1]] };
}

/** Each zone's rain with the typhoon's added (zones by index; series as [t, mm/h] steps). */
export function typhoonRain(s: ScenarioJson, grid: Grid, rainZone: Uint8Array, ty: ScenarioTyphoon | undefined, rain: { zone: number; series: Series }[]): { zone: number; series: Series }[] {
  if (!ty) return rain;
  const factor = s.typhoon!.rainFactor;
  const zones = s.weather.rainZones.length;
  const sx = new Float64Array(zones), sy = new Float64Array(zones), n = new Float64Array(zones);
  for (let c = 0; c < rainZone.length; c++) {
    const k = rainZone[c] - 1;
    if (k < 0) continue;
    const i = c % grid.width, j = (c - i) / grid.width;
    sx[k] += (i + 0.5) * grid.cellSize; sy[k] += (j + 0.5) * grid.cellSize; n[k]++;
  }
  const fixes = ty.track.fixes;
  const start = Math.floor(fixes[0].t / HOUR) * HOUR, end = fixes[fixes.length - 1].t;
  const out = rain.map((r) => ({ zone: r.zone, series: r.series }));
  for (let k = 0; k < zones; k++) {
    if (n[k] === 0) continue;
    const cx = sx[k] / n[k], cy = sy[k] / n[k];
    const storm: Series = [];
    for (let t = start; t < end; t += HOUR) {
      const at = stormAt(ty.track, t + HOUR / 2);
      const mm = factor * rcliperRain(surfaceMaxWind(ty.track, at), hypot(cx - at.x, cy - at.y));
      storm.push([t, Math.round(mm * 10) / 10]);
    }
    storm.push([end, 0]);
    const have = out.find((r) => r.zone === k);
    if (have) have.series = addSeries(have.series, storm);
    else out.push({ zone: k, series: storm });
  }
  return out;
}

/** The sum of two step series (each 0 before its first point). */
export function addSeries(a: Series, b: Series): Series {
  const at = (s: Series, t: number) => { let v = 0; for (const [u, r] of s) if (u <= t) v = r; return v; };
  const times = [...new Set([...a.map((p) => p[0]), ...b.map((p) => p[0])])].sort((x, y) => x - y);
  return times.map((t) => [t, Math.round((at(a, t) + at(b, t)) * 1000) / 1000]);
}
