// Where the validation queue lives: a redis://HOST:PORT[/DB] address, read into the connection
// options BullMQ takes. A malformed address is the user's error (exit 2), named as given.
import type { ConnectionOptions } from 'bullmq';
import { UsageError } from '../cli/args.ts';

/** The queue every submitter and worker uses unless told otherwise (--queue-name). */
export const DEFAULT_QUEUE_NAME = 'tuiyan-validate';

export function queueConnection(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--queue must be an address like redis://HOST:6379, not ${JSON.stringify(url)}`);
  }
  if (u.protocol !== 'redis:') throw new UsageError(`--queue must start with redis://, not ${JSON.stringify(url)}`);
  const port = u.port ? Number(u.port) : 6379;
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new UsageError(`--queue database must be a whole number, not ${JSON.stringify(u.pathname.slice(1))}`);
  return {
    host: u.hostname || '127.0.0.1', port, db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    // BullMQ workers block on Redis; they must not give up a command after a few retries.
    maxRetriesPerRequest: null,
  };
}

export function queueNameFlag(name: string | undefined): string {
  if (name === undefined) return DEFAULT_QUEUE_NAME;
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) throw new UsageError(`--queue-name must be letters, digits, '-', '_' or '.', not ${JSON.stringify(name)}`);
  return name;
}
