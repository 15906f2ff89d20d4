// The console of an exercise on the server (DESIGN.md "The exercise server"): join with a code,
// then socket.io with the player token. The server sends the full view, the raster layers and
// the clock, the role's event backlog and plan checklist on connect (and on every reconnect, so
// resynchronising after a drop is automatic), then what the role's feed gives: view patches,
// each new event once, the checklist when it changes, raster deltas and the clock. A patch that
// does not follow the version held asks for `sync`.
import type { EvaluationsMessage } from '../../runtime/evaluationBoard.ts';
import { io, type Socket } from 'socket.io-client';
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { FeedView as View } from '../../runtime/feed.ts';
import type { ChecklistMessage } from '../../runtime/feed.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { Ack, Annotation, Clock, Speed, Store } from './store.ts';
import type { AdHoc, Session } from './session.ts';
import { RasterLayers, type RasterMessage } from './rasterLayers.ts';
import { rejectionName } from '../../presentation/text/names.ts';
import { currentLang, tx } from '../i18n.ts';

enablePatches();

const ACK_TIMEOUT_MS = 20_000;

export interface Joined { token: string; role: string; exerciseId: string }

/** The report page of an exercise from the server (director and evaluator tokens, or the admin token). */
export async function fetchReportHtml(exerciseId: string, token: string | null, at?: number): Promise<string> {
  const q = at === undefined ? '' : `&at=${at}`;
  const res = await fetch(`/api/exercises/${encodeURIComponent(exerciseId)}/report?format=html${q}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new Error(reportErrorText(body.error, res.status));
  }
  return res.text();
}

/** Why the report could not be had, in the page's language (never the server's English message). */
function reportErrorText(code: string | undefined, status: number): string {
  switch (code) {
    case 'noPlan': return tx('这场演练没有关联预案，无法评分出报告。', 'This exercise has no plan to grade against.');
    case 'unknownExercise': return tx('这场演练已不存在（可能已被删除）。', 'This exercise no longer exists (deleted?).');
    case 'adminRequired': case 'unauthorized': case 'forbidden': return tx('没有查看报告的权限（需要导调、评估或管理令牌）。', 'Not allowed to see the report (director, evaluator or admin token needed).');
    default: return tx(`报告暂时无法生成（服务器答复 ${status}）。`, `The report could not be made (server answered ${status}).`);
  }
}

export class JoinError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

export async function joinExercise(code: string, name: string | undefined, adminToken: string | null): Promise<Joined> {
  const res = await fetch('/api/join', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(adminToken ? { authorization: `Bearer ${adminToken}` } : {}) },
    body: JSON.stringify({ code: code.trim(), ...(name ? { name } : {}) }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new JoinError(body.error ?? String(res.status), body.message ?? res.statusText);
  return body as Joined;
}

/** One socket's stream of a role's view into the store (the console's own, or a role the director looks through). */
class Channel {
  readonly socket: Socket;
  version: number | null = null;
  /** The role's view as this channel holds it (also while another channel is shown). */
  view: View | null = null;
  private readonly layers: RasterLayers;
  active = true;
  private syncing = false;

  constructor(private readonly store: Store, token: string, private readonly primary: boolean, onWelcome?: (w: { scenario: string; folder?: string; role: string; name: string | null }) => void, viewAs?: string) {
    this.layers = new RasterLayers(store);
    this.socket = io({ transports: ['websocket'], auth: viewAs ? { token, viewAs } : { token }, reconnectionDelay: 500, reconnectionDelayMax: 4000 });
    const s = this.socket;
    s.on('welcome', (w) => onWelcome?.(w));
    // The director rewound the exercise: the server ends this connection, and the same token
    // now opens the branch that goes on (a fresh view, events and clock arrive on reconnect).
    let rewound = false;
    s.on('rewound', () => { rewound = true; });
    s.on('disconnect', () => { if (rewound) { rewound = false; s.connect(); } });
    s.on('view', (m: { version: number; view: View }) => {
      this.version = m.version;
      this.view = m.view;
      this.syncing = false;
      if (!this.active) return;
      this.store.setView(m.view);
      if (this.store.connection === 'resyncing') this.store.setConnection('online');
    });
    s.on('patch', (m: { version: number; from: number; patches: Patch[] }) => {
      if (this.version === null || !this.view) return;
      if (m.from !== this.version) { this.resync(); return; }
      this.view = applyPatches(this.view, m.patches) as View;
      this.version = m.version;
      if (this.active) this.store.setView(this.view);
    });
    s.on('event', (m: { entries: EventEntry[]; reset: boolean }) => { if (this.active) this.store.takeEvents(m); });
    s.on('checklist', (m: ChecklistMessage) => { if (this.active) this.store.setChecklist(m.facts, m.requirements); });
    s.on('evaluations', (m: EvaluationsMessage) => { if (this.active) this.store.takeEvaluations(m); });
    s.on('raster', (m: RasterMessage) => { if (this.active) this.raster(m); });
    if (primary) {
      s.on('clock', (c: Clock) => this.store.setClock(c));
      s.on('annotation', (a: Annotation) => { this.store.annotations.push(a); this.store.emit('annotations'); });
    }
    s.on('connect', () => { if (primary) this.store.setConnection('online'); });
    // Cut off for flooding: said in the console's language, and back after the pause the server names.
    let cut = false;
    s.on('cut', (m: { retryAfter?: number }) => {
      cut = true;
      const pause = Math.min(Math.max(Number(m?.retryAfter) || 10, 1), 60);
      setTimeout(() => { cut = false; s.connect(); }, pause * 1000);
    });
    s.on('disconnect', () => { if (primary) this.store.setConnection(cut ? 'cut' : 'offline'); });
    s.on('connect_error', (err) => {
      if (!primary) return;
      // A refusal at the handshake (the server does not retry those): said in the console's language.
      const refused = /^(unauthorized|tooManySockets|notPermitted|unknownRole)\b/.exec(err.message)?.[1];
      if (refused) {
        this.store.extra.refused = refused;
        this.store.extra.fatal = rejectionName(refused, currentLang());
        this.store.emit('extra');
        s.disconnect();
      }
      this.store.setConnection('offline');
    });
  }

  /** Asks for what was missed: patches since our version, or (the server decides) the full view. */
  resync(full = false): void {
    if (this.syncing) return;
    this.syncing = true;
    if (this.primary) this.store.setConnection('resyncing');
    this.socket.timeout(ACK_TIMEOUT_MS).emit('sync', { version: full ? null : this.version }, (err: unknown, ack: { ok: boolean; full?: boolean }) => {
      this.syncing = false;
      if (!err && ack?.ok && this.primary) this.store.setConnection('online');
    });
  }

  private raster(m: RasterMessage): void {
    if (!this.layers.apply(m)) this.resync(true);
  }

  close(): void { this.socket.removeAllListeners(); this.socket.disconnect(); }
}

/** Events the inbox asks for at a time (the server answers at most 500). */
const OLDER_PAGE = 200;

export class OnlineSession implements Session {
  readonly mode = 'online';
  private readonly main: Channel;
  private lookingThrough: Channel | null = null;
  private codes: Record<string, string> | null = null;

  constructor(readonly store: Store, joined: Joined, private readonly adminToken: string | null, onWelcome: (w: { scenario: string; folder?: string; role: string; name: string | null }) => void) {
    store.role = joined.role;
    store.viewRole = joined.role;
    store.exerciseId = joined.exerciseId;
    store.extra.adminToken = adminToken;
    this.token = joined.token;
    this.main = new Channel(store, joined.token, true, onWelcome);
    if (joined.role === 'director' || joined.role === 'evaluator') void this.loadAnnotations();
  }

  private readonly token: string;

  /** The notes made so far (the report endpoint is open to the director's and evaluators' tokens). */
  private async loadAnnotations(): Promise<void> {
    const res = await fetch(`/api/exercises/${this.store.exerciseId}/report`, { headers: { authorization: `Bearer ${this.adminToken ?? this.token}` } }).catch(() => null);
    if (!res?.ok) return;
    const body = await res.json().catch(() => null) as { annotations?: Annotation[] } | null;
    const have = new Set(this.store.annotations.map((a) => a.id));
    for (const a of body?.annotations ?? []) if (!have.has(a.id)) this.store.annotations.push(a);
    this.store.annotations.sort((a, b) => a.t - b.t || a.id - b.id);
    this.store.emit('annotations');
  }

  /** The after-action report at the exercise's current time, built by the server from its own sim. */
  async reportHtml(): Promise<string> {
    return fetchReportHtml(this.store.exerciseId!, this.adminToken ?? this.token);
  }

  /** A page of the role's older events (its own numbering), put before those held. A view looked through gets none. */
  async olderEvents(): Promise<number> {
    const first = this.store.events[0];
    if (this.lookingThrough || !first) return 0;
    const r = await this.ask<{ ok: boolean; entries?: EventEntry[] }>(this.main.socket, 'events', { before: first.seq, limit: OLDER_PAGE });
    if (!r.ok || !r.entries) return 0;
    return this.store.prependEvents(r.entries);
  }

  private ask<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
    if (!socket.connected) return Promise.resolve({ ok: false, error: 'offline', message: 'not connected to the server' } as T);
    return socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)
      .catch(() => ({ ok: false, error: 'timeout', message: 'no answer from the server' })) as Promise<T>;
  }

  command(cmd: Record<string, unknown>): Promise<Ack> {
    return this.ask<Ack>(this.main.socket, 'command', cmd);
  }

  setSpeed(speed: Speed): Promise<Ack> {
    // 最快 runs to the next inject and pauses there: it never runs the exercise out by accident.
    return this.ask<Ack>(this.main.socket, 'clock', speed === 'paused' ? { action: 'pause' } : speed === 'max' ? { speed, stopAt: 'nextInject' } : { speed });
  }

  runTo(t: number): Promise<Ack> {
    return this.ask<Ack>(this.main.socket, 'clock', { speed: 'max', stopAt: Math.max(0, Math.floor(t)) });
  }

  /** Director: hide the players' plan checklists (no-script drill) or show them. */
  setPlanHidden(hidden: boolean): Promise<Ack> {
    return this.ask<Ack>(this.main.socket, 'clock', { plan: hidden ? 'hide' : 'show' });
  }

  inject(msg: { inject: string } | { adHoc: AdHoc }): Promise<Ack> {
    return this.ask<Ack>(this.main.socket, 'inject', msg);
  }

  async fork(): Promise<{ ok: true; id: string; codes: Record<string, string>; t: number } | { ok: false; error: string; message: string }> {
    return this.ask(this.main.socket, 'fork', {});
  }

  annotate(text: string): Promise<{ ok: boolean; error?: string; message?: string }> {
    return this.ask(this.main.socket, 'annotate', { text });
  }

  /** The admin API (director): the exercise's summary and every role's join code. */
  async exerciseInfo(): Promise<{ codes: Record<string, string>; [k: string]: unknown } | null> {
    if (!this.adminToken || !this.store.exerciseId) return null;
    const res = await fetch(`/api/exercises/${this.store.exerciseId}`, { headers: { authorization: `Bearer ${this.adminToken}` } });
    if (!res.ok) return null;
    const body = await res.json();
    this.codes = body.codes;
    return body;
  }

  /** Sockets connected to this exercise (admin API). */
  async connectedCount(): Promise<number | null> {
    return (await this.connected())?.total ?? null;
  }

  /** Who is connected as what: sockets per role, and in all (admin API). */
  async connected(): Promise<{ total: number; byRole: Record<string, number> } | null> {
    if (!this.adminToken) return null;
    const res = await fetch('/api/stats', { headers: { authorization: `Bearer ${this.adminToken}` } }).catch(() => null);
    if (!res?.ok) return null;
    const body = await res.json();
    const ex = body.exercises?.find((e: { id: string }) => e.id === this.store.exerciseId);
    return ex ? { total: ex.sockets ?? 0, byRole: ex.byRole ?? {} } : null;
  }

  /** The director looks through another role's eyes: a second, read-only socket on its own token (no player token; the autopilot keeps the role). */
  async viewAs(role: string): Promise<void> {
    this.lookingThrough?.close();
    this.lookingThrough = null;
    this.store.viewRole = role;
    this.store.water = null; this.store.fire = null;
    this.store.resetEvents();
    if (role === this.store.role) {
      this.main.active = true;
      if (this.main.view) this.store.setView(this.main.view);
      this.main.resync(true);
      return;
    }
    this.main.active = false;
    this.lookingThrough = new Channel(this.store, this.token, false, undefined, role);
  }

  close(): void {
    this.lookingThrough?.close();
    this.main.close();
  }
}
