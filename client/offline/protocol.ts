// Messages between a console and the simulation worker (offline practice and replay). The
// worker posts what the runtime's feed gives, the same messages the server sends over socket.io.
import type { EvaluationsMessage } from '../../runtime/evaluationBoard.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import type { Clock, Speed } from '../session/store.ts';
import type { ChecklistMessage, EventsMessage, Refresh } from '../../runtime/feed.ts';
import type { RasterMessage } from '../../runtime/rasters.ts';
import type { MaxStop } from '../../runtime/maxRun.ts';

export type ToWorker =
  | { type: 'practice'; folder: string; seed: number; role: string; speed: Speed; until: number }
  // `auth`: a token that may read the scenario's script (a replay must fire the same injects).
  | { type: 'replay'; folder: string; seed: number; entries: LogEntry[]; until: number; auth?: string }
  | { type: 'command'; id: number; command: Record<string, unknown> }
  | { type: 'speed'; speed: Speed; stopAt?: MaxStop }
  | { type: 'viewAs'; role: string }
  | { type: 'seek'; t: number }
  | { type: 'report'; id: number };

export type FromWorker =
  | { type: 'ready'; until: number; hasPlan: boolean }
  | { type: 'failed'; message: string }
  | { type: 'feed'; view: Refresh; events: EventsMessage | null; checklist: ChecklistMessage | null; evaluations?: EvaluationsMessage | null; clock: Clock }
  | { type: 'raster'; layers: RasterMessage[] }
  | { type: 'ack'; id: number; ack: { ok: true; seq: number; t: number } | { ok: false; error: string; message: string } }
  | { type: 'report'; id: number; html: string };
