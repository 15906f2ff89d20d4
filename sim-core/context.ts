// What a command handler or a subsystem works with: the scenario, the state, a way to change
// entities (through immer) and a way to emit events. Events are buffered and written to the log
// by the sim, after the command that caused them.
import type { Draft } from 'immer';
import type { SimEvent } from './events.ts';
import type { Entities, SimState } from './state.ts';
import type { Scenario } from './world/scenario.ts';
import type { SimScratch } from './simScratch.ts';

export interface SimContext {
  readonly scenario: Scenario;
  readonly state: SimState;
  /** This sim's work memory (simScratch.ts): never shared with another sim of the scenario. */
  readonly scratch: SimScratch;
  emit(event: SimEvent, visibleTo: readonly string[]): void;
  update(recipe: (draft: Draft<Entities>) => void): void;
}

/** Roles that see everything a unit does: the chief, the unit's team and its owning township. */
export function unitAudience(scenario: Scenario, unitId: string): string[] {
  const owner = scenario.teams.find((t) => t.id === unitId)?.owner;
  const out = ['chief', `team:${unitId}`];
  if (owner && owner !== 'district') out.push(`township:${owner}`);
  return out;
}
