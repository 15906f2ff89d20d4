// The chemical release's parts against what they cite (docs/verification.md, "Chemical release").
import { describe, expect, it } from 'vitest';
import { lethalShare, normalCdf, probitOf } from '../../sim-core/hazards/chemical/probit.ts';
import { PUBLIC_TOXICITY } from '../../sim-core/hazards/chemical/publicTiers.ts';
import { indoorAir, relaxation } from '../../sim-core/hazards/chemical/indoorAir.ts';
import { shelterDoseFactor, DEFAULT_AIR_CHANGES_PER_HOUR } from '../../sim-core/hazards/plume/shelter.ts';
import { zoneOutlines } from '../../sim-core/hazards/chemical/zoneOutline.ts';
import { plumeWeather, siteConcentrationAt } from '../../sim-core/hazards/chemical/plumeNow.ts';
import type { ChemicalSetting } from '../../sim-core/hazards/chemical/chemicalSite.ts';
import type { ReleaseSegment } from '../../sim-core/hazards/chemical/chemicalState.ts';

const chlorine = PUBLIC_TOXICITY.chlorine;

describe('chlorine lethality probit (Withers & Lees 1985, regular population, standard activity)', () => {
  // The paper's LC50s for that population: 433 ppm for 10 min and 250 ppm for 30 min; both are
  // the same toxic load C²T, and its probit must be 5 (50 % killed).
  for (const [ppm, min] of [[433, 10], [250, 30]] as const) {
    it(`${ppm} ppm for ${min} min kills half (probit 5 within 0.02)`, () => {
      expect(Math.abs(probitOf(chlorine.probit, ppm * ppm * min) - 5)).toBeLessThan(0.02);
      expect(Math.abs(lethalShare(chlorine.probit, ppm * ppm * min) - 0.5)).toBeLessThan(0.01);
    });
  }
  it('Φ matches the normal table (A&S 7.1.26, 1.5e-7)', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 5);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024998, 5);
  });
  it('no load, nobody dies; an hour at the AEGL-3 (20 ppm) kills almost nobody', () => {
    expect(lethalShare(chlorine.probit, 0)).toBe(0);
    expect(lethalShare(chlorine.probit, 20 * 20 * 60)).toBeLessThan(1e-3);
  });
  it('the tiers are the NRC (2004) 60-min AEGLs for chlorine', () => {
    expect(chlorine.tiers).toEqual([{ id: 'AEGL-2', ppm: 2.0 }, { id: 'AEGL-3', ppm: 20 }]);
  });
});

describe('shelter in place: the per-step indoor air reproduces shelter.ts', () => {
  it('a constant outdoor concentration for an hour gives the stated dose factor (0.5 air changes per hour)', () => {
    const step = 60;
    let inside = 0, indoorDose = 0, outdoorDose = 0;
    for (let t = 0; t < 3600; t += step) {
      const a = indoorAir(inside, 100, true, DEFAULT_AIR_CHANGES_PER_HOUR, step);
      inside = a.end;
      indoorDose += a.mean * step;
      outdoorDose += 100 * step;
    }
    // The steps integrate the same balance exactly: the factor to rounding.
    const factor = shelterDoseFactor(DEFAULT_AIR_CHANGES_PER_HOUR, 3600);
    expect(factor).toBeCloseTo(0.21306, 4);
    expect(Math.abs(indoorDose / outdoorDose - factor) / factor).toBeLessThan(1e-9);
    expect(relaxation(0.5, 3600)).toBeCloseTo(1 - Math.exp(-0.5), 12);
  });
  it('unsheltered people breathe the outdoor air; sheltered ones air out once the plume has passed', () => {
    expect(indoorAir(0, 50, false, 0.5, 60)).toEqual({ end: 50, mean: 50 });
    expect(indoorAir(30, 5, true, 0.5, 60)).toEqual({ end: 5, mean: 5 });
  });
});

describe('threat-zone outline', () => {
  const setting: ChemicalSetting = { stability: 'D', sigma: 'briggsRural', sites: [{ id: 's', name: { zh: '厂' }, place: 'p', x: 5000, y: 5000, substance: 'chlorine', inventory: 1e6, height: 1 }] };
  const segs: ReleaseSegment[] = [{ site: 's', kind: 'continuous', from: 0, to: null, rate: 2000 }];
  it('points downwind, and its edge sits on the tier', () => {
    for (const dir of [90, 200]) {
      const w = plumeWeather(setting, { speed: 3, dir });
      const [aegl2] = zoneOutlines(setting.sites[0], segs, w, 7200, [{ id: 'AEGL-2', ppm: 2 }]);
      expect(aegl2.reach).toBeGreaterThan(1000);
      // The far tip lies along the wind.
      const tip = aegl2.polygon[Math.floor(aegl2.polygon.length / 2)];
      const bearing = (Math.atan2(tip[0] - 5000, tip[1] - 5000) * 180 / Math.PI + 360) % 360;
      expect(Math.abs(bearing - dir)).toBeLessThan(1);
      // A side point is on the 2 ppm contour (to the rounding of the outline to whole metres).
      const side = aegl2.polygon[3];
      const c = siteConcentrationAt(setting.sites[0], segs, w, 7200, side[0], side[1]);
      expect(Math.abs(c - 2) / 2).toBeLessThan(0.05);
    }
  });
  it('the calm is taken as 1 m/s (the Gaussian plume has no calm solution)', () => {
    expect(plumeWeather(setting, { speed: 0, dir: 0 }).speed).toBe(1);
  });
});
