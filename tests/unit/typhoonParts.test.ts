// The typhoon's small parts: the normal CDF behind the power fragility, the fragility at the
// Beaufort anchors it is stated against, the GB/T 19201-2006 grades, and the sum of rain series.
import { describe, expect, it } from 'vitest';
import { normalCdf, powerFailureChance, treesDownSeverity } from '../../sim-core/hazards/typhoon/fragility.ts';
import { typhoonGrade } from '../../sim-core/hazards/typhoon/grade.ts';
import { addSeries } from '../../scenarios/typhoonResolve.ts';
import { beaufortForce } from '../../presentation/text/typhoonText.ts';

describe('typhoon parts', () => {
  it('Φ to 1.5e-7 (Abramowitz & Stegun 7.1.26) at tabulated points', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.0249979, 6);
  });

  it('power fails 50 % at the median 28.5 m/s, about 2 % at force 9, 16 % at force 10, 82 % at typhoon force', () => {
    expect(powerFailureChance(28.5)).toBeCloseTo(0.5, 6);
    expect(powerFailureChance(20.8)).toBeCloseTo(0.018, 3);
    expect(powerFailureChance(24.5)).toBeCloseTo(0.157, 3);
    expect(powerFailureChance(32.7)).toBeCloseTo(0.820, 3);
    expect(treesDownSeverity(24.4)).toBe(0);
    expect(treesDownSeverity(40)).toBe(1);
  });

  it('grades and Beaufort forces at their floors', () => {
    expect([17.1, 17.2, 24.5, 32.7, 41.5, 51].map(typhoonGrade)).toEqual(['depression', 'tropicalStorm', 'severeTropicalStorm', 'typhoon', 'severeTyphoon', 'superTyphoon']);
    expect([17.1, 17.2, 24.5, 28.5, 32.7].map(beaufortForce)).toEqual([7, 8, 10, 11, 12]);
  });

  it('adds two step series point by point', () => {
    expect(addSeries([[0, 2], [3600, 0]], [[1800, 5], [7200, 1]])).toEqual([[0, 2], [1800, 7], [3600, 5], [7200, 1]]);
  });
});
