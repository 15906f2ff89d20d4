// The simulation in a Web Worker: offline practice (the core runs here, the autopilot plays every
// role but the trainee's, the clock turns wall time into sim time at the chosen speed) and replay
// (an exercise's log folded from its seed, with snapshots to jump back). Posts the shown role's
// view 4 times a second and the raster layers once a second, as the server would.
import { createSim, restoreSim, type Sim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { LogEntry, EventEntry, CommandEntry } from '../../sim-core/log.ts';
import type { Snapshot } from '../../sim-core/snapshot.ts';
import { AUTOPILOT_LOOK, Autopilot } from '../../sim-core/plan/autopilot.ts';
import { PlanTracker } from '../../sim-core/plan/tracker.ts';
import { seesEvent } from '../../sim-core/views.ts';
import { parseRole, seesTruth } from '../../sim-core/commands/roles.ts';
import { RESIDENCE } from '../../sim-core/hazards/fireSpread.ts';
import { sortedKeys } from '../../sim-core/order.ts';
import { floodRuntime } from '../../sim-core/hazards/floodRuntime.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { tripPosition } from '../../sim-core/forces/trip.ts';
import { renderReportHtml, reportMapTimes } from '../../presentation/report/reportHtml.ts';
import { loadPlan, loadScenario } from '../scenario/catalog.ts';
import { drawSituation } from '../map/drawMap.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { Speed } from '../session/store.ts';

const RATE: Record<Exclude<Speed, 'paused'>, number> = { '1x': 1, '10x': 10, '60x': 60, max: Infinity };
const VIEW_MS = 250;
const RASTER_MS = 1000;
/** Wall time one loop turn may spend advancing the sim. */
const TURN_MS = 40;
/** Replay: a snapshot every this many sim seconds, to jump back without folding from zero. */
const SNAPSHOT_EVERY = 3600;
/** Events sent with a fresh view (the rest are in the log). */
const EVENTS_ON_RESET = 2000;

let scenario: Scenario;
let plan: Plan | null = null;
let folder = '';
let seed = 1;
let sim: Sim;
let mode: 'practice' | 'replay' = 'practice';
let role = 'chief';
let viewRole = 'chief';
let autopilot: Autopilot | null = null;
let tracker: PlanTracker | null = null;
let trackerCursor = 0;
let speed: Speed = 'paused';
let until = 86_400;
let anchorWall = 0, anchorT = 0;
let lastView = 0, lastRaster = 0, lastRasterT = -1;
let eventCursor = 0;
let resetEvents = true;
let replayCommands: CommandEntry[] = [];
let replayNext = 0;
const snapshots: { t: number; next: number; snap: Snapshot }[] = [];
const maps: { t: number; png: Uint8Array }[] = [];
let mapTimes: number[] = [];

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

function status(): string { return sim.state.t >= until ? 'finished' : 'running'; }

function reanchor(): void { anchorWall = performance.now(); anchorT = sim.state.t; }

/** Applies what the autopilot has due (practice) or the logged commands due (replay) at the sim's time. */
function applyDue(): void {
  if (mode === 'replay') {
    while (replayNext < replayCommands.length && replayCommands[replayNext].t <= sim.state.t) {
      sim.apply(replayCommands[replayNext]);
      replayNext++;
    }
    return;
  }
  if (!autopilot) return;
  autopilot.observe(sim.state.log, sim.state.t);
  for (const cmd of autopilot.takeDue(sim.state.t)) sim.apply(cmd);
}

/** The next time something outside the sim must act (an autopilot order, a logged command). */
function nextStop(target: number): number {
  let next = Math.min(target, sim.state.t + AUTOPILOT_LOOK);
  if (mode === 'replay' && replayNext < replayCommands.length) next = Math.min(next, replayCommands[replayNext].t);
  if (autopilot) next = Math.min(next, autopilot.nextStop(sim.state.t));
  while (mapTimes.length && mapTimes[0] <= sim.state.t) mapTimes.shift();
  if (mapTimes.length) next = Math.min(next, mapTimes[0]);
  return Math.max(next, sim.state.t);
}

async function captureMap(): Promise<void> {
  if (typeof OffscreenCanvas === 'undefined') return;
  const t = sim.state.t;
  const canvas = new OffscreenCanvas(960, 960);
  drawSituation(canvas.getContext('2d')!, scenario, 960, situationState());
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  maps.push({ t, png: new Uint8Array(await blob.arrayBuffer()) });
}

function situationState() {
  const g = scenario.roads;
  const closed: number[] = [];
  sim.state.fields.edgeClosed.forEach((v, e) => { if (v) closed.push(e); });
  const units = sortedKeys(sim.state.entities.units).map((id) => {
    const u = sim.state.entities.units[id];
    const pos = u.trip ? tripPosition(g, u.trip, sim.state.t) : { x: g.nodeX[u.node], y: g.nodeY[u.node] };
    return { ...pos, status: u.status };
  });
  return { flood: sim.state.fields.flood, fire: fireCells(true), closedEdges: closed, units };
}

/** Advances toward `target` for at most TURN_MS of wall time. */
function advance(target: number): void {
  const deadline = performance.now() + TURN_MS;
  target = Math.min(target, until);
  while (sim.state.t < target && performance.now() < deadline) {
    const before = sim.state.t;
    sim.advanceTo(nextStop(target));
    applyDue();
    if (reportTimes.has(sim.state.t) && sim.state.t > before) void captureMap();
    if (mode === 'replay' && sim.state.t - (snapshots.at(-1)?.t ?? 0) >= SNAPSHOT_EVERY) snapshots.push({ t: sim.state.t, next: replayNext, snap: sim.snapshot() });
  }
}
let reportTimes = new Set<number>();

function feedTracker(): void {
  if (!tracker) return;
  const log = sim.state.log;
  for (; trackerCursor < log.length; trackerCursor++) tracker.feed(log[trackerCursor]);
  tracker.finish(sim.state.t);
}

/** Fire state per cell (1 burning, 2 burned): every fire for the truth, detected ones for players. */
function fireCells(truth: boolean): Uint8Array {
  const n = scenario.grid.width * scenario.grid.height;
  const out = new Uint8Array(n);
  const fires = sortedKeys(sim.state.entities.fire.fires).map((id) => sim.state.entities.fire.fires[id]);
  if (!fires.length) return out;
  const arrival = sim.state.fields.fireArrival, t = sim.state.t, w = scenario.grid.width;
  for (let c = 0; c < n; c++) {
    if (!(arrival[c] <= t)) continue;
    if (!truth) {
      let k = 0, d = Infinity;
      const x = c % w, y = Math.floor(c / w);
      fires.forEach((f, q) => { const dd = (f.cell % w - x) ** 2 + (Math.floor(f.cell / w) - y) ** 2; if (dd < d) { d = dd; k = q; } });
      if (fires[k].detected === null) continue;
    }
    out[c] = arrival[c] > t - RESIDENCE ? 1 : 2;
  }
  return out;
}

function postView(): void {
  const view = sim.viewFor(viewRole);
  if (!view) return;
  const log = sim.state.log;
  const truth = view.truth;
  const events: EventEntry[] = [];
  let start = eventCursor;
  if (resetEvents) start = 0;
  for (let i = start; i < log.length; i++) {
    const e = log[i];
    if (e.entry === 'event' && seesEvent(viewRole, truth, e)) events.push(e);
  }
  eventCursor = log.length;
  feedTracker();
  const sendEvents = resetEvents ? events.slice(-EVENTS_ON_RESET) : events;
  post({ type: 'view', view, clock: { t: sim.state.t, speed, status: status(), until }, events: sendEvents, resetEvents, facts: tracker ? tracker.facts : null });
  resetEvents = false;
}

function postRasters(): void {
  const depth = sim.state.fields.flood.depth;
  const cm = new Uint16Array(depth.length);
  for (let k = 0; k < depth.length; k++) { const v = Math.round(depth[k] * 100); cm[k] = v <= 0 ? 0 : v > 65_535 ? 65_535 : v; }
  const role = parseRole(viewRole, scenario);
  const fire = role && role.kind !== 'observer' ? fireCells(seesTruth(role)) : new Uint8Array(scenario.grid.width * scenario.grid.height);
  const grid = floodRuntime(scenario).params.grid;
  post({ type: 'raster', water: { grid: { width: grid.width, height: grid.height, cellSize: grid.cellSize }, cm }, fire }, [cm.buffer, fire.buffer]);
}

function loop(): void {
  if (!sim) return;
  const now = performance.now();
  if (speed !== 'paused' && sim.state.t < until) {
    const rate = RATE[speed];
    const target = rate === Infinity ? until : anchorT + Math.floor(((now - anchorWall) / 1000) * rate);
    advance(target);
    // Too far behind (a slow machine at a high speed): stop trying to catch up.
    if (rate !== Infinity && target - sim.state.t > rate * 2) reanchor();
    if (sim.state.t >= until) speed = 'paused';
  }
  if (now - lastView >= VIEW_MS) { lastView = now; postView(); }
  if (now - lastRaster >= RASTER_MS && sim.state.t !== lastRasterT) { lastRaster = now; lastRasterT = sim.state.t; postRasters(); }
}

/** Replay: the state at t, from the nearest snapshot at or before it. */
function seek(t: number): void {
  t = Math.max(0, Math.min(until, Math.floor(t)));
  if (t < sim.state.t) {
    let best: (typeof snapshots)[number] | undefined;
    for (const s of snapshots) if (s.t <= t) best = s;
    if (best) { sim = restoreSim(scenario, best.snap); replayNext = best.next; }
    else { sim = createSim(scenario, { seed }); replayNext = 0; applyDue(); }
    eventCursor = 0;
    resetEvents = true;
    if (tracker && plan) { tracker = new PlanTracker(plan, scenario); trackerCursor = 0; }
  }
  while (sim.state.t < t) advance(t);
  reanchor();
  lastRasterT = -1;
  postView();
  postRasters();
}

async function report(): Promise<string> {
  if (!plan) throw new Error('this scenario has no plan to grade against');
  const r = scoreLog(plan, scenario, sim.state.log, sim.state.t);
  const atRisk = scenario.villages.reduce((a, v) => a + v.atRisk.people, 0);
  await captureMap();
  const shown = [...maps].sort((a, b) => a.t - b.t).filter((m, i, all) => i === all.length - 1 || m.t !== all[i + 1].t);
  return renderReportHtml({ report: r, plan, scenario, seed, series: sim.state.series, log: sim.state.log, maps: shown, kpis: computeKpis(sim.state, scenario.injects.length, atRisk) });
}

async function start(m: Extract<ToWorker, { type: 'practice' | 'replay' }>): Promise<void> {
  folder = m.folder;
  seed = m.seed;
  until = m.until;
  scenario = await loadScenario(folder);
  plan = await loadPlan(folder, scenario).catch(() => null);
  sim = createSim(scenario, { seed });
  mode = m.type;
  if (m.type === 'practice') {
    role = m.role;
    viewRole = m.role;
    speed = m.speed;
    if (plan) autopilot = new Autopilot(plan, scenario, seed, (r) => r !== role && r !== 'director');
  } else {
    viewRole = 'director';
    replayCommands = m.entries.filter((e): e is CommandEntry => e.entry === 'command').sort((a, b) => a.seq - b.seq);
    replayNext = 0;
    speed = 'paused';
    snapshots.push({ t: 0, next: 0, snap: sim.snapshot() });
    applyDue();
  }
  reportTimes = new Set(reportMapTimes(until));
  mapTimes = [...reportTimes].sort((a, b) => a - b);
  if (plan) tracker = new PlanTracker(plan, scenario);
  reanchor();
  post({ type: 'ready', until, hasPlan: plan !== null });
  postView();
  postRasters();
  setInterval(loop, 50);
}

async function handle(m: ToWorker): Promise<void> {
  switch (m.type) {
    case 'practice':
    case 'replay':
      await start(m);
      return;
    case 'command': {
      const r = sim.apply({ ...m.command, role: m.command.role ?? role });
      post({ type: 'ack', id: m.id, ack: r.ok ? { ok: true, seq: r.seq, t: r.t } : { ok: false, error: r.reason, message: r.message } });
      applyDue();
      postView();
      return;
    }
    case 'speed':
      speed = m.speed;
      reanchor();
      postView();
      return;
    case 'viewAs':
      viewRole = m.role;
      resetEvents = true;
      postView();
      lastRasterT = -1;
      postRasters();
      return;
    case 'seek':
      seek(m.t);
      return;
    case 'report':
      post({ type: 'report', id: m.id, html: await report().catch((err) => `<p>${String((err as Error)?.message ?? err)}</p>`) });
      return;
  }
}

// Messages are handled one after another (a command sent while the scenario loads waits for it).
let chain: Promise<void> = Promise.resolve();
self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  chain = chain.then(() => handle(m)).catch((err) => post({ type: 'failed', message: String((err as Error)?.stack ?? err) }));
};

export type { LogEntry };
