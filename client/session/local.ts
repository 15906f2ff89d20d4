// Offline practice and replay: the core runs in a Web Worker (client/offline/simWorker.ts) and
// this console talks to it as it would to the server.
import type { Ack, Speed, Store } from './store.ts';
import type { Session } from './session.ts';
import type { FromWorker, ToWorker } from '../offline/protocol.ts';
import type { LogEntry } from '../../sim-core/log.ts';
import type { FeedView } from '../../runtime/feed.ts';
import { applyPatches, enablePatches } from 'immer';
import { RasterLayers } from './rasterLayers.ts';

enablePatches();

export class LocalSession implements Session {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, (v: never) => void>();
  readonly ready: Promise<{ until: number; hasPlan: boolean }>;

  constructor(readonly mode: 'offline' | 'replay', readonly store: Store, start: Extract<ToWorker, { type: 'practice' | 'replay' }>) {
    this.worker = new Worker(new URL('../offline/simWorker.ts', import.meta.url), { type: 'module' });
    let resolveReady!: (v: { until: number; hasPlan: boolean }) => void, rejectReady!: (e: Error) => void;
    this.ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
    let view: FeedView | null = null;
    const layers = new RasterLayers(store);
    this.worker.onmessage = (ev: MessageEvent<FromWorker>) => {
      const m = ev.data;
      switch (m.type) {
        case 'ready': resolveReady({ until: m.until, hasPlan: m.hasPlan }); break;
        case 'failed': rejectReady(new Error(m.message)); store.extra.fatal = m.message; store.emit('extra'); break;
        case 'feed':
          // Messages from a worker arrive in order: a patch always follows the view held.
          if (m.view.kind === 'view') { view = m.view.message.view as unknown as FeedView; store.setView(view); }
          else if (m.view.kind === 'patch' && view) { view = applyPatches(view, m.view.message.patches) as FeedView; store.setView(view); }
          if (m.events) store.takeEvents(m.events);
          if (m.checklist) store.setChecklist(m.checklist.facts, m.checklist.requirements);
          if (m.evaluations) store.takeEvaluations(m.evaluations);
          store.setClock(m.clock);
          break;
        case 'raster':
          for (const layer of m.layers) layers.apply(layer);
          break;
        case 'ack':
        case 'report': {
          const f = this.waiting.get(m.id);
          this.waiting.delete(m.id);
          f?.((m.type === 'ack' ? m.ack : m.html) as never);
          break;
        }
      }
    };
    this.worker.onerror = (ev) => { store.extra.fatal = ev.message; store.emit('extra'); rejectReady(new Error(ev.message)); };
    store.setConnection(mode === 'offline' ? 'local' : 'replay');
    this.worker.postMessage(start);
  }

  private send(m: ToWorker): void { this.worker.postMessage(m); }

  private request<T>(make: (id: number) => ToWorker): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => { this.waiting.set(id, resolve as (v: never) => void); this.send(make(id)); });
  }

  command(cmd: Record<string, unknown>): Promise<Ack> {
    return this.request<Ack>((id) => ({ type: 'command', id, command: { ...cmd, role: this.store.role } }));
  }

  async runTo(t: number): Promise<{ ok: true }> {
    this.send({ type: 'speed', speed: 'max', stopAt: Math.max(0, Math.floor(t)) });
    return { ok: true };
  }

  async setSpeed(speed: Speed): Promise<{ ok: true }> {
    // In practice, 最快 runs to the next inject and pauses there (the replay's own speeds run on).
    this.send({ type: 'speed', speed, ...(speed === 'max' && this.mode === 'offline' ? { stopAt: 'nextInject' as const } : {}) });
    return { ok: true };
  }

  async inject(msg: { inject: string } | { adHoc: unknown }): Promise<Ack> {
    if ('inject' in msg) return this.request<Ack>((id) => ({ type: 'command', id, command: { type: 'fireInject', inject: msg.inject, role: 'director' } }));
    return { ok: false, error: 'unsupported', message: 'ad-hoc injects need the exercise server' };
  }

  viewAs(role: string): void {
    this.store.viewRole = role;
    this.send({ type: 'viewAs', role });
  }

  seek(t: number): void { this.send({ type: 'seek', t }); }

  reportHtml(): Promise<string> { return this.request<string>((id) => ({ type: 'report', id })); }

  close(): void { this.worker.terminate(); }
}

/** A log.jsonl (tuiyan run --out, or the server's /api/exercises/:id/log.jsonl) as header and entries. */
export function parseLogText(text: string): { header: { scenario?: string; seed?: number; until?: number }; entries: LogEntry[] } {
  const lines = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const header = lines[0]?.entry === 'header' ? lines.shift() : {};
  return { header, entries: lines as LogEntry[] };
}
