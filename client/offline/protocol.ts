// Messages between a console and the simulation worker (offline practice and replay).
import type { View } from '../../sim-core/views.ts';
import type { EventEntry, LogEntry } from '../../sim-core/log.ts';
import type { Clock, Speed } from '../session/store.ts';
import type { RequirementFacts } from '../../sim-core/plan/tracker.ts';

export type ToWorker =
  | { type: 'practice'; folder: string; seed: number; role: string; speed: Speed; until: number }
  | { type: 'replay'; folder: string; seed: number; entries: LogEntry[]; until: number }
  | { type: 'command'; id: number; command: Record<string, unknown> }
  | { type: 'speed'; speed: Speed }
  | { type: 'viewAs'; role: string }
  | { type: 'seek'; t: number }
  | { type: 'report'; id: number };

export type FromWorker =
  | { type: 'ready'; until: number; hasPlan: boolean }
  | { type: 'failed'; message: string }
  | { type: 'view'; view: View; clock: Clock; events: EventEntry[]; resetEvents: boolean; facts: RequirementFacts[] | null }
  | { type: 'raster'; water: { grid: { width: number; height: number; cellSize: number }; cm: Uint16Array }; fire: Uint8Array }
  | { type: 'ack'; id: number; ack: { ok: true; seq: number; t: number } | { ok: false; error: string; message: string } }
  | { type: 'report'; id: number; html: string };
