// The socket side of the exercise server (DESIGN.md "The exercise server"): a socket connects
// with a player token (or the admin token and an exercise id, as director), gets its role's
// full view, the raster layers and the clock, then patches. Every message is rate-limited,
// size-checked and validated before it reaches a handler; a bad one gets an error answer
// (the ack, or an `error` event) and changes nothing; no handler error escapes.
import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import {
  annotateMessage, clockMessage, commandMessage, describeIssues, eventsMessage, forkMessage, injectMessage, MAX_MESSAGE_CHARS, reportsMessage, socketAuth, syncMessage,
} from './protocol.ts';
import { TokenBucket } from './rateLimit.ts';
import { HubError, type ExerciseHub } from './hub.ts';
import type { Exercise } from './exercise.ts';
import { rooms } from './rooms.ts';
import { sameSecret } from './ids.ts';
import { parseRole, seesTruth } from '../../sim-core/commands/roles.ts';
import { edgeProblem } from './edge.ts';

/** Per socket: a burst of 40 messages, then 20 a second. */
const BUCKET_CAPACITY = 40;
const BUCKET_RATE = 20;
/** A socket refused this many times is flooding and is cut off. */
const MAX_REFUSED = 2000;
/** How long the console of a cut socket waits before it reconnects by itself, seconds (told to it in the `cut` message). */
const CUT_PAUSE_S = 10;

/** `viewOnly`: the director looking through `role`'s eyes — it receives that role's feed and may send nothing. */
interface SocketData { exercise: Exercise; role: string; name: string | null; token: string | null; viewOnly?: boolean }

type Reply = (answer: Record<string, unknown> & { ok: boolean }) => void;

const KNOWN_EVENTS = new Set(['command', 'sync', 'inject', 'clock', 'fork', 'annotate', 'reports', 'events']);

function sizeOf(v: unknown): number {
  try { return JSON.stringify(v)?.length ?? 0; } catch { return Infinity; }
}

export function attachSockets(io: Server, hub: ExerciseHub, adminToken: string, log: (m: string) => void): void {
  /** Sockets open per player token (a token on 20 sockets multiplied every per-socket limit). */
  const perToken = new Map<string, number>();
  const release = (token: string) => {
    const n = (perToken.get(token) ?? 1) - 1;
    if (n <= 0) perToken.delete(token); else perToken.set(token, n);
  };
  io.use((socket, next) => {
    try {
      const auth = socketAuth.safeParse(socket.handshake.auth);
      if (!auth.success) return next(new Error('unauthorized: connect with auth {token}'));
      const { token, exercise } = auth.data;
      let data: SocketData | null = null;
      if (exercise !== undefined && sameSecret(token, adminToken)) {
        const ex = hub.get(exercise);
        if (ex) data = { exercise: ex, role: 'director', name: null, token: null };
      } else {
        const row = hub.tokenInfo(token);
        const ex = row ? hub.get(row.exercise) : undefined;
        if (row && ex) data = { exercise: ex, role: row.role, name: row.name, token };
      }
      if (!data) return next(new Error('unauthorized: unknown token or exercise'));
      if (auth.data.viewAs !== undefined) {
        // Only the director looks through others' eyes; it gets no token of theirs and marks nothing played.
        if (data.role !== 'director') return next(new Error('notPermitted: only the director may view as another role'));
        const r = parseRole(auth.data.viewAs, data.exercise.scenario);
        if (!r) return next(new Error(`unknownRole: no role ${JSON.stringify(auth.data.viewAs.slice(0, 80))} in this exercise`));
        data = { ...data, role: auth.data.viewAs, name: null, viewOnly: true };
      }
      if (data.token !== null) {
        const open = perToken.get(data.token) ?? 0;
        if (open >= hub.limits.socketsPerToken) return next(new Error(`tooManySockets: this token already has ${open} connections open, as many as one may; close one first`));
        perToken.set(data.token, open + 1);
        // Given back when the socket goes, or at once if the handshake never completes.
        const token = data.token;
        let released = false;
        const once = () => { if (!released) { released = true; release(token); } };
        socket.on('disconnect', once);
        socket.conn.once('close', once);
      }
      socket.data = data;
      next();
    } catch (err) {
      log(`socket auth: ${(err as Error).stack ?? err}`);
      next(new Error('internal error'));
    }
  });

  io.on('connection', (socket) => {
    try {
      onConnection(socket, hub, log);
    } catch (err) {
      log(`socket connection: ${(err as Error).stack ?? err}`);
      socket.disconnect(true);
    }
  });
}

function sendState(socket: Socket, ex: Exercise, role: string): void {
  const ch = ex.channels.get(role)!;
  socket.emit('view', ch.view());
  // The events up to the feed's cursor; later ones come with the role's next refresh, each once.
  socket.emit('event', { entries: ch.backlog(ex.sim), reset: true });
  const checklist = ch.checklist(ex.planHidden);
  if (checklist) socket.emit('checklist', checklist);
  const evaluations = ch.evaluationsBacklog(ex.sim);
  if (evaluations) socket.emit('evaluations', evaluations);
  for (const layer of ex.rasterLayersFor(role)) socket.emit('raster', layer);
  socket.emit('clock', ex.clockMessage());
}

function onConnection(socket: Socket, hub: ExerciseHub, log: (m: string) => void): void {
  const { exercise: ex, role, name, viewOnly } = socket.data as SocketData;
  const bucket = new TokenBucket(BUCKET_CAPACITY, BUCKET_RATE);
  const fire = ex.fireRoom(role);
  socket.join([rooms.all(ex.id), rooms.role(ex.id, role), ...(fire ? [fire] : [])]);
  ex.join(role);
  socket.on('disconnect', () => ex.leave(role));
  socket.emit('welcome', { exerciseId: ex.id, role, name, scenario: ex.scenario.id, folder: ex.row.scenario, parent: ex.row.parent, forkAt: ex.row.forkAt });
  sendState(socket, ex, role);

  /** Admits one message: rate limit, ack function, size; null (after answering) if refused. */
  function admit(event: string, args: unknown[]): { data: unknown; reply: Reply } | null {
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: unknown) => void) : null;
    const reply: Reply = (answer) => {
      if (ack) ack(answer);
      else if (!answer.ok) socket.emit('error', { event, ...answer });
    };
    if (!bucket.take()) {
      reply({ ok: false, error: 'rateLimited', message: `more than ${BUCKET_RATE} messages a second; slow down` });
      if (bucket.refused > MAX_REFUSED) {
        // Told first, so the console can say why in its own language and come back after a pause
        // (socket.io does not reconnect by itself after the server ends a connection).
        socket.emit('cut', { reason: 'flooded', retryAfter: CUT_PAUSE_S });
        socket.disconnect(true);
      }
      return null;
    }
    if (!KNOWN_EVENTS.has(event)) {
      reply({ ok: false, error: 'unknownEvent', message: `unknown event ${JSON.stringify(event.slice(0, 40))}; known: ${[...KNOWN_EVENTS].join(', ')}` });
      return null;
    }
    if (args.length !== 1) {
      reply({ ok: false, error: 'malformed', message: `${event} takes one payload object${ack ? '' : ' (and an ack callback)'}` });
      return null;
    }
    if (sizeOf(args[0]) > MAX_MESSAGE_CHARS) {
      reply({ ok: false, error: 'tooLarge', message: `a message may be at most ${MAX_MESSAGE_CHARS} characters of JSON` });
      return null;
    }
    // The director writes the script (long expected responses): bounded by the message size and the core, not the players' text limit.
    const odd = edgeProblem(args[0], role === 'director' ? MAX_MESSAGE_CHARS : hub.limits.textChars);
    if (odd) { reply(odd); return null; }
    return { data: args[0], reply };
  }

  function on<S extends z.ZodType>(event: string, schema: S, allowed: readonly string[] | null, handler: (data: z.infer<S>, reply: Reply) => void): void {
    socket.on(event, (...args: unknown[]) => {
      let reply: Reply | null = null;
      try {
        const msg = admit(event, args);
        if (!msg) return;
        reply = msg.reply;
        const parsed = schema.safeParse(msg.data);
        if (!parsed.success) { reply({ ok: false, error: 'malformed', message: describeIssues(parsed.error) }); return; }
        if (viewOnly && event !== 'sync') { reply({ ok: false, error: 'viewOnly', message: `this connection only views as ${role}; act from the director's own console` }); return; }
        if (allowed && !allowed.includes(role)) { reply({ ok: false, error: 'notPermitted', message: `${event} is for ${allowed.join(' or ')}, not ${role}` }); return; }
        handler(parsed.data, reply);
      } catch (err) {
        if (err instanceof HubError) { reply?.({ ok: false, error: err.code, message: err.message }); return; }
        log(`socket ${event} (${ex.id}, ${role}): ${(err as Error).stack ?? err}`);
        reply?.({ ok: false, error: 'internal', message: 'the server failed on this message; nothing was changed' });
      }
    });
  }

  // Events with no handler still get an answer (and count against the rate limit).
  socket.onAny((event: unknown, ...args: unknown[]) => {
    try {
      if (typeof event !== 'string' || !KNOWN_EVENTS.has(event)) admit(typeof event === 'string' ? event : String(event), args);
    } catch (err) {
      log(`socket onAny: ${(err as Error).stack ?? err}`);
    }
  });

  // A player's ack carries no log number: its gaps would count the entries hidden from it (issue 15).
  const truth = seesTruth(parseRole(role, ex.scenario) ?? { kind: 'observer' });
  const submit = (command: Record<string, unknown>, reply: Reply) => ex.submit(command, (ack) => {
    if (truth || !ack.ok) { reply(ack); return; }
    const { seq: _seq, ...told } = ack;
    reply(told);
  });

  on('command', commandMessage, null, (cmd, reply) => {
    if (cmd.role !== undefined && cmd.role !== role) {
      reply({ ok: false, error: 'notPermitted', message: `this connection plays ${role}, not ${String(cmd.role).slice(0, 80)}` });
      return;
    }
    // The core stamps time and sequence; a client cannot choose them.
    const { t: _t, seq: _seq, entry: _entry, ...rest } = cmd;
    submit({ ...rest, role, ...(name ? { actor: name } : {}) }, reply);
  });

  on('sync', syncMessage, null, ({ version }, reply) => {
    const ch = ex.channels.get(role)!;
    if (version === null || version === undefined) {
      sendState(socket, ex, role);
      reply({ ok: true, version: ch.version, full: true });
      return;
    }
    const patches = version > ch.version ? null : ch.patchesSince(version);
    if (patches === null) {
      sendState(socket, ex, role);
      reply({ ok: false, error: 'staleVersion', message: `version ${version} is not one this server sent lately; the full view was sent (version ${ch.version})`, version: ch.version, full: true });
      return;
    }
    for (const p of patches) socket.emit('patch', p);
    socket.emit('clock', ex.clockMessage());
    reply({ ok: true, version: ch.version, patches: patches.length });
  });

  on('reports', reportsMessage, null, ({ before, limit }, reply) => {
    const page = ex.sim.reportsPage(role, before, limit ?? 50);
    reply(page ? { ok: true, ...page } : { ok: false, error: 'unknownRole', message: `no role ${role}` });
  });

  on('events', eventsMessage, null, ({ before, limit }, reply) => {
    reply({ ok: true, entries: ex.channels.get(role)!.eventsBefore(ex.sim, before, limit ?? 200) });
  });

  on('inject', injectMessage, ['director'], (msg, reply) => {
    if ('inject' in msg) { submit({ type: 'fireInject', role, inject: msg.inject }, reply); return; }
    const a = msg.adHoc;
    if (a.kind === 'message') {
      // The director plays an outside party (the public, the weather service): a report to the role.
      const text = a.from ? { zh: `【${a.from.zh}】${a.text.zh}`, ...(a.text.en ? { en: `[${a.from.en ?? a.from.zh}] ${a.text.en}` } : {}) } : a.text;
      submit({ type: 'sendReport', role, to: a.to, kind: 'instruction', text }, reply);
    } else if ('edges' in a) {
      submit({ type: a.kind, role, edges: a.edges, ...(a.reason ? { reason: a.reason } : {}) }, reply);
    } else {
      submit({ type: 'injectNow', role, kind: a.kind, target: a.target, payload: a.payload, visibleTo: a.visibleTo ?? [], ...(a.expected ? { expected: a.expected } : {}) }, reply);
    }
  });

  on('clock', clockMessage, ['director'], (msg, reply) => {
    if (ex.row.status !== 'running') { reply({ ok: false, error: ex.row.status, message: `exercise ${ex.id} is ${ex.row.status}` }); return; }
    if ('plan' in msg) ex.setPlanHidden(msg.plan === 'hide');
    else if ('action' in msg) { if (msg.action === 'pause') ex.setSpeed('paused'); else ex.resume(); } else ex.setSpeed(msg.speed, msg.stopAt);
    hub.saveClocks();
    hub.wake();
    reply({ ok: true, ...ex.clockMessage() });
  });

  on('fork', forkMessage, ['director'], ({ at }, reply) => {
    hub.fork(ex, at ?? ex.t).then((f) => reply({ ok: true, ...f }), (err) => {
      if (err instanceof HubError) { reply({ ok: false, error: err.code, message: err.message }); return; }
      log(`socket fork (${ex.id}): ${(err as Error).stack ?? err}`);
      reply({ ok: false, error: 'internal', message: 'the fork failed; nothing was changed' });
    });
  });

  on('annotate', annotateMessage, ['evaluator', 'director'], ({ text, seq }, reply) => {
    const refused = ex.quota.take(role, ex.t);
    if (refused) { reply(refused); return; }
    reply({ ok: true, ...hub.annotate(ex, role, name, text, seq) });
  });
}
