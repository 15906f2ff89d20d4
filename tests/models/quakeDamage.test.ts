// The earthquake's damage and people models against their published sources (docs/verification.md,
// "Building damage and casualties"): the damage matrices meet GB/T 17742-2008 表1's mean damage
// index range for their class at every intensity VI–X (a stated assumption, not a published
// matrix); the casualty rates are the Hazus tables' (HAZUS-MH MR4 ch. 13 = Hazus 5.1, as in
// pelicun's hazus_data_eq.json); survival follows the Kobe City Fire Bureau's daily shares; power
// cuts follow the Hazus 5.1 electric power fragilities; more damage and more people buried at
// night than in the morning, and none below VI.
import { describe, expect, it } from 'vitest';
import { DAMAGE_MATRIX, SCALE_INDEX_RANGE, damageShares, meanDamageIndex } from '../../sim-core/hazards/quake/vulnerability.ts';
import { CASUALTY_RATES, indoorShare, localHourAt } from '../../sim-core/hazards/quake/casualtyRates.ts';
import { FIRST_DAY_HOURS, buriedAlive } from '../../sim-core/hazards/quake/survival.ts';
import { villageDamage } from '../../sim-core/hazards/quake/villageDamage.ts';
import { DEFAULT_STOCK } from '../../sim-core/hazards/quake/buildingStock.ts';
import {
  CIRCUITS_FAILED, DISTRIBUTION_CIRCUITS, SUBSTATION_LOW_VOLTAGE, circuitsFailed, cutChance, exceedance, pgvAtIntensity, pipeRepairRate, powerCutChance,
} from '../../sim-core/hazards/quake/lifelines.ts';

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

describe('casualties (Hazus indoor casualty rates and collapse rates, HAZUS-MH MR4 ch. 13 / Hazus 5.1)', () => {
  // Every row is the Hazus 5.1 table as transcribed in pelicun's hazus_data_eq.json,
  // Structural_Fragility_Groups.Injury_rates (DS1 slight … DS4 complete, Collapse), and P_collapse.
  it('URM (URML/URMM) for 土木, 砖木, 砖混: severities 1–4 by damage state, 15 % of complete damage collapses', () => {
    for (const t of ['adobeTimber', 'brickTimber', 'brickConcrete'] as const) {
      expect(CASUALTY_RATES[t].slight).toEqual([0.05, 0, 0, 0]);
      expect(CASUALTY_RATES[t].moderate).toEqual([0.35, 0.4, 0.001, 0.001]);
      expect(CASUALTY_RATES[t].extensive).toEqual([2, 0.2, 0.002, 0.002]);
      expect(CASUALTY_RATES[t].complete).toEqual([10, 2, 0.02, 0.02]);
      expect(CASUALTY_RATES[t].collapse).toEqual([40, 20, 5, 10]);
      expect(CASUALTY_RATES[t].collapseShare).toBe(0.15);
    }
  });

  it('C1L for 钢混: severities 1–4 by damage state, 13 % of complete damage collapses', () => {
    expect(CASUALTY_RATES.rc.slight).toEqual([0.05, 0, 0, 0]);
    expect(CASUALTY_RATES.rc.moderate).toEqual([0.25, 0.03, 0, 0]);
    expect(CASUALTY_RATES.rc.extensive).toEqual([1, 0.1, 0.001, 0.001]);
    expect(CASUALTY_RATES.rc.complete).toEqual([5, 1, 0.01, 0.01]);
    expect(CASUALTY_RATES.rc.collapse).toEqual([40, 20, 5, 10]);
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

describe('survival of the buried (Kobe City Fire Bureau, share alive of those rescued each day, 1995)', () => {
  // 神戸市消防局 日別生存救出者数: 80.5, 28.5, 21.8, 5.9, 5.8 % on 17–21 January; day 1 ended
  // 18 h 13 min 8 s after the 05:46:52 shock (MLIT's table of the same rescues).
  it('passes through the daily shares at the middle of each day\u2019s hours and falls with the hours', () => {
    expect(FIRST_DAY_HOURS).toBeCloseTo(18.218889, 6);
    expect(buriedAlive(0)).toBe(1);
    expect(buriedAlive(18.218889 / 2)).toBeCloseTo(0.805, 6);
    expect(buriedAlive(18.218889 + 12)).toBeCloseTo(0.285, 6);
    expect(buriedAlive(18.218889 + 36)).toBeCloseTo(0.218, 6);
    expect(buriedAlive(18.218889 + 60)).toBeCloseTo(0.059, 6);
    expect(buriedAlive(18.218889 + 84)).toBeCloseTo(0.058, 6);
    expect(buriedAlive(200)).toBeCloseTo(0.058, 12);
    // 72 h: between day 3's 21.8 % (54.2 h) and day 4's 5.9 % (78.2 h).
    expect(buriedAlive(72)).toBeCloseTo(0.218 + ((0.059 - 0.218) * (72 - 54.218889)) / 24, 6);
    for (let h = 0; h < 120; h++) expect(buriedAlive(h + 1)).toBeLessThanOrEqual(buriedAlive(h));
  });
});

describe('power cuts (Hazus 5.1 electric power fragilities, SimCenter DLML power_network fragility.csv)', () => {
  it('the table: EP.S.L.U substation and EP.C.U distribution circuits, medians (g) and β; circuits failed 4/12/50/80 %', () => {
    expect(SUBSTATION_LOW_VOLTAGE).toEqual([
      { median: 0.13, beta: 0.65 }, { median: 0.26, beta: 0.5 }, { median: 0.34, beta: 0.4 }, { median: 0.74, beta: 0.4 },
    ]);
    expect(DISTRIBUTION_CIRCUITS).toEqual([
      { median: 0.24, beta: 0.25 }, { median: 0.33, beta: 0.2 }, { median: 0.58, beta: 0.15 }, { median: 0.89, beta: 0.15 },
    ]);
    expect([...CIRCUITS_FAILED]).toEqual([0.04, 0.12, 0.5, 0.8]);
  });

  it('half the substations moderately damaged at their median 0.26 g; the village cut chance as computed independently (Python erf)', () => {
    expect(exceedance(SUBSTATION_LOW_VOLTAGE[1], 0.26)).toBeCloseTo(0.5, 6);
    const cases: [number, number, number][] = [
      // PGA g, circuits failed, chance of a cut
      [0.1, 0.000009, 0.02801], [0.2, 0.009808, 0.306753], [0.3, 0.057908, 0.635069], [0.5, 0.179704, 0.921693], [0.8, 0.565499, 0.994659],
    ];
    for (const [g, f, p] of cases) {
      expect(circuitsFailed(g)).toBeCloseTo(f, 5);
      expect(powerCutChance(g)).toBeCloseTo(p, 5);
      expect(cutChance('power', 8, g * 9.80665)).toBeCloseTo(p, 5);
    }
    expect(powerCutChance(0)).toBe(0);
  });
});

describe('water cuts: GB/T 17742-2020 PGV, the HAZUS brittle-pipe repair rate, 5 km of main (assumed)', () => {
  it('the scale\'s PGV bounds of degree VI give 5.5 and 6.5 back (table A.1: 0.0381–0.0817 m/s)', () => {
    // Inverting I_V = 3.00·lg PGV + 9.77: the table's bounds are the half degrees.
    // The table prints three figures: within 2 % of the bounds, and the bounds within 0.02 degree.
    expect(Math.abs(pgvAtIntensity(5.5) / 0.0381 - 1)).toBeLessThan(0.02);
    expect(Math.abs(pgvAtIntensity(6.5) / 0.0817 - 1)).toBeLessThan(0.02);
    expect(Math.abs(Math.log10(0.0817) * 3 + 9.77 - 6.5)).toBeLessThan(0.02);
  });

  it('the repair rate is the HAZUS file\'s (pelicun PWP.B.GS: 1.084e-4 and 0.019277 per 20-ft segment at 10 and 100 cm/s)', () => {
    const perSegment = (pgv: number) => pipeRepairRate(pgv) * 0.006096;
    expect(perSegment(0.1)).toBeCloseTo(1.084e-4, 7);
    expect(perSegment(1)).toBeCloseTo(0.019277, 6);
  });

  it('a village\'s chance: 2.3 / 12 / 52 / 98.5 % at VI–IX, none at V, rising with the shaking', () => {
    const at = [6, 7, 8, 9].map((i) => cutChance('water', i, 1));
    expect(at[0]).toBeCloseTo(0.023, 2);
    expect(at[1]).toBeCloseTo(0.124, 2);
    expect(at[2]).toBeCloseTo(0.525, 2);
    expect(at[3]).toBeCloseTo(0.985, 2);
    expect(cutChance('water', 5, 1)).toBe(0);
    expect(cutChance('water', 7.5, 1)).toBeGreaterThan(at[1]);
    expect(cutChance('water', 7.5, 1)).toBeLessThan(at[2]);
  });
});

describe('comms cuts by intensity (assumed)', () => {
  it('none at V, rising with intensity, IX\u2019s above IX', () => {
    expect(cutChance('comms', 5, 1)).toBe(0);
    expect(cutChance('comms', 8, 1)).toBeGreaterThan(cutChance('comms', 7, 1));
    expect(cutChance('comms', 10, 1)).toBe(cutChance('comms', 9, 1));
    expect(cutChance('comms', 7.5, 0)).toBeCloseTo(0.325, 12);
  });
});
