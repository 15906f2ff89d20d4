// The exercise server: HTTP (API + client) and socket.io on one port, the exercise hub, and the
// SQLite store. On start every running exercise in the database resumes where it was.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { Store } from './store.ts';
import { ExerciseHub } from './hub.ts';
import { httpHandler } from './http.ts';
import { attachSockets } from './sockets.ts';
import { secretToken } from './ids.ts';
import { lockDatabase } from './dbLock.ts';
import { SCENARIOS_DIR } from './replay.ts';
import { limitsWith, type Limits } from './limits.ts';

/** socket.io drops a connection whose single message is bigger than this (bytes); smaller but
 *  still oversized messages get a `tooLarge` answer from the handlers. */
const MAX_TRANSPORT_BYTES = 1_000_000;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServeOptions {
  db: string;
  host?: string;
  port?: number;
  /** From TUIYAN_ADMIN_TOKEN, or generated. */
  adminToken?: string;
  scenariosDir?: string;
  clientDir?: string;
  /** A practice server (`serve --practice`): anyone may fetch a scenario's script, for offline
   *  practice in the browser. Never for a drill: the players could read the MSEL. */
  practice?: boolean;
  snapshotEvery?: number;
  /** Overrides of the per-address, per-token and per-role limits (limits.ts). */
  limits?: Partial<Limits>;
  log?(message: string): void;
}

export interface RunningServer {
  url: string;
  port: number;
  adminToken: string;
  hub: ExerciseHub;
  resumed: string[];
  failed: string[];
  close(): Promise<void>;
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const log = o.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const adminToken = o.adminToken ?? secretToken();
  const unlock = lockDatabase(o.db);
  let store: Store;
  try { store = new Store(o.db); } catch (err) { unlock(); throw err; }
  const http: HttpServer = createServer();
  const io = new Server(http, {
    transports: ['websocket'],
    maxHttpBufferSize: MAX_TRANSPORT_BYTES,
    serveClient: false,
    cors: { origin: false },
  });
  const hub = new ExerciseHub({
    store, scenariosDir: o.scenariosDir ?? SCENARIOS_DIR, snapshotEvery: o.snapshotEvery, limits: limitsWith(o.limits), dbFile: o.db, log,
    outbox: { emit: (room, event, payload) => { io.to(room).emit(event, payload); } },
  });
  const { resumed, failed } = hub.resumeAll();
  http.on('request', httpHandler({
    hub, adminToken, clientDir: o.clientDir ?? `${ROOT}dist/client`, scenariosDir: o.scenariosDir ?? SCENARIOS_DIR, practice: o.practice ?? false, log,
    dropRoom: (room) => io.in(room).disconnectSockets(true),
  }));
  attachSockets(io, hub, adminToken, log);
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(o.port ?? 8080, o.host ?? '127.0.0.1', () => { http.off('error', reject); resolve(); });
    });
  } catch (err) {
    store.close();
    unlock();
    throw err;
  }
  http.on('error', (err) => log(`http: ${err.message}`));
  hub.start();
  const port = (http.address() as AddressInfo).port;
  const host = o.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url, port, adminToken, hub, resumed, failed,
    close() {
      closing ??= (async () => {
        await hub.shutdown();
        io.disconnectSockets(true);
        await new Promise<void>((resolve) => io.close(() => resolve()));
        http.closeAllConnections?.();
        store.close();
        unlock();
      })();
      return closing;
    },
  };
}
