// The public surface of the simulation core.
export { createSim, restoreSim, Sim, type SimOptions } from './sim.ts';
export type { Command, ApplyResult, RejectionReason } from './commands/command.ts';
export { COMMAND_TYPES, REJECTION_REASONS } from './commands/command.ts';
export { parseRole, allRoles, roleString, type Role } from './commands/roles.ts';
export type { SimEvent, SimEventKind } from './events.ts';
export type { LogEntry, CommandEntry, EventEntry } from './log.ts';
export type { SimState, Entities, UnitState, Report, ResponseLevel } from './state.ts';
export { snapshotToJson, snapshotFromJson, type Snapshot } from './snapshot.ts';
export type { View, UnitView } from './views.ts';
export type { Scenario, TeamDef } from './world/scenario.ts';
export { parseDuration, formatClock, formatDuration } from './time/duration.ts';
