// The simulation in a Web Worker: offline practice (the autopilot plays every role but the
// trainee's; the clock turns wall time into sim time at the chosen speed) and replay (an
// exercise's log folded from its seed, with checkpoints to jump back). The runtime's driver
// runs the sim and the shown role's feed says what to post — view patches 4 times a second,
// events once each, the plan checklist, raster deltas once a second — as the server would.
import { crowdEngineFor } from './crowdEngine.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { CommandEntry, LogEntry } from '../../sim-core/log.ts';
import { scoreLog } from '../../sim-core/score/score.ts';
import { worldMeasures } from '../../sim-core/score/worldMeasures.ts';
import { computeKpis } from '../../sim-core/metrics.ts';
import { Driver } from '../../runtime/driver.ts';
import { SimClock } from '../../runtime/clock.ts';
import { maxStopTime } from '../../runtime/maxRun.ts';
import { RoleFeed } from '../../runtime/feed.ts';
import { PlanFacts } from '../../runtime/checklist.ts';
import { fireCells, SimRasters } from '../../runtime/rasters.ts';
import { renderReportHtml, reportMapTimes } from '../../presentation/report/reportHtml.ts';
import { loadPlan, loadScenario } from '../scenario/catalog.ts';
import { drawSituation } from '../map/drawMap.ts';
import { situationOf } from '../../presentation/map/situationMap.ts';
import { situationLegend, type LegendGroup } from '../../presentation/map/situationLegend.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { Speed } from '../session/store.ts';

const VIEW_MS = 250;
const RASTER_MS = 1000;
/** Wall time one loop turn may spend advancing the sim. */
const TURN_MS = 40;
/** Replay: a checkpoint every this many sim seconds, to jump back without folding from zero. */
const CHECKPOINT_EVERY = 3600;

let scenario: Scenario;
let plan: Plan | null = null;
let seed = 1;
let driver: Driver;
let clock: SimClock;
let role = 'chief';
let viewRole = 'chief';
let feed: RoleFeed;
let planFacts: PlanFacts | null = null;
let rasters: SimRasters;
let until = 86_400;
/** A 最快 run pauses here (the next inject, or a chosen time); null: no stop asked. */
let stopAt: number | null = null;
let lastView = 0, lastRaster = 0;
let mapTimes: number[] = [];
const maps: { t: number; png: Uint8Array; legend?: LegendGroup[] }[] = [];
let version = 0;
const nextVersion = () => ++version;

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

function status(): string { return driver.t >= until ? 'finished' : 'running'; }

function clockMessage() {
  return { t: driver.t, speed: clock.speed, status: status(), until };
}

async function captureMap(): Promise<void> {
  if (typeof OffscreenCanvas === 'undefined') return;
  const sim = driver.sim;
  const t = sim.state.t;
  const canvas = new OffscreenCanvas(960, 960);
  // The director's truth of the moment (presentation/map/situationMap.ts), with the fire as the rasters hold it.
  const layers = { ...situationOf(scenario, sim.state), fire: fireCells(sim).truth };
  drawSituation(canvas.getContext('2d')!, scenario, 960, layers);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  maps.push({ t, png: new Uint8Array(await blob.arrayBuffer()), legend: situationLegend(scenario, layers, 'zh') });
}

/** Advances toward `target` for at most TURN_MS of wall time, in slices the driver may stop inside. */
function advance(target: number): void {
  const deadline = performance.now() + TURN_MS;
  target = Math.min(target, until);
  let chunk = 60;
  while (driver.t < target && performance.now() < deadline) {
    const started = performance.now();
    driver.advanceTo(Math.min(target, driver.t + chunk), { times: mapTimes.filter((x) => x > driver.t), at: () => void captureMap() });
    if (performance.now() - started < 4 && chunk < 3600) chunk *= 2;
  }
}

/** A new feed for the shown role: the whole view, its events so far, its checklist, whole raster layers. */
function resetFeed(): void {
  // Practice: the trainee's bundle holds the plan whole, so its checklist lists every requirement, waiting ones too.
  feed = new RoleFeed(viewRole, driver.sim, { nextVersion, planFacts, wholePlan: true });
  post({ type: 'feed', view: { kind: 'view', message: feed.view() }, events: { entries: feed.backlog(driver.sim), reset: true }, checklist: feed.checklist(), clock: clockMessage() });
  rasters = new SimRasters(driver.sim, nextVersion);
  post({ type: 'raster', layers: rasters.fullFor(scenario, viewRole) });
}

function postFeed(): void {
  const u = feed.refresh(driver.sim);
  post({ type: 'feed', view: u.view, events: u.events, checklist: u.checklist, evaluations: u.evaluations, clock: clockMessage() });
}

function postRasters(): void {
  const layers = SimRasters.deltasFor(scenario, viewRole, rasters.update(driver.sim));
  if (layers.length) post({ type: 'raster', layers });
}

function loop(): void {
  if (!driver) return;
  const now = performance.now();
  if (clock.speed !== 'paused' && driver.t < until) {
    const target = clock.target(now, driver.t, Math.min(until, stopAt ?? Infinity));
    advance(target);
    clock.settle(performance.now(), driver.t, target);
    if (driver.t >= until || (stopAt !== null && driver.t >= stopAt)) { clock.setSpeed('paused', now, driver.t); stopAt = null; }
  }
  if (now - lastView >= VIEW_MS) { lastView = now; postFeed(); }
  if (now - lastRaster >= RASTER_MS) { lastRaster = now; postRasters(); }
}

/** Replay: the state at t, from the nearest checkpoint at or before it. */
function seek(t: number): void {
  t = Math.max(0, Math.min(until, Math.floor(t)));
  const back = t < driver.t;
  if (back) driver.seek(t);
  else while (driver.t < t) advance(t);
  clock.reanchor(performance.now(), driver.t);
  if (back) resetFeed(); else { postFeed(); postRasters(); }
}

async function report(): Promise<string> {
  if (!plan) throw new Error('this scenario has no plan to grade against');
  const sim = driver.sim;
  const r = scoreLog(plan, scenario, sim.state.log, sim.state.t, worldMeasures(sim.scenario, sim.state));
  const atRisk = scenario.villages.reduce((a, v) => a + v.atRisk.people, 0);
  await captureMap();
  const shown = [...maps].filter((m) => m.t <= sim.state.t).sort((a, b) => a.t - b.t).filter((m, i, all) => i === all.length - 1 || m.t !== all[i + 1].t);
  return renderReportHtml({ report: r, plan, scenario, seed, series: sim.state.series, log: sim.state.log, maps: shown, kpis: computeKpis(sim.state, scenario.injects.length, atRisk) });
}

async function start(m: Extract<ToWorker, { type: 'practice' | 'replay' }>): Promise<void> {
  const folder = m.folder;
  seed = m.seed;
  until = m.until;
  const auth = m.type === 'replay' ? m.auth : undefined;
  scenario = await loadScenario(folder, auth);
  plan = await loadPlan(folder, scenario, auth).catch(() => null);
  await crowdEngineFor(scenario);
  if (m.type === 'practice') {
    role = m.role;
    viewRole = m.role;
    driver = new Driver({ scenario, seed, plan, autopilotPlays: (r) => r !== role && r !== 'director' });
    // The trainee plays this role: logged, so the core waits for its 叫应 and gives a team its task to answer.
    if (/^(chief|township:|team:)/.test(role)) driver.accept({ type: 'setPlayed', role: 'director', forRole: role, played: true });
    clock = new SimClock(m.speed, performance.now(), 0);
  } else {
    viewRole = 'director';
    // The log's own orders are replayed; no autopilot (its orders are in the log).
    driver = new Driver({ scenario, seed, checkpointEvery: CHECKPOINT_EVERY });
    const commands = m.entries.filter((e): e is CommandEntry => e.entry === 'command').sort((a, b) => a.seq - b.seq);
    driver.scheduleCommands(commands.map((c) => ({ t: c.t, command: c, tag: c.seq })));
    driver.advanceTo(0);
    clock = new SimClock('paused', performance.now(), 0);
  }
  mapTimes = reportMapTimes(until, scenario);
  planFacts = plan ? new PlanFacts(plan, () => driver.sim) : null;
  post({ type: 'ready', until, hasPlan: plan !== null });
  resetFeed();
  setInterval(loop, 50);
}

async function handle(m: ToWorker): Promise<void> {
  switch (m.type) {
    case 'practice':
    case 'replay':
      await start(m);
      return;
    case 'command': {
      const r = driver.accept({ ...m.command, role: m.command.role ?? role }).result;
      post({ type: 'ack', id: m.id, ack: r.ok ? { ok: true, seq: r.seq, t: r.t } : { ok: false, error: r.reason, message: r.message, ...(r.detail ? { detail: r.detail } : {}) } });
      driver.advanceTo(driver.t);
      postFeed();
      return;
    }
    case 'speed':
      stopAt = m.speed === 'max' && m.stopAt !== undefined ? maxStopTime(driver.sim, m.stopAt, until) : null;
      clock.setSpeed(m.speed as Speed, performance.now(), driver.t);
      postFeed();
      return;
    case 'viewAs':
      viewRole = m.role;
      resetFeed();
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
