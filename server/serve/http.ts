// The HTTP side: the JSON API (DESIGN.md "The exercise server") and the built client
// (dist/client, when `vite build` has made it; otherwise a page that says so and lists the API).
// Bodies are size-limited and validated with zod; every answer is JSON with an `error` code on
// failure; no request can take the process down.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { z } from 'zod';
import { codeBody, createExerciseBody, describeIssues, joinBody, MAX_BODY_BYTES } from './protocol.ts';
import { JoinGuard } from './joinGuard.ts';
import { HubError, summary, type ExerciseHub } from './hub.ts';
import { sameSecret } from './ids.ts';
import { LOG_FORMAT } from '../run/logFile.ts';
import { scenarioRoute } from './scenarioRoutes.ts';
import { AdminRoutes } from './admin/adminRoutes.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.wasm': 'application/wasm', '.map': 'application/json',
};

export interface HttpContext {
  hub: ExerciseHub;
  adminToken: string;
  /** The built client folder (may not exist). */
  clientDir: string;
  /** Folder of the scenario folders the browser may fetch (GET /api/scenarios). */
  scenariosDir: string;
  /** A practice server gives every scenario's script to anyone (ServeOptions.practice). */
  practice?: boolean;
  log(message: string): void;
  /** Ends every socket in a room (the admin page deletes or rewinds an exercise). */
  dropRoom?(room: string): void;
}

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) { super(message); }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/**
 * A JSON body must say so: a browser sends a cross-site "simple" form POST (text/plain,
 * form-urlencoded) without asking first, so such a request must not reach a handler.
 */
function requireJson(req: IncomingMessage): void {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    throw new HttpError(415, 'unsupportedMediaType', `send the body as JSON with content-type: application/json${type ? `, not ${type.slice(0, 60)}` : ''}`);
  }
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return null;
  const m = /^Bearer\s+(\S{1,200})$/.exec(h);
  return m ? m[1] : null;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) { reject(new HttpError(413, 'tooLarge', `a request body may be at most ${MAX_BODY_BYTES} bytes`)); req.resume(); return; }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) { failed = true; reject(new HttpError(413, 'tooLarge', `a request body may be at most ${MAX_BODY_BYTES} bytes`)); return; }
      chunks.push(c);
    });
    req.on('error', (err) => { if (!failed) { failed = true; reject(err); } });
    req.on('end', () => {
      if (failed) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try { resolve(text.trim() ? JSON.parse(text) : {}); } catch { reject(new HttpError(400, 'malformed', 'the body is not JSON')); }
    });
  });
}

async function parseBody<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  requireJson(req);
  const parsed = schema.safeParse(await readBody(req));
  if (!parsed.success) throw new HttpError(400, 'malformed', describeIssues(parsed.error));
  return parsed.data;
}

export function placeholderPage(): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>推演 tuiyan — exercise server</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em}code{background:#f3f3f3;padding:0 .2em}</style></head>
<body><h1>推演 tuiyan</h1>
<p>The exercise server is running, but the browser client is not built yet (浏览器端尚未构建). When it is,
<code>npx vite build</code> puts it in <code>dist/client/</code> and this page becomes the client.
A join link <code>/?code=XXXXXX</code> then opens that role's console.</p>
<h2>API</h2>
<ul>
<li><code>POST /api/exercises {scenario, seed?, plan?, speed?, until?, played?}</code> (admin: <code>Authorization: Bearer &lt;admin token&gt;</code>) → <code>{id, codes: {role: code}}</code></li>
<li><code>GET /api/exercises</code> (admin) — the exercises</li>
<li><code>POST /api/join {code, name?}</code> → <code>{token, role, exerciseId}</code> (the director's code also needs the admin token; attempts are rate-limited per address, 429 with Retry-After)</li>
<li><code>POST /api/exercises/:id/codes {role, action: "reissue" | "revoke"}</code> (admin or director token) → <code>{role, code, codes}</code></li>
<li>Every JSON body needs <code>content-type: application/json</code> (else 415).</li>
<li><code>GET /api/exercises/:id/report</code> (admin, director or evaluator token) — outcome measures and annotations</li>
<li><code>GET /api/exercises/:id/state?t=SECONDS</code> (admin) — the state hash replayed to a time</li>
<li><code>GET /api/exercises/:id/log.jsonl</code> (admin) — the log, for <code>tuiyan replay</code></li>
<li>socket.io (websocket), <code>auth: {token}</code>: client → <code>command</code>, <code>sync {version}</code>; director → <code>inject</code>, <code>clock</code>, <code>fork {at}</code>; evaluator → <code>annotate {text, seq?}</code>.
Server → <code>view {version, view}</code>, <code>patch {version, from, patches}</code>, <code>event {entries}</code>, <code>raster</code>, <code>clock {t, speed}</code>.</li>
</ul></body></html>`;
}

function serveStatic(ctx: HttpContext, pathname: string, res: ServerResponse): void {
  const index = join(ctx.clientDir, 'index.html');
  if (!existsSync(index)) {
    if (pathname === '/' || pathname === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(placeholderPage());
    } else send(res, 404, { error: 'notFound', message: `no ${pathname} (the client is not built)` });
    return;
  }
  let decoded: string;
  try { decoded = decodeURIComponent(pathname); } catch { send(res, 400, { error: 'malformed', message: 'a malformed URL' }); return; }
  let file = normalize(join(ctx.clientDir, decoded));
  if (!file.startsWith(ctx.clientDir + sep) && file !== ctx.clientDir) { send(res, 404, { error: 'notFound', message: pathname }); return; }
  if (!existsSync(file) || !statSync(file).isFile()) file = index; // client-side routes
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

export function httpHandler(ctx: HttpContext) {
  const { hub } = ctx;
  const joinGuard = new JoinGuard(hub.limits);
  const isAdmin = (req: IncomingMessage) => { const b = bearer(req); return b !== null && sameSecret(b, ctx.adminToken); };
  const requireAdmin = (req: IncomingMessage) => { if (!isAdmin(req)) throw new HttpError(401, 'adminRequired', 'this needs the admin token: Authorization: Bearer <admin token>'); };
  const exerciseOf = (id: string) => {
    const ex = hub.get(id);
    if (!ex) throw new HttpError(404, 'unknownExercise', `no exercise ${JSON.stringify(id.slice(0, 40))}`);
    return ex;
  };
  const admin = new AdminRoutes({ hub, send, body: (req, schema) => parseBody(req, schema as never), dropRoom: (room) => ctx.dropRoom?.(room) });

  // The script of a scenario: the admin, or a director or evaluator of an exercise playing it.
  const scriptReader = (req: IncomingMessage) => (folder: string) => {
    if (ctx.practice || isAdmin(req)) return true;
    const tok = bearer(req);
    const info = tok ? hub.tokenInfo(tok) : undefined;
    if (!info || (info.role !== 'director' && info.role !== 'evaluator')) return false;
    return hub.store.exercise(info.exercise)?.scenario === folder;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (scenarioRoute(ctx.scenariosDir, path, method, req, res, scriptReader)) return;
    if (!path.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'methodNotAllowed', `${method} ${path}`);
      serveStatic(ctx, path, res);
      return;
    }
    if (path.startsWith('/api/admin/')) {
      requireAdmin(req);
      if (await admin.route(req, res, path)) return;
      throw new HttpError(404, 'notFound', `no ${method} ${path}`);
    }
    if (path === '/api/exercises' && method === 'POST') {
      requireAdmin(req);
      const body = await parseBody(req, createExerciseBody);
      const { id, codes } = hub.create(body);
      send(res, 201, { id, codes });
      return;
    }
    if (path === '/api/exercises' && method === 'GET') {
      requireAdmin(req);
      send(res, 200, { exercises: hub.store.exercises().map((r) => summary(r, hub.exercises.get(r.id)?.t ?? r.t)) });
      return;
    }
    if (path === '/api/join' && method === 'POST') {
      const address = req.socket.remoteAddress ?? 'unknown';
      const wait = joinGuard.admit(address);
      if (wait > 0) {
        req.resume();
        throw new HttpError(429, 'tooManyAttempts', `too many join attempts from this address; try again in ${wait} s`, { 'retry-after': String(wait) });
      }
      const body = await parseBody(req, joinBody);
      try {
        send(res, 200, hub.join(body.code, body.name, isAdmin(req)));
      } catch (err) {
        if (err instanceof HubError && err.code === 'unknownCode') joinGuard.failed(address);
        throw err;
      }
      return;
    }
    if (path === '/api/stats' && method === 'GET') {
      requireAdmin(req);
      const m = process.memoryUsage();
      send(res, 200, {
        memory: { rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20, externalMb: m.external / 2 ** 20, arrayBuffersMb: m.arrayBuffers / 2 ** 20 },
        exercises: [...hub.exercises.values()].map((ex) => ({ id: ex.id, t: ex.t, speed: ex.row.speed, status: ex.row.status, sockets: [...ex.sockets.values()].reduce((a, b) => a + b, 0), byRole: Object.fromEntries([...ex.sockets.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) })),
      });
      return;
    }
    const codesPath = /^\/api\/exercises\/([A-Za-z0-9_-]{1,40})\/codes$/.exec(path);
    if (codesPath && method === 'POST') {
      const id = codesPath[1];
      const tok = bearer(req);
      const info = tok ? hub.tokenInfo(tok) : undefined;
      if (!isAdmin(req) && !(info && info.exercise === id && info.role === 'director')) {
        throw new HttpError(401, 'notPermitted', "join codes are the admin's and the director's to change");
      }
      const ex = exerciseOf(id);
      const body = await parseBody(req, codeBody);
      const code = body.action === 'reissue' ? hub.reissueCode(ex, body.role) : (hub.revokeCode(ex, body.role), null);
      send(res, 200, { role: body.role, code, codes: hub.store.codes(id) });
      return;
    }
    const m = /^\/api\/exercises\/([A-Za-z0-9_-]{1,40})(?:\/(report|state|log\.jsonl))?$/.exec(path);
    if (m && method === 'GET') {
      const [, id, what] = m;
      if (what === 'report') {
        const tok = bearer(req);
        const info = tok ? hub.tokenInfo(tok) : undefined;
        if (!isAdmin(req) && !(info && info.exercise === id && (info.role === 'director' || info.role === 'evaluator'))) {
          throw new HttpError(401, 'notPermitted', 'the report is for the admin, the director and the evaluators');
        }
        const ex = exerciseOf(id);
        const aq = url.searchParams.get('at');
        const at = aq === null ? undefined : Number(aq);
        if (at !== undefined && (!Number.isSafeInteger(at) || at < 0 || at > ex.t)) throw new HttpError(400, 'outOfRange', `at must be whole seconds from 0 to the exercise's ${ex.t}`);
        if (url.searchParams.get('format') === 'html') {
          const html = await hub.reportHtml(ex, at);
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(html);
          return;
        }
        send(res, 200, await hub.report(ex, at));
        return;
      }
      requireAdmin(req);
      const ex = exerciseOf(id);
      if (!what) { send(res, 200, { ...summary(ex.row, ex.t), codes: hub.store.codes(id) }); return; }
      if (what === 'state') {
        const tq = url.searchParams.get('t');
        const t = tq === null ? ex.t : Number(tq);
        if (!Number.isSafeInteger(t) || t < 0 || t > ex.t) throw new HttpError(400, 'outOfRange', `t must be whole seconds from 0 to the exercise's ${ex.t}`);
        const past = await hub.stateAt(ex, t);
        send(res, 200, { t: past.t, stateHash: past.stateHash, seq: past.seq });
        return;
      }
      // log.jsonl: the same format `tuiyan run --out` writes, so `tuiyan replay` reads it.
      const sim = ex.sim;
      const header = { entry: 'header', format: LOG_FORMAT, scenario: ex.scenario.id, scenarioPath: `scenarios/${ex.row.scenario}`, seed: ex.row.seed, until: sim.state.t, stateHash: sim.hash() };
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'content-disposition': `attachment; filename="${id}.log.jsonl"` });
      res.end([header, ...sim.state.log].map((e) => JSON.stringify(e)).join('\n') + '\n');
      return;
    }
    throw new HttpError(404, 'notFound', `no ${method} ${path}`);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((err) => {
      if (res.headersSent) { res.destroy(); return; }
      if (err instanceof HttpError) send(res, err.status, { error: err.code, message: err.message }, err.headers);
      else if (err instanceof HubError) send(res, err.status, { error: err.code, message: err.message, ...('problems' in err ? { problems: (err as HubError & { problems: unknown }).problems } : {}) });
      else {
        ctx.log(`http ${req.method} ${req.url}: ${(err as Error).stack ?? err}`);
        send(res, 500, { error: 'internal', message: 'the server failed on this request; nothing was changed' });
      }
    });
  };
}
