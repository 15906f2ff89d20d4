// 热带气旋等级 by the maximum 2-min mean surface wind (GB/T 19201-2006): 热带低压 10.8–17.1,
// 热带风暴 17.2–24.4, 强热带风暴 24.5–32.6, 台风 32.7–41.4, 强台风 41.5–50.9, 超强台风 ≥ 51.0 m/s.
// (The scenario's wind is a 10-min mean; the grade is read from it as is, a small understatement.)
export const TYPHOON_GRADES = ['depression', 'tropicalStorm', 'severeTropicalStorm', 'typhoon', 'severeTyphoon', 'superTyphoon'] as const;
export type TyphoonGrade = typeof TYPHOON_GRADES[number];

const FLOORS = [0, 17.2, 24.5, 32.7, 41.5, 51.0];

export function typhoonGrade(maxWind: number): TyphoonGrade {
  let k = 0;
  while (k + 1 < FLOORS.length && maxWind >= FLOORS[k + 1]) k++;
  return TYPHOON_GRADES[k];
}
