// One server per database: two processes resuming the same exercises would both write their
// logs. A lock file beside the database names the owning process; a lock left by a process
// that no longer runs (kill -9) is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class DatabaseLocked extends Error {}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Takes the lock for `db`; returns its release. In-memory databases need none. */
export function lockDatabase(db: string): () => void {
  if (db === ':memory:') return () => {};
  const file = `${db}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => { try { if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file); } catch { /* gone already */ } };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DatabaseLocked(`${db} is in use by another tuiyan server (process ${pid}); stop it, or give another --db`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseLocked(`could not lock ${db}`);
}
