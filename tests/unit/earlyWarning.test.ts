// 地震预警 (people/sites/earlyWarning.ts): warning time = hypocentral distance / 3.5 km/s − the
// alert's 10 s (seed 001: issued 5–10 s after the quake); a blind zone round the epicentre; no
// receiver, no warning; people warned 3 s or more ahead have half the non-fatal injuries
// (Strauss & Allen 2016: "more than 50%").
import { describe, expect, it } from 'vitest';
import { ALERT_DELAY, earlyWarningSeconds, injuryFactor, S_WAVE_SPEED } from '../../sim-core/people/sites/earlyWarning.ts';
import type { ScenarioQuake } from '../../sim-core/hazards/quake/shaking.ts';

const quake: ScenarioQuake = { magnitude: 6.5, epicentre: { x: 10_000, y: 20_000 }, depth: 10_000, strike: 45 };

describe('earthquake early warning', () => {
  it('gives the S-wave travel time less the alert delay, from the hypocentre', () => {
    // 70 km east: R = √(70² + 10²) = 70.71 km → 20.20 s − 10 s = 10.2 s.
    expect(earlyWarningSeconds({ x: 80_000, y: 20_000, receiver: true }, quake)).toBe(10.2);
    // At 5 s (the plan's best case) the same place has 15.2 s.
    expect(earlyWarningSeconds({ x: 80_000, y: 20_000, receiver: true }, quake, 5)).toBe(15.2);
  });

  it('has a blind zone of v_S · delay round the hypocentre, and gives nothing without a receiver', () => {
    const edge = Math.sqrt((S_WAVE_SPEED * ALERT_DELAY) ** 2 - quake.depth ** 2);
    expect(earlyWarningSeconds({ x: 10_000 + edge - 100, y: 20_000, receiver: true }, quake)).toBe(0);
    expect(earlyWarningSeconds({ x: 10_000 + edge + 500, y: 20_000, receiver: true }, quake)).toBeGreaterThan(0);
    expect(earlyWarningSeconds({ x: 80_000, y: 20_000, receiver: false }, quake)).toBe(0);
  });

  it('halves non-fatal injuries of people warned at least 3 s ahead', () => {
    expect(injuryFactor(0)).toBe(1);
    expect(injuryFactor(2.9)).toBe(1);
    expect(injuryFactor(3)).toBe(0.5);
    expect(injuryFactor(12)).toBe(0.5);
  });
});
