// An exact copy of a sim's state at one moment: restore + the rest of the log gives the same
// hash as the straight run. The JSON codec turns fields into base64 for storage.
import type { AleaState, StreamName } from './rng/streams.ts';
import type { LogEntry } from './log.ts';
import type { MetricSample } from './metricSample.ts';
import type { Entities, Fields } from './state.ts';
import { fieldsFromJson, fieldsToJson, type FieldsJson } from './fields.ts';

export interface Snapshot {
  format: 'tuiyan-snapshot/1';
  scenario: string;
  seed: number;
  t: number;
  seq: number;
  entities: Entities;
  fields: Fields;
  rng: Record<StreamName, AleaState>;
  log: LogEntry[];
  series: MetricSample[];
  logDigest: string;
}

export function snapshotToJson(s: Snapshot): string {
  return JSON.stringify({ ...s, fields: fieldsToJson(s.fields) });
}

export function snapshotFromJson(text: string): Snapshot {
  const raw = JSON.parse(text) as Omit<Snapshot, 'fields'> & { fields: FieldsJson };
  if (raw.format !== 'tuiyan-snapshot/1') throw new Error(`not a tuiyan snapshot (format ${JSON.stringify(raw.format)})`);
  return { ...raw, fields: fieldsFromJson(raw.fields) };
}
