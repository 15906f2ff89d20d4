// Ground shaking (sim-core/hazards/quake): the GB 18306-2015 eastern-region relations of 俞言祥,
// 李山有 & 肖亮 (2013) laid out as ellipses along the strike. See docs/verification.md,
// "Earthquake intensity". Expected numbers below are COMPUTED FROM THE PUBLISHED COEFFICIENTS at the
// stated magnitudes and distances (Python math.log10, independent of the core's deterministic
// math), not read from a table in the paper.
import { describe, expect, it } from 'vitest';
import { EAST_INTENSITY, EAST_PGA, intensityOnAxis, lgPgaOnAxis, radiusOfIntensity } from '../../sim-core/hazards/quake/relations.ts';
import { epicentralShaking, shakingAt, shakingField, type ScenarioQuake } from '../../sim-core/hazards/quake/shaking.ts';
import { runQuakeCase } from '../../sim-core/hazards/quake/quakeCase.ts';

const quake = (over: Partial<ScenarioQuake> = {}): ScenarioQuake => ({
  magnitude: 6.5, epicentre: { x: 0, y: 0 }, depth: 10000, strike: 0, ...over,
});

describe('the coefficients, as printed in 俞言祥, 李山有 & 肖亮 (2013)', () => {
  // "Seismic intensity attenuation relation coefficients for each sub-region" (the paper's table,
  // as reproduced with that source line), eastern strong-earthquake region columns:
  // A 5.7123 / 3.6588, B 1.3626 / 1.3626, C −4.2903 / −3.5406, R0 25 / 13, σ 0.5826.
  it('intensity, eastern strong-earthquake region, long and short axis', () => {
    expect(EAST_INTENSITY.long).toEqual({ a: 5.7123, b: 1.3626, c: -4.2903, r0: 25 });
    expect(EAST_INTENSITY.short).toEqual({ a: 3.6588, b: 1.3626, c: -3.5406, r0: 13 });
    expect(EAST_INTENSITY.sigma).toBe(0.5826);
  });
  // aE table (俞言祥 表4, as transcribed): (A1, B1) below Ms 6.5, (A2, B2) from it, C, D, E.
  it('peak ground acceleration aE, eastern strong-earthquake region, long and short axis', () => {
    expect(EAST_PGA.long).toEqual({ a1: 1.979, b1: 0.671, a2: 3.533, b2: 0.432, c: -2.315, d: 2.088, e: 0.399 });
    expect(EAST_PGA.short).toEqual({ a1: 1.176, b1: 0.66, a2: 2.753, b2: 0.418, c: -2.004, d: 0.944, e: 0.447 });
  });
});

describe('against published North China cases: epicentral intensity (the relation\u2019s mean, σ = 0.5826)', () => {
  // 1976-07-28 Tangshan, Ms 7.8, 震中烈度 XI; the same day's Luanxian (滦县) shock, Ms 7.1, IX —
  // the figures of the standard accounts of the event (docs/verification.md).
  it('Tangshan Ms 7.8 (observed XI) and Luanxian Ms 7.1 (observed IX): within 1.2 σ, 10.343 and 9.389', () => {
    const tangshan = epicentralShaking(quake({ magnitude: 7.8 })).intensity;
    const luanxian = epicentralShaking(quake({ magnitude: 7.1 })).intensity;
    expect(tangshan).toBeCloseTo(10.343, 3);
    expect(luanxian).toBeCloseTo(9.389, 3);
    expect(Math.abs(tangshan - 11)).toBeLessThan(1.2 * EAST_INTENSITY.sigma);
    expect(Math.abs(luanxian - 9)).toBeLessThan(1.2 * EAST_INTENSITY.sigma);
  });
});

describe('the relations at stated distances (computed from the published coefficients)', () => {
  // [Ms, R km, long-axis I, short-axis I]
  const intensity: [number, number, number, number][] = [
    [6.5, 0, 8.5716, 8.5717], [6.5, 10, 7.9447, 7.6944], [6.5, 30, 7.1025, 6.7322], [6.5, 100, 5.5728, 5.2466],
    [7.0, 10, 8.6260, 8.3757], [7.0, 100, 6.2541, 5.9279],
  ];
  it.each(intensity)('Ms %f, R %f km: intensity long %f, short %f', (ms, r, long, short) => {
    expect(intensityOnAxis(EAST_INTENSITY.long, ms, r)).toBeCloseTo(long, 4);
    expect(intensityOnAxis(EAST_INTENSITY.short, ms, r)).toBeCloseTo(short, 4);
  });
  // [Ms, R km, long-axis aE gal, short-axis aE gal]; Ms 6.0 is on the lower branch, 7.0 the upper
  const pga: [number, number, number, number][] = [
    [6.0, 10, 311.417, 238.501], [6.0, 100, 14.718, 10.364], [7.0, 30, 236.686, 176.739], [7.0, 100, 42.857, 31.695],
  ];
  it.each(pga)('Ms %f, R %f km: aE long %f gal, short %f gal', (ms, r, long, short) => {
    expect(10 ** lgPgaOnAxis(EAST_PGA.long, ms, r) / long).toBeCloseTo(1, 4); // the expected values are rounded to 0.001 gal
    expect(10 ** lgPgaOnAxis(EAST_PGA.short, ms, r) / short).toBeCloseTo(1, 4);
  });
  it('the two PGA branches meet at Ms 6.5', () => {
    const below = lgPgaOnAxis(EAST_PGA.long, 6.5 - 1e-9, 20);
    const at = lgPgaOnAxis(EAST_PGA.long, 6.5, 20);
    expect(Math.abs(below - at)).toBeLessThan(1e-3);
  });
  it('the VII isoseismal of an Ms 6.5 runs 33.11 km along the strike and 23.13 km across', () => {
    expect(radiusOfIntensity(EAST_INTENSITY.long, 6.5, 7)).toBeCloseTo(33.111, 3);
    expect(radiusOfIntensity(EAST_INTENSITY.short, 6.5, 7)).toBeCloseTo(23.128, 3);
  });
});

describe('the elliptical field', () => {
  it('on the long axis it is the long-axis relation, on the short axis the short-axis one', () => {
    const q = quake({ strike: 0 }); // fault runs north–south
    for (const r of [5, 20, 60]) {
      expect(shakingAt(q, 0, r * 1000).intensity).toBeCloseTo(intensityOnAxis(EAST_INTENSITY.long, 6.5, r), 9);
      expect(shakingAt(q, 0, -r * 1000).intensity).toBeCloseTo(intensityOnAxis(EAST_INTENSITY.long, 6.5, r), 9);
      expect(shakingAt(q, r * 1000, 0).intensity).toBeCloseTo(intensityOnAxis(EAST_INTENSITY.short, 6.5, r), 9);
      expect(shakingAt(q, 0, r * 1000).pga * 100).toBeCloseTo(10 ** lgPgaOnAxis(EAST_PGA.long, 6.5, r), 6);
    }
  });
  it('a point on the VII ellipse between the axes has intensity VII', () => {
    const a = 33.11107501104718, b = 23.12794868564813, t = 0.7;
    const s = shakingAt(quake(), b * Math.sin(t) * 1000, a * Math.cos(t) * 1000); // x across, y along
    expect(s.intensity).toBeCloseTo(7, 9);
  });
  it('decreases with distance in every direction', () => {
    const q = quake({ strike: 30 });
    for (let k = 0; k < 12; k++) {
      const bearing = (k * Math.PI) / 6;
      let last = Infinity;
      for (const r of [1, 5, 10, 20, 40, 80, 160]) {
        const i = shakingAt(q, r * 1000 * Math.sin(bearing), r * 1000 * Math.cos(bearing)).intensity;
        expect(i).toBeLessThan(last);
        last = i;
      }
    }
  });
  it('is elongated along the strike, and the strike rotates the ellipse', () => {
    const north = quake({ strike: 0 });
    const east = quake({ strike: 90 });
    const diag = quake({ strike: 45 });
    const r = 25000;
    expect(shakingAt(north, 0, r).intensity).toBeGreaterThan(shakingAt(north, r, 0).intensity + 0.3);
    expect(shakingAt(east, r, 0).intensity).toBeGreaterThan(shakingAt(east, 0, r).intensity + 0.3);
    expect(shakingAt(east, r, 0).intensity).toBeCloseTo(shakingAt(north, 0, r).intensity, 9);
    const c = r / Math.SQRT2;
    expect(shakingAt(diag, c, c).intensity).toBeCloseTo(intensityOnAxis(EAST_INTENSITY.long, 6.5, 25), 6);
    expect(shakingAt(diag, c, -c).intensity).toBeCloseTo(intensityOnAxis(EAST_INTENSITY.short, 6.5, 25), 6);
    expect(shakingAt(quake({ strike: 225 }), c, c).intensity).toBeCloseTo(shakingAt(diag, c, c).intensity, 12);
  });
  it('peaks at the epicentre and the field is the same bits on a second run', () => {
    const q = quake({ epicentre: { x: 10000, y: 10000 }, magnitude: 7 });
    expect(shakingAt(q, 10000, 10000).intensity).toBe(epicentralShaking(q).intensity);
    expect(epicentralShaking(q).intensity).toBeCloseTo(9.2529, 4);
    const a = shakingField(q, 40, 40, 500);
    const b = shakingField(q, 40, 40, 500);
    expect(Array.from(a.intensity)).toEqual(Array.from(b.intensity));
    expect(Math.max(...a.intensity)).toBeLessThanOrEqual(epicentralShaking(q).intensity);
  });
  it('a bigger magnitude shakes harder at the same place', () => {
    expect(shakingAt(quake({ magnitude: 7 }), 20000, 5000).intensity).toBeGreaterThan(shakingAt(quake(), 20000, 5000).intensity + 0.5);
  });
});

describe('the case file (tuiyan model quake)', () => {
  it('gives intensity and PGA at sites and over a grid', () => {
    const out = runQuakeCase({ magnitude: 6.5, epicentre: [0, 0], depth: 10000, strike: 0, sites: [[0, 30000], [30000, 0]], grid: { width: 3, height: 2, cellSize: 1000 } });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.sites[0].intensity).toBeCloseTo(7.1025, 4);
    expect(out.result.sites[1].intensity).toBeCloseTo(6.7322, 4);
    expect(out.result.sites[0].pga).toBeGreaterThan(out.result.sites[1].pga);
    expect(out.result.grid?.intensity).toHaveLength(6);
  });
  it('names every bad field', () => {
    const out = runQuakeCase({ magnitude: 9.5, epicentre: [0], strike: 400, sites: [[0, 'a']], grid: { width: 0, cellSize: 10 }, extra: 1 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const paths = out.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['extra', 'magnitude', 'epicentre', 'depth', 'strike', 'sites[0]', 'grid.width', 'grid.height']));
  });
  it('refuses a non-object', () => {
    expect(runQuakeCase([1, 2]).ok).toBe(false);
  });
});
