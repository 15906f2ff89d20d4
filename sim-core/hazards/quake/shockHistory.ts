// The shocks so far — the main shock and the aftershocks that followed (entities.quake.aftershocks)
// — and the rule for a failure that can happen at any of them: what stood through the strongest
// shaking so far fails at a new shock with the conditional chance of the same fragility,
// (P(I_now) − P(I_prior)) / (1 − P(I_prior)). A weaker shock adds nothing, and two shocks never
// count one failure twice (the failure is one capacity exceeded, not two independent draws).
import type { SimContext } from '../../context.ts';
import { shakingSource, type ShakingSource } from './shaking.ts';

/** The chance that what survived shaking with failure chance `prior` fails under shaking with chance `now`. */
export function conditionalChance(now: number, prior: number): number {
  if (now <= prior || prior >= 1) return 0;
  return (now - prior) / (1 - prior);
}

/** Every shock so far (main, then the aftershocks in order), prepared. Needs the main shock to have struck. */
export function priorSources(ctx: SimContext): ShakingSource[] {
  const main = ctx.scenario.earthquake!;
  const after = ctx.state.entities.quake?.aftershocks ?? [];
  return [shakingSource(main), ...after.map((a) => shakingSource({ magnitude: a.magnitude, epicentre: { x: a.x, y: a.y }, depth: a.depth, strike: a.strike }))];
}

/** The strongest intensity and PGA (m/s²) any of `sources` gave at (x, y), each its own maximum. */
export function peakShaking(sources: readonly ShakingSource[], x: number, y: number): { intensity: number; pga: number } {
  let intensity = -Infinity, pga = 0;
  for (const s of sources) { const a = s.at(x, y); intensity = Math.max(intensity, a.intensity); pga = Math.max(pga, a.pga); }
  return { intensity, pga };
}

/** The strongest intensity any of `sources` gave at (x, y). */
export function peakIntensity(sources: readonly ShakingSource[], x: number, y: number): number {
  let i = -Infinity;
  for (const s of sources) i = Math.max(i, s.at(x, y).intensity);
  return i;
}
