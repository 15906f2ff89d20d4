// 断电、断通信、断水 by intensity: the chance that a village loses each service in the main shock,
// and the work to bring it back. ASSUMED figures (docs/verification.md): HAZUS-MH's lifeline
// fragilities are per component (substations, central offices, pipe repair rates per km) and a
// village's network is not in the scenario, so the chance is set per intensity degree, rising
// from none at V to near certain at IX — power first (lines and transformers on poles), water
// next (pipes and the village pump need power), communications last (base stations hold on
// batteries for a few hours, but fibre on poles breaks). Restoration by a repair team on scene
// (task `repair`): the person-hours each service needs at a village.
import type { Outage } from '../../world/outage.ts';

/** Chance of a cut at intensity VI, VII, VIII, IX (linear between; none at V or below; IX's above). */
const CUT_CHANCE: Record<Outage, readonly [number, number, number, number]> = {
  power: [0.05, 0.3, 0.7, 0.95],
  water: [0.02, 0.2, 0.5, 0.85],
  comms: [0.02, 0.15, 0.5, 0.9],
};

export function cutChance(service: Outage, intensity: number): number {
  const c = CUT_CHANCE[service];
  if (intensity <= 5) return 0;
  if (intensity >= 9) return c[3];
  const lo = Math.floor(intensity);
  const at = (i: number): number => (i <= 5 ? 0 : c[i - 6]);
  return at(lo) + (at(lo + 1) - at(lo)) * (intensity - lo);
}

/** Person-hours of a repair team on scene to bring the service back at one village (assumed). */
export const REPAIR_PERSON_HOURS: Record<Outage, number> = { power: 60, comms: 30, water: 90 };
