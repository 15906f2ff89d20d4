// The water-main subsystem, every minute while a burst runs or a zone is dry: crews on scene at
// a burst close its valves one by one (关阀止水; the flow stops when the last closes, but nothing
// is restored), then repair it (抢修; water returns to the zones when done); every half hour
// the 12345 calls from dry zones arrive. Does nothing, and is never due, in a scenario without
// a burst.
import type { Subsystem } from '../../clock.ts';
import type { SimContext } from '../../context.ts';
import { unitAudience } from '../../context.ts';
import { sortedKeys } from '../../order.ts';
import { workFactor } from '../../forces/fatigue.ts';
import { setOutage } from '../outages.ts';
import { zoneAudience } from './audience.ts';
import { newCalls } from './citizenCalls.ts';
import type { BurstState } from './waterMainState.ts';

export const WATER_MAIN_STEP = 60;
export const CALL_STEP = 1800;
/** A crew works on a burst from a road node this close to it, m (the dig and its valve chambers). */
export const CREW_REACH = 300;

function active(ctx: SimContext): boolean {
  const w = ctx.state.entities.waterMain;
  if (!w) return false;
  for (const id of sortedKeys(w.bursts)) if (w.bursts[id].repairedAt === null) return true;
  return Object.keys(w.dry).length > 0;
}

/** The unrepaired burst a crew standing at road node `node` can work on (nearest, then by id). */
function burstAt(ctx: SimContext, bursts: Record<string, BurstState>, node: number): string | null {
  const g = ctx.scenario.roads;
  let best: string | null = null, bestD = Infinity;
  for (const id of sortedKeys(bursts)) {
    const b = bursts[id];
    if (b.repairedAt !== null) continue;
    const dx = g.nodeX[node] - b.x, dy = g.nodeY[node] - b.y;
    const d = Math.sqrt(dx * dx + dy * dy);
    if (d <= CREW_REACH && d < bestD) { bestD = d; best = id; }
  }
  return best;
}

function crews(ctx: SimContext): void {
  const net = ctx.scenario.waterNetwork!;
  const t = ctx.state.t;
  const done: { id: string; what: 'valve' | 'isolated' | 'repaired'; valve?: string; unit: string }[] = [];
  ctx.update((draft) => {
    const w = draft.waterMain!;
    for (const id of sortedKeys(w.bursts)) {
      const b = w.bursts[id];
      if (b.isolatedAt === null) b.released += b.flow * WATER_MAIN_STEP;
    }
    for (const uid of sortedKeys(draft.units)) {
      const u = draft.units[uid];
      if (u.status !== 'onScene' || (u.task !== 'closeValve' && u.task !== 'repairMain')) continue;
      const id = burstAt(ctx, w.bursts, u.node);
      if (id === null) continue;
      const b = w.bursts[id];
      const seg = net.mains.find((m) => m.id === b.main)!;
      const work = WATER_MAIN_STEP * workFactor(u, t);
      if (u.task === 'closeValve' && b.isolatedAt === null) {
        b.valveWork += work;
        let need = 0;
        for (let k = 0; k < seg.valves.length; k++) {
          need += seg.valves[k].closeTime;
          if (k >= b.valvesClosed && b.valveWork >= need) { b.valvesClosed = k + 1; done.push({ id, what: 'valve', valve: seg.valves[k].id, unit: uid }); }
        }
        if (b.valvesClosed >= seg.valves.length) { b.isolatedAt = t; done.push({ id, what: 'isolated', unit: uid }); }
      } else if (u.task === 'repairMain' && b.isolatedAt !== null) {
        // Nobody digs up a main that still runs: the repair starts once it is isolated.
        b.repairWork += work;
        if (b.repairWork >= seg.repairTime) { b.repairedAt = t; done.push({ id, what: 'repaired', unit: uid }); }
      }
    }
  });
  for (const d of done) {
    const b = ctx.state.entities.waterMain!.bursts[d.id];
    const to = zoneAudience(ctx, b.zones, unitAudience(ctx.scenario, d.unit));
    if (d.what === 'valve') ctx.emit({ kind: 'valveClosed', burst: d.id, main: b.main, valve: d.valve!, unit: d.unit }, to);
    else if (d.what === 'isolated') ctx.emit({ kind: 'mainIsolated', burst: d.id, main: b.main, unit: d.unit, released: Math.round(b.released) }, to);
    else restore(ctx, d.id, d.unit, to);
  }
}

/** A repaired main: its zones get water back, unless another burst still cuts them. */
function restore(ctx: SimContext, id: string, unit: string, to: string[]): void {
  const net = ctx.scenario.waterNetwork!;
  const w = ctx.state.entities.waterMain!;
  const b = w.bursts[id];
  const stillCut = new Set<string>();
  for (const other of sortedKeys(w.bursts)) if (other !== id && w.bursts[other].repairedAt === null) for (const z of w.bursts[other].zones) stillCut.add(z);
  const back = b.zones.filter((z) => !stillCut.has(z));
  ctx.update((draft) => { for (const z of back) { delete draft.waterMain!.dry[z]; if (draft.waterMain!.served) delete draft.waterMain!.served[z]; } });
  ctx.emit({ kind: 'mainRepaired', burst: id, main: b.main, unit, zones: back, outageHours: Math.round((ctx.state.t - b.t) / 360) / 10 }, to);
  for (const z of net.zones) if (back.includes(z.id)) for (const p of z.places) setOutage(ctx, p, ['water'], true, `burst:${id}`);
}

/** Every half hour, the calls from each dry zone since the last count (12345 热线). */
function calls(ctx: SimContext): void {
  const net = ctx.scenario.waterNetwork!;
  const w = ctx.state.entities.waterMain!;
  const t = ctx.state.t;
  if (t - w.callsAt < CALL_STEP) return;
  const arrived: { zone: string; calls: number; total: number; dryFor: number }[] = [];
  const sites = ctx.state.entities.supplies.sites;
  const served: string[] = [];
  for (const z of net.zones) {
    if (!(z.id in w.dry)) continue;
    // Water on hand at a place of the zone: a water point is open (noticed at the half-hourly count).
    if (w.served?.[z.id] === undefined && z.places.some((p) => (sites[p]?.stocks.water ?? 0) > 0)) served.push(z.id);
    const servedAt = w.served?.[z.id] ?? (served.includes(z.id) ? t : null);
    const counted = w.calls[z.id] ?? 0;
    const n = newCalls(z, net.callRate, w.dry[z.id], t, counted, servedAt);
    if (n > 0) arrived.push({ zone: z.id, calls: n, total: counted + n, dryFor: t - w.dry[z.id] });
  }
  ctx.update((draft) => {
    const dw = draft.waterMain!;
    dw.callsAt = t;
    for (const a of arrived) dw.calls[a.zone] = a.total;
    for (const z of served) (dw.served ??= {})[z] = t;
  });
  for (const a of arrived) ctx.emit({ kind: 'citizenCalls', zone: a.zone, calls: a.calls, total: a.total, dryFor: a.dryFor }, zoneAudience(ctx, [a.zone]));
}

export const waterMain: Subsystem = {
  name: 'waterMain',
  phase: 'consequences',
  nextDue: (ctx, after) => (active(ctx) ? (Math.floor(after / WATER_MAIN_STEP) + 1) * WATER_MAIN_STEP : Infinity),
  isDue: (ctx, t) => t % WATER_MAIN_STEP === 0 && active(ctx),
  run: (ctx) => {
    crews(ctx);
    calls(ctx);
  },
};
