// Team classes a plan may ask for ("any medical team", "a team that can rescue from water"):
// a capability is the set of team types able to do it, from the rates the forces model uses
// (forces/teamWork.ts RESCUE_RATE and water kit, hazards/fireSuppression.ts LINE_RATE).
import type { TeamType } from '../forces/teamTypes.ts';

export const TEAM_CAPABILITIES = {
  medical: ['medical'],
  waterRescue: ['waterRescue', 'aviation', 'fireStation', 'specialService'],
  rescue: ['waterRescue', 'aviation', 'fireStation', 'specialService', 'army'],
  fireSuppression: ['forestFireBrigade', 'fireStation', 'specialService', 'army', 'aviation'],
} as const satisfies Record<string, readonly TeamType[]>;
export type TeamCapability = keyof typeof TEAM_CAPABILITIES;

export function teamHas(type: TeamType, capability: TeamCapability): boolean {
  return (TEAM_CAPABILITIES[capability] as readonly TeamType[]).includes(type);
}
