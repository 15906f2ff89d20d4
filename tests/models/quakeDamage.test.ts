// The earthquake's damage and people models against their published sources (docs/verification.md,
// "Building damage and casualties"): the damage matrices meet GB/T 17742-2008 表1's mean damage
// index range for their class at every intensity VI–X; the casualty rates are HAZUS-MH MR4 Table
// 13.3's; survival follows the Kobe 1995 daily shares; more damage and more people buried at
// night than in the morning, and none below VI.
import { describe, expect, it } from 'vitest';
import { DAMAGE_MATRIX, SCALE_INDEX_RANGE, damageShares, meanDamageIndex } from '../../sim-core/hazards/quake/vulnerability.ts';
import { CASUALTY_RATES, indoorShare, localHourAt } from '../../sim-core/hazards/quake/casualtyRates.ts';
import { buriedAlive } from '../../sim-core/hazards/quake/survival.ts';
import { villageDamage } from '../../sim-core/hazards/quake/villageDamage.ts';
import { DEFAULT_STOCK } from '../../sim-core/hazards/quake/buildingStock.ts';
import { cutChance } from '../../sim-core/hazards/quake/lifelines.ts';

describe('damage matrices (GB/T 17742-2008 表1)', () => {
  const classOf = { adobeTimber: 'A', brickTimber: 'B', brickConcrete: 'C' } as const;
  for (const [type, cls] of Object.entries(classOf) as [keyof typeof classOf, 'A' | 'B' | 'C'][]) {
    it(`${type} (class ${cls}): each row sums to 100 % and its mean damage index lies in the standard's range`, () => {
      DAMAGE_MATRIX[type].forEach((row, k) => {
        expect(row.reduce((a, b) => a + b, 0)).toBe(100);
        const di = meanDamageIndex(row.map((x) => x / 100));
        const [lo, hi] = SCALE_INDEX_RANGE[cls][k];
        expect(di, `intensity ${k + 6}`).toBeGreaterThanOrEqual(lo);
        expect(di, `intensity ${k + 6}`).toBeLessThanOrEqual(hi);
      });
    });
  }

  it('quantifiers: class A at X is 大多数 (70–90 %) 毁坏; class B at VIII has 个别 (< 10 %) 毁坏; class C at VI 大多数 基本完好', () => {
    expect(DAMAGE_MATRIX.adobeTimber[4][4]).toBeGreaterThanOrEqual(70);
    expect(DAMAGE_MATRIX.brickTimber[2][4]).toBeLessThan(10);
    expect(DAMAGE_MATRIX.brickConcrete[0][0]).toBeGreaterThanOrEqual(70);
  });

  it('interpolates between degrees, is undamaged at V and weaker types fare worse at every intensity', () => {
    expect(damageShares('brickTimber', 5)).toEqual([1, 0, 0, 0, 0]);
    const mid = damageShares('brickTimber', 7.5);
    expect(mid[4]).toBeCloseTo((0 + 0.05) / 2, 12);
    for (const i of [6, 6.5, 7, 8, 9, 10]) {
      const d = (t: keyof typeof DAMAGE_MATRIX) => meanDamageIndex(damageShares(t, i));
      expect(d('adobeTimber')).toBeGreaterThan(d('brickTimber'));
      expect(d('brickTimber')).toBeGreaterThan(d('brickConcrete'));
      expect(d('brickConcrete')).toBeGreaterThan(d('rc'));
    }
  });
});

describe('casualties (HAZUS-MH MR4 Technical Manual, Tables 13.3 and 13.8)', () => {
  it('URM and C1 rates as tabulated', () => {
    expect(CASUALTY_RATES.brickTimber.collapse).toEqual([40, 20, 5, 10]);
    expect(CASUALTY_RATES.brickTimber.complete).toEqual([10, 2, 0.02, 0.02]);
    expect(CASUALTY_RATES.brickTimber.collapseShare).toBe(0.15);
    expect(CASUALTY_RATES.rc.moderate).toEqual([0.25, 0.03, 0, 0]);
    expect(CASUALTY_RATES.rc.collapseShare).toBe(0.13);
  });

  it('reads the local hour from the scenario start and finds more people indoors at night', () => {
    expect(localHourAt('2026-09-15T09:20:00+08:00', 600)).toBeCloseTo(9.5, 12);
    expect(localHourAt('2026-09-15T23:00:00+08:00', 7200)).toBeCloseTo(1, 12);
    expect(indoorShare(2)).toBeGreaterThan(indoorShare(10));
  });

  it('a mountain village: nothing below VI; at IX people are killed, hurt and buried, more at night than at 09:30', () => {
    const stock = DEFAULT_STOCK.mountain;
    expect(villageDamage(1000, stock, 5.4, indoorShare(2))).toMatchObject({ dead: 0, injured: 0, buried: 0, homeless: 0 });
    const day = villageDamage(1000, stock, 9, indoorShare(9.5));
    const night = villageDamage(1000, stock, 9, indoorShare(2));
    expect(day.buried).toBeGreaterThan(0);
    expect(night.buried).toBeGreaterThan(day.buried);
    expect(night.dead).toBeGreaterThan(day.dead);
    expect(night.homeless).toBe(day.homeless); // houses do not care what time it is
    expect(day.homeless).toBeGreaterThan(300);
  });
});

describe('survival of the buried (Kobe 1995 daily shares)', () => {
  it('passes through the daily shares at each day\u2019s middle and falls with the hours', () => {
    expect(buriedAlive(0)).toBe(1);
    expect(buriedAlive(12)).toBeCloseTo(0.805, 12);
    expect(buriedAlive(36)).toBeCloseTo(0.285, 12);
    expect(buriedAlive(60)).toBeCloseTo(0.218, 12);
    expect(buriedAlive(84)).toBeCloseTo(0.059, 12);
    expect(buriedAlive(200)).toBeCloseTo(0.058, 12);
    for (let h = 0; h < 120; h++) expect(buriedAlive(h + 1)).toBeLessThanOrEqual(buriedAlive(h));
  });
});

describe('lifeline cuts by intensity (assumed)', () => {
  it('none at V, rising with intensity, power most fragile', () => {
    for (const s of ['power', 'comms', 'water'] as const) {
      expect(cutChance(s, 5)).toBe(0);
      expect(cutChance(s, 8)).toBeGreaterThan(cutChance(s, 7));
      expect(cutChance(s, 10)).toBe(cutChance(s, 9));
    }
    expect(cutChance('power', 8)).toBeGreaterThan(cutChance('comms', 8));
  });
});
