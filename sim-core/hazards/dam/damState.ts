// A damaged dam's state (leaf type, under immer in entities.dams; absent until a dam is damaged,
// so scenarios without an earthquake or a crack inject hash as before).
import type { DamDamageClass } from './damDamage.ts';

export interface DamState {
  damage: DamDamageClass;
  /** Crest settlement (m) and the widest longitudinal crack (mm). */
  settlement: number;
  crackWidth: number;
  /** When it was first damaged, and by what (`quake`, or `inject:<id>` for a crack inject). */
  since: number;
  cause: string;
  /** The highest pool level the damaged dam may safely hold now, m (breachRisk.ts). */
  safeLevel: number;
  /** The breach draw: the unit-exponential exposure this dam withstands (−ln u, u drawn once from
   *  the `hazards` stream when first damaged), and the exposure accumulated so far. */
  endurance: number;
  exposure: number;
  /** Sim time up to which exposure has been accumulated. */
  checkedTo: number;
  /** Whether the pool was above the safe level at the last check (an event marks each crossing). */
  aboveSafe: boolean;
  /** Who knows of the damage (besides director and evaluator): the shock's damage is found only when
   *  someone reports it (a crack inject tells the chief), so its events reach only those who know. */
  knownTo: string[];
}
