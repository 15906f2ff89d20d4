// An exact copy of a sim's state at one moment: restore + the rest of the log gives the same
// hash as the straight run. The JSON codec turns fields into base64 for storage.
import type { AleaState, StreamName } from './rng/streams.ts';
import type { LogEntry } from './log.ts';
import type { Entities } from './state.ts';
import { fromBase64, toBase64 } from './base64.ts';

export interface Snapshot {
  format: 'tuiyan-snapshot/1';
  scenario: string;
  seed: number;
  t: number;
  seq: number;
  entities: Entities;
  fields: { edgeClosed: Uint8Array; version: number };
  rng: Record<StreamName, AleaState>;
  log: LogEntry[];
  logDigest: string;
}

export function snapshotToJson(s: Snapshot): string {
  return JSON.stringify({ ...s, fields: { edgeClosed: toBase64(s.fields.edgeClosed), version: s.fields.version } });
}

export function snapshotFromJson(text: string): Snapshot {
  const raw = JSON.parse(text) as Omit<Snapshot, 'fields'> & { fields: { edgeClosed: string; version: number } };
  if (raw.format !== 'tuiyan-snapshot/1') throw new Error(`not a tuiyan snapshot (format ${JSON.stringify(raw.format)})`);
  return { ...raw, fields: { edgeClosed: fromBase64(raw.fields.edgeClosed), version: raw.fields.version } };
}
