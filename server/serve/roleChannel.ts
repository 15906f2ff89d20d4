// One role's view stream in one exercise, shared by every socket playing that role: the view
// last sent (as the JSON the clients hold), its version, the recent patches (so a client that
// missed some catches up with patches instead of a full view) and the log entries sent so far.
import type { Patch } from 'immer';
import type { Sim } from '../../sim-core/sim.ts';
import { seesEvent } from '../../sim-core/views.ts';
import { parseRole, seesTruth } from '../../sim-core/commands/roles.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { diffJson, type Json } from './viewDiff.ts';
import { nextVersion } from './versions.ts';

/** Patch sets kept for clients catching up. */
const HISTORY = 64;
/** Past this many patches a full view is cheaper to send and to apply. */
const MAX_PATCHES = 2000;
/** At most this many new log events go out in one `event` message. */
const MAX_EVENTS = 300;

export interface PatchMessage { version: number; from: number; patches: Patch[] }
export interface ViewMessage { version: number; view: Json }

export type Refresh =
  | { kind: 'none' }
  | { kind: 'patch'; message: PatchMessage }
  | { kind: 'view'; message: ViewMessage };

export class RoleChannel {
  version = 0;
  private current: Json = null;
  private seenT = -1;
  private seenEntities: unknown = null;
  private seenLog = -1;
  private history: PatchMessage[] = [];
  private pending: Patch[] = [];
  private logSent: number;
  private readonly truth: boolean;

  constructor(readonly role: string, sim: Sim) {
    this.truth = seesTruth(parseRole(role, sim.scenario)!);
    this.logSent = sim.state.log.length;
    this.compute(sim);
    this.pending = [];
    this.version = nextVersion();
  }

  /** Builds the view as the JSON a client receives; false when nothing it depends on moved. */
  private compute(sim: Sim): boolean {
    const s = sim.state;
    if (s.t === this.seenT && s.entities === this.seenEntities && s.log.length === this.seenLog) return false;
    this.seenT = s.t; this.seenEntities = s.entities; this.seenLog = s.log.length;
    const view = sim.viewFor(this.role);
    const next = JSON.parse(JSON.stringify(view)) as Json;
    const patches = diffJson(this.current, next);
    this.current = next;
    this.pending = patches;
    return patches.length > 0;
  }

  /** Brings the view up to the sim; what to send to the role's sockets. */
  refresh(sim: Sim): Refresh {
    if (!this.compute(sim)) return { kind: 'none' };
    const message: PatchMessage = { version: nextVersion(), from: this.version, patches: this.pending };
    this.pending = [];
    this.version = message.version;
    this.history.push(message);
    if (this.history.length > HISTORY) this.history.shift();
    if (message.patches.length > MAX_PATCHES) return { kind: 'view', message: this.view() };
    return { kind: 'patch', message };
  }

  /** After nobody watched for a while: brings the view up to date and skips the events it already holds. */
  catchUp(sim: Sim): void {
    this.refresh(sim);
    this.logSent = sim.state.log.length;
  }

  view(): ViewMessage {
    return { version: this.version, view: this.current };
  }

  /** The patch sets after `version`, or null when it is not a version this channel sent lately. */
  patchesSince(version: number): PatchMessage[] | null {
    if (version === this.version) return [];
    const i = this.history.findIndex((m) => m.from === version);
    return i < 0 ? null : this.history.slice(i);
  }

  /** Log events this role may see that arrived since the last call. */
  newEvents(sim: Sim): EventEntry[] {
    const log = sim.state.log;
    const start = Math.max(this.logSent, log.length - 10 * MAX_EVENTS);
    this.logSent = log.length;
    const out: EventEntry[] = [];
    for (let i = start; i < log.length; i++) {
      const e = log[i];
      if (e.entry === 'event' && seesEvent(this.role, this.truth, e)) out.push(e);
    }
    return out.length > MAX_EVENTS ? out.slice(out.length - MAX_EVENTS) : out;
  }
}
