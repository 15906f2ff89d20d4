// Holland (1980) pressure and wind profile, pinned to the paper's own relations: eq. 6 for the
// maximum wind, the pressure pc + Δp/e at Rmax (eq. 1 at r = Rmax), the peak of the cyclostrophic
// wind exactly at Rmax, the gradient balance of eq. 3, his range 1 ≤ B ≤ 2.5; and the R-CLIPER
// rain profile (Tuleya et al. 2007 coefficients) at its two anchor radii.
import { describe, expect, it } from 'vitest';
import { AIR_DENSITY, hollandGradientWind, hollandMaxWind, hollandPressure, type HollandVortex } from '../../sim-core/hazards/typhoon/holland.ts';
import { rcliperRain } from '../../sim-core/hazards/typhoon/rcliper.ts';
import { runTyphoonCase } from '../../sim-core/hazards/typhoon/typhoonCase.ts';

const vortex = (over: Partial<HollandVortex> = {}): HollandVortex => ({ pc: 95000, pn: 101000, rmax: 40000, b: 1.5, f: 0, rho: AIR_DENSITY, ...over });

describe('Holland (1980) profile', () => {
  it('gives eq. 6 maximum wind √(BΔp/(ρe)) — worked by hand for Δp = 60 hPa, B = 1.5, ρ = 1.15', () => {
    // 1.5 × 6000 / (1.15 × 2.718281828) = 2879.05 → 53.657 m/s
    expect(hollandMaxWind(vortex())).toBeCloseTo(53.657, 3);
    // B = 1 and B = 2.5 (the ends of Holland's range) scale Vm by √B.
    expect(hollandMaxWind(vortex({ b: 2.5 })) / hollandMaxWind(vortex({ b: 1 }))).toBeCloseTo(Math.sqrt(2.5), 12);
  });

  it('has pressure pc + Δp/e at Rmax, pc at the centre and pn far out', () => {
    const v = vortex();
    expect(hollandPressure(v, 40000) / 100).toBeCloseTo(950 + 60 / Math.E, 9);
    expect(hollandPressure(v, 0)).toBe(95000);
    expect(hollandPressure(v, 4e7) / 100).toBeCloseTo(1010, 2);
  });

  it('peaks at the radius of maximum wind (cyclostrophic) with Vm, and just inside it with Coriolis', () => {
    for (const b of [1, 1.5, 2, 2.5]) {
      const r = runTyphoonCase({ centralPressure: 950, ambientPressure: 1010, rmax: 40000, b });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.result.peak.r).toBe(40000);
      expect(r.result.peak.wind).toBeCloseTo(r.result.maxWind, 9);
    }
    const c = runTyphoonCase({ centralPressure: 950, ambientPressure: 1010, rmax: 40000, b: 1.5, latitude: 25 });
    if (!c.ok) throw new Error('case refused');
    expect(c.result.peak.r).toBeLessThan(40000);
    expect(c.result.peak.r).toBeGreaterThan(38000);
    expect(c.result.peak.wind).toBeLessThan(c.result.maxWind);
  });

  it('balances the pressure gradient (eq. 3): V²/r + fV = (1/ρ)·dp/dr', () => {
    const v = vortex({ f: 6.16e-5 });
    for (const r of [20000, 40000, 90000, 250000]) {
      const h = 1;
      const dpdr = (hollandPressure(v, r + h) - hollandPressure(v, r - h)) / (2 * h);
      const V = hollandGradientWind(v, r);
      expect((V * V) / r + v.f * V).toBeCloseTo(dpdr / v.rho, 6);
    }
  });

  it('is more peaked for a larger B (Holland Fig. 2: the wind falls off faster beyond Rmax)', () => {
    const ratio = (b: number) => hollandGradientWind(vortex({ b }), 80000) / hollandMaxWind(vortex({ b }));
    // cyclostrophic V(2Rmax)/Vm = √(e·x·exp(−x)), x = 2^−B: 0.9079 for B = 1, 0.6346 for B = 2.5
    expect(ratio(1)).toBeCloseTo(0.9079, 4);
    expect(ratio(2.5)).toBeCloseTo(0.6346, 4);
  });

  it('refuses B outside Holland’s 1–2.5 and a centre higher than the surroundings, naming the field', () => {
    const r = runTyphoonCase({ centralPressure: 1012, ambientPressure: 1010, rmax: 40000, b: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['b', 'centralPressure']);
  });
});

describe('R-CLIPER rain', () => {
  it('gives T0 at the centre and Tm at rm for a 35 kt storm (U = 1): 2.86 and 3.20 in/day', () => {
    const v35 = (35 * 1852) / 3600;
    expect(rcliperRain(v35, 0)).toBeCloseTo((2.86 * 25.4) / 24, 9);
    expect(rcliperRain(v35, 51000)).toBeCloseTo((3.2 * 25.4) / 24, 9);
    // one e-folding length (150 − 16 = 134 km) beyond rm
    expect(rcliperRain(v35, 51000 + 134000)).toBeCloseTo((3.2 * 25.4) / 24 / Math.E, 9);
  });
});
