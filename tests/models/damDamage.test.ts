// An embankment dam's earthquake damage against the published relations: Swaisgood (2003)
// eq. (1) for the crest settlement and Pells & Fell (2003) Table 1 for the damage class and
// crack widths (sim-core/hazards/dam/damDamage.ts).
import { describe, expect, it } from 'vitest';
import { crestSettlementPercent, damageClassIndex, embankmentDamage, CRACK_WIDTH_MM, SETTLEMENT_BOUNDS, DAM_DAMAGE_CLASSES } from '../../sim-core/hazards/dam/damDamage.ts';

const g = 9.80665;

describe('crest settlement, Swaisgood (2003) eq. (1)', () => {
  it('is e^(6.07·PGA + 0.57·M − 8.00) % with PGA in g', () => {
    // Worked by hand: PGA 0.3 g, M 6.5 → e^(1.821 + 3.705 − 8) = e^(−2.474) = 0.0842 %.
    expect(crestSettlementPercent(0.3 * g, 6.5)).toBeCloseTo(0.0842, 4);
    // PGA 0.5 g, M 7 → e^(3.035 + 3.99 − 8) = e^(−0.975) = 0.3772 %.
    expect(crestSettlementPercent(0.5 * g, 7)).toBeCloseTo(0.3772, 4);
  });
  it('grows with shaking and with magnitude', () => {
    expect(crestSettlementPercent(0.4 * g, 6.5)).toBeGreaterThan(crestSettlementPercent(0.2 * g, 6.5));
    expect(crestSettlementPercent(0.3 * g, 7)).toBeGreaterThan(crestSettlementPercent(0.3 * g, 6));
  });
});

describe('damage class, Pells & Fell (2003) Table 1', () => {
  it('has the table’s settlement bounds and crack widths', () => {
    expect(SETTLEMENT_BOUNDS).toEqual([0.03, 0.2, 0.5, 1.5, 5]);
    expect(CRACK_WIDTH_MM.slice(0, 5)).toEqual([[0, 10], [10, 30], [30, 80], [80, 150], [150, 500]]);
  });
  it('reads each class at the table’s bounds', () => {
    expect([0.01, 0.03, 0.1, 0.2, 0.4, 0.5, 1, 1.5, 3, 5, 8].map(damageClassIndex)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('a 40 m dam in an Ms 6.5 quake: slight at 0.1 g, minor at 0.3 g, moderate at 0.5 g, major at 0.7 g', () => {
    const at = (pgaG: number) => embankmentDamage(pgaG * g, 6.5, 40);
    expect([0.1, 0.3, 0.5, 0.7].map((x) => at(x).damage)).toEqual(['none', 'minor', 'moderate', 'major']);
    // 0.3 g: 0.0842 % of 40 m = 3.4 cm; cracks 10–30 mm → 20 mm.
    expect(at(0.3).settlement).toBeCloseTo(0.0337, 3);
    expect(at(0.3).crackWidth).toBe(20);
    expect(DAM_DAMAGE_CLASSES[damageClassIndex(at(0.7).settlementPercent)]).toBe('major');
  });
});
