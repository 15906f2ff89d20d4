// The air now, from every release segment so far: each is a Gaussian plume truncated to the air
// it occupies (field.ts's top-hat) or a puff, and concentrations add (the Gaussian plume is
// linear in the source rate). The wind is the weather's now: when it shifts, the whole plume is
// taken to blow the new way at once (the quasi-steady assumption of ALOHA-type models).
import { concentrationAt, plumeField, type PlumeGrid, type PlumeSource, type PlumeWeather } from '../plume/field.ts';
import { MOLAR_VOLUME_25C, SUBSTANCES } from '../plume/substances.ts';
import type { ChemicalSetting, ChemicalSite } from './chemicalSite.ts';
import type { ReleaseSegment } from './chemicalState.ts';
import type { Wind } from '../../injects/inject.ts';

/**
 * The Gaussian plume has no calm solution; below 1 m/s the wind is taken as 1 m/s — an
 * assumption (ALOHA, the EPA/NOAA screening model, likewise takes no wind below about 1 m/s).
 */
export const MIN_WIND = 1;
/** Breathing height, m. */
export const RECEPTOR_HEIGHT = 1.5;
/** Beyond this distance from the site nothing is computed (the zones of the drill end well inside it), m. */
export const MAX_REACH = 30_000;

export function plumeWeather(setting: ChemicalSetting, wind: Wind): PlumeWeather {
  return { speed: Math.max(MIN_WIND, wind.speed), dir: wind.dir, stability: setting.stability, scheme: setting.sigma };
}

/** A segment as field.ts's source, and the time since it began. */
export function sourceOf(seg: ReleaseSegment, site: ChemicalSite): PlumeSource {
  if (seg.kind === 'puff') return { kind: 'instantaneous', x: site.x, y: site.y, height: site.height, mass: seg.mass };
  return seg.to === null
    ? { kind: 'continuous', x: site.x, y: site.y, height: site.height, rate: seg.rate }
    : { kind: 'continuous', x: site.x, y: site.y, height: site.height, rate: seg.rate, duration: Math.max(1, seg.to - seg.from) };
}

/** Whether the segment can still put gas anywhere within MAX_REACH at time t. */
export function segmentLive(seg: ReleaseSegment, t: number, speed: number): boolean {
  if (t <= seg.from) return false;
  const tail = seg.kind === 'puff' ? seg.from : seg.to;
  if (tail === null) return true;
  // A puff's cloud spreads ahead of its centre: give it twice the distance.
  return speed * (t - tail) < (seg.kind === 'puff' ? 0.5 : 1) * MAX_REACH;
}

/** ppm from g/m³ for a substance (25 °C, 1 atm; substances.ts). */
export function toPpm(gramsPerCubicMetre: number, molarMass: number): number {
  return (gramsPerCubicMetre * 1000 * MOLAR_VOLUME_25C) / molarMass;
}

/** Concentration (ppm) at a point from one site's live segments. */
export function siteConcentrationAt(site: ChemicalSite, segs: readonly ReleaseSegment[], weather: PlumeWeather, t: number, x: number, y: number, z = RECEPTOR_HEIGHT): number {
  let c = 0;
  for (const seg of segs) {
    if (seg.site !== site.id || !segmentLive(seg, t, weather.speed)) continue;
    c += concentrationAt(sourceOf(seg, site), weather, x, y, z, t - seg.from);
  }
  return c > 0 ? toPpm(c, SUBSTANCES[site.substance].molarMass) : 0;
}

/** Adds one site's concentration (ppm) over the grid into `out`, using `work` as a buffer. */
export function addSiteField(site: ChemicalSite, segs: readonly ReleaseSegment[], weather: PlumeWeather, t: number, grid: PlumeGrid, out: Float64Array, work: Float64Array): void {
  const m = SUBSTANCES[site.substance].molarMass;
  for (const seg of segs) {
    if (seg.site !== site.id || !segmentLive(seg, t, weather.speed)) continue;
    plumeField(sourceOf(seg, site), weather, grid, RECEPTOR_HEIGHT, t - seg.from, work);
    for (let c = 0; c < out.length; c++) if (work[c] > 0) out[c] += toPpm(work[c], m);
  }
}
