// An exact copy of a sim's state at one moment: restore + the rest of the log gives the same
// hash as the straight run. The server stores it with its typed arrays as raw bytes
// (server/serve/snapshotCodec.ts); the browser keeps it as it is.
import type { AleaState, StreamName } from './rng/streams.ts';
import type { LogEntry } from './log.ts';
import type { MetricSample } from './metricSample.ts';
import type { Entities, Fields } from './state.ts';
import type { SiteCrowdSnapshot } from './people/sites/siteCrowd.ts';

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
  /** Crowds being emptied from sites (people/sites/), by site id; absent when none is. */
  crowds?: Record<string, SiteCrowdSnapshot>;
}
