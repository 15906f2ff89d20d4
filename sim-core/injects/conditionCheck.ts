// Reading an inject's condition against the state now. Pure and cheap: world conditions read one
// entity, one cell or a small disc of cells; deadline conditions walk the log once, at the
// deadline. Returns what made it hold (logged with the firing), or null.
import type { SimContext } from '../context.ts';
import type { LogEntry } from '../log.ts';
import { cellAt } from '../world/grid.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { peopleAtHome } from '../people/atHome.ts';
import type { FiredBecause, InjectCondition } from './condition.ts';
import type { Inject } from './inject.ts';

/** Water this deep at a village counts as "the water is there" for people in danger (m). */
const WATER_AT_HOME = 0.15;

function depthAt(ctx: SimContext, x: number, y: number): number {
  const c = cellAt(ctx.scenario.grid, x, y);
  return c < 0 ? 0 : ctx.state.fields.flood.depth[c];
}

/** Whether fire has reached any cell within `radius` m of (x, y) by now. */
function fireWithin(ctx: SimContext, x: number, y: number, radius: number): boolean {
  if (Object.keys(ctx.state.entities.fire.fires).length === 0) return false;
  const g = ctx.scenario.grid, arrival = ctx.state.fields.fireArrival, now = ctx.state.t;
  const r = Math.max(0, Math.ceil(radius / g.cellSize));
  const ci = Math.floor(x / g.cellSize), cj = Math.floor(y / g.cellSize);
  for (let j = Math.max(0, cj - r); j <= Math.min(g.height - 1, cj + r); j++) {
    for (let i = Math.max(0, ci - r); i <= Math.min(g.width - 1, ci + r); i++) {
      if ((i - ci) * (i - ci) + (j - cj) * (j - cj) > r * r) continue;
      if (arrival[j * g.width + i] <= now) return true;
    }
  }
  return false;
}

/** Whether a logged command names `place` (as its target, destination or in a list of places). */
function names(e: Record<string, unknown>, place: string): boolean {
  for (const k of Object.keys(e)) {
    const v = e[k];
    if (v === place) return true;
    if (Array.isArray(v) && v.includes(place)) return true;
    if (typeof v === 'object' && v !== null && (v as Record<string, unknown>).place === place) return true;
  }
  return false;
}

/** Whether some command in the log, from seq `fromSeq` on and up to time `until`, passes `ok`. */
function anyCommand(log: readonly LogEntry[], fromSeq: number, until: number, ok: (e: LogEntry & { entry: 'command' }) => boolean): boolean {
  // The log is in time order: start at its last entry at or before `until` (binary search), not
  // at its end — a passed deadline is read again at later ticks (conditionalInjects.ts).
  let lo = 0, hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid].t <= until) lo = mid + 1; else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const e = log[i];
    if (e.seq < fromSeq) break;
    if (e.entry === 'command' && e.t <= until && ok(e)) return true;
  }
  return false;
}

/** When a deadline condition falls due (Infinity while it cannot yet: the inject it waits on has not fired). */
export function deadlineOf(ctx: SimContext, c: InjectCondition): number {
  if (c.kind === 'notDone') return c.by;
  if (c.kind === 'notAnswered') {
    const fired = ctx.state.entities.injectsFired[c.inject];
    return fired === undefined ? Infinity : fired + c.within;
  }
  if (c.kind === 'leakNotIsolated') {
    const first = ctx.state.entities.chemical?.releases.find((r) => r.site === c.site);
    return first ? first.from + c.within : Infinity;
  }
  if (c.kind === 'warningNotAcknowledged') {
    const w = ctx.state.entities.warnings.townships[c.township];
    return w ? w.deliveredAt + c.within : Infinity;
  }
  return Infinity;
}

/** The seq of the `injectFired` event of inject `id` (the answers counted come after it). */
function firedSeq(log: readonly LogEntry[], id: string, at: number): number {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e.t < at) break;
    if (e.entry === 'event' && e.kind === 'injectFired' && e.inject === id) return e.seq;
  }
  return 0;
}

/** Whether role string r perceives an inject shown to `visibleTo` (players only: the director does not answer). */
function perceives(visibleTo: readonly string[], r: string): boolean {
  if (r === 'director' || r === 'evaluator' || r === 'observer') return false;
  return visibleTo.includes('all') || visibleTo.includes(r);
}

export function conditionHolds(ctx: SimContext, c: InjectCondition, script: readonly Inject[]): FiredBecause | null {
  const ent = ctx.state.entities;
  const places = placeIndex(ctx.scenario).place;
  const round = (v: number) => Math.round(v * 100) / 100;
  switch (c.kind) {
    case 'reservoirLevel': {
      const level = ent.hazards.reservoirs[c.reservoir]?.level;
      return level !== undefined && level >= c.above ? { condition: c.kind, value: round(level) } : null;
    }
    case 'gaugeLevel': {
      const level = ent.hazards.gauges[c.gauge]?.level;
      return level !== undefined && level >= c.above ? { condition: c.kind, value: round(level) } : null;
    }
    case 'waterAtPlace': {
      const p = places.get(c.place);
      const d = p ? depthAt(ctx, p.x, p.y) : 0;
      return p && d >= c.above ? { condition: c.kind, value: round(d) } : null;
    }
    case 'waterOnRoad': {
      const r = ctx.scenario.roads;
      if (!(c.edge < r.edgeCount)) return null;
      const a = r.edgeFrom[c.edge], b = r.edgeTo[c.edge];
      const d = Math.max(depthAt(ctx, r.nodeX[a], r.nodeY[a]), depthAt(ctx, r.nodeX[b], r.nodeY[b]));
      return d >= c.above ? { condition: c.kind, value: round(d) } : null;
    }
    case 'fireNearPlace': {
      const p = places.get(c.place);
      return p && fireWithin(ctx, p.x, p.y, c.radius) ? { condition: c.kind } : null;
    }
    case 'fireInArea':
      return fireWithin(ctx, c.x, c.y, c.radius) ? { condition: c.kind } : null;
    case 'peopleInDanger': {
      const v = ctx.scenario.villages.find((x) => x.id === c.village);
      if (!v) return null;
      const trapped = ent.casualties.villages[v.id]?.trapped ?? 0;
      const wet = depthAt(ctx, v.x, v.y) >= WATER_AT_HOME || ent.hazards.flooded[v.id] !== undefined;
      const n = trapped + (wet ? peopleAtHome(ent, v) : 0);
      return n >= c.atLeast ? { condition: c.kind, value: n } : null;
    }
    case 'notDone': {
      if (ctx.state.t < c.by) return null;
      const done = anyCommand(ctx.state.log, 0, c.by, (e) => e.type === c.command
        && (c.role === undefined || e.role === c.role || (c.role.endsWith(':*') && e.role.startsWith(c.role.slice(0, -1))))
        && (c.place === undefined || names(e as unknown as Record<string, unknown>, c.place)));
      return done ? null : { condition: c.kind };
    }
    case 'notAnswered': {
      const fired = ent.injectsFired[c.inject];
      if (fired === undefined || ctx.state.t < fired + c.within) return null;
      const inj = script.find((x) => x.id === c.inject);
      const visibleTo = inj?.visibleTo ?? [];
      const from = firedSeq(ctx.state.log, c.inject, fired);
      const answered = anyCommand(ctx.state.log, from, fired + c.within, (e) => perceives(visibleTo, e.role));
      return answered ? null : { condition: c.kind };
    }
    case 'leakNotIsolated': {
      const due = deadlineOf(ctx, c);
      if (ctx.state.t < due) return null;
      const stopped = ent.chemical?.isolated[c.site];
      return stopped && stopped.t <= due ? null : { condition: c.kind };
    }
    case 'warningNotAcknowledged': {
      const w = ent.warnings.townships[c.township];
      if (!w || ctx.state.t < w.deliveredAt + c.within) return null;
      return w.ackAt !== null && w.ackAt <= w.deliveredAt + c.within ? null : { condition: c.kind };
    }
    case 'zoneDry': {
      // Read whenever the sim visits a tick: the water-main step visits every minute while a zone is dry.
      const since = ent.waterMain?.dry[c.zone];
      return since !== undefined && ctx.state.t - since >= c.for ? { condition: c.kind, value: Math.round((ctx.state.t - since) / 360) / 10 } : null;
    }
  }
}
