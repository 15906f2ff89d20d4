// The earthquake at the dams: the shaking at each reservoir's dam (hazards/quake/shaking.ts)
// damages it by damDamage.ts. What the shock did is the truth, seen by director and evaluator;
// the chief learns of a dam's damage when it is reported (a damCrack inject, the reservoir
// manager's call), as after a real earthquake the dams are inspected before anyone knows.
import type { SimContext } from '../../context.ts';
import { shakingSource, type ScenarioQuake } from '../quake/shaking.ts';
import { embankmentDamage } from './damDamage.ts';
import { damageDam, damHeight } from './breachRisk.ts';

export function shakeDams(ctx: SimContext, q: ScenarioQuake, cause = 'quake'): void {
  const src = shakingSource(q);
  for (const r of ctx.scenario.reservoirs) {
    const d = embankmentDamage(src.at(r.x, r.y).pga, q.magnitude, damHeight(r));
    if (d.damage !== 'none') damageDam(ctx, r.id, d, cause, []);
  }
}
