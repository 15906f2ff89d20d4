// The append-only log: accepted commands and emitted events, ordered by (t, seq).
import type { Command } from './commands/command.ts';
import type { SimEvent } from './events.ts';

export type CommandEntry = { entry: 'command'; t: number; seq: number } & Command;
export type EventEntry = { entry: 'event'; t: number; seq: number; visibleTo: string[] } & SimEvent;
export type LogEntry = CommandEntry | EventEntry;
