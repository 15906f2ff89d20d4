// Exercise speeds: how many sim seconds pass per wall second (DESIGN.md: paused, 1×, 10×, 60×,
// max). `max` runs as fast as the machine allows, in slices that leave room for other work.
export const SPEEDS = ['paused', '1x', '10x', '60x', 'max'] as const;
export type Speed = typeof SPEEDS[number];
export type RunningSpeed = Exclude<Speed, 'paused'>;

export const RATE: Record<RunningSpeed, number> = { '1x': 1, '10x': 10, '60x': 60, max: Infinity };

export function isSpeed(s: unknown): s is Speed {
  return typeof s === 'string' && (SPEEDS as readonly string[]).includes(s);
}
