// What a console can ask of the exercise it shows, whether it runs on the server (online), in a
// Web Worker in this browser (offline practice) or from a log (replay).
import type { Ack, Speed, Store } from './store.ts';

export type AdHoc =
  | { kind: 'message'; to: string; text: { zh: string; en?: string }; from?: { zh: string; en?: string } }
  | { kind: 'closeRoad' | 'openRoad'; edges: number[]; reason?: { zh: string; en?: string } };

export interface Session {
  readonly mode: 'online' | 'offline' | 'replay';
  readonly store: Store;
  /** Gives an order as this console's role; resolves with the server's (or core's) answer. */
  command(cmd: Record<string, unknown>): Promise<Ack>;
  setSpeed(speed: Speed): Promise<Ack | { ok: true }>;
  /** 最快 to a chosen sim time, pausing there (director online, the trainee offline). */
  runTo?(t: number): Promise<Ack | { ok: true }>;
  /** Director: fire an MSEL inject now, or an ad-hoc one. */
  inject?(msg: { inject: string } | { adHoc: AdHoc }): Promise<Ack>;
  /** Director: a new exercise from now; the join codes of its roles. */
  fork?(): Promise<{ ok: true; id: string; codes: Record<string, string>; t: number } | { ok: false; error: string; message: string }>;
  /** Evaluator: a note tied to the current moment. */
  annotate?(text: string): Promise<{ ok: boolean; error?: string; message?: string }>;
  /** Show another role's view (director, replay, offline). */
  viewAs?(role: string): void;
  /** Replay: jump to a sim time. */
  seek?(t: number): void;
  /** Online: the page of events before the oldest held (the server keeps older ones back); how many came. */
  olderEvents?(): Promise<number>;
  /** The after-action report as HTML (offline, replay, online director). */
  reportHtml?(): Promise<string>;
  close(): void;
}
