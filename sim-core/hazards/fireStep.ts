// The fire subsystem, every minute: random ignitions, re-timing when the weather changed or
// new fire line stands, the burning and burned cells of each fire, detection, fire line, roads
// closed by fire and smoke, places the fire comes near.
import { periodic } from '../clock.ts';
import type { SimContext } from '../context.ts';
import { sortedKeys } from '../order.ts';
import { closeEdges, openEdges } from '../world/roadClosure.ts';
import { CLOSURE_BIT } from '../world/closureCause.ts';
import { townshipOf } from '../world/placeIndex.ts';
import { floodRuntime } from './floodRuntime.ts';
import { fireRuntime } from './fireRuntime.ts';
import { RESIDENCE, recomputeFire } from './fireSpread.ts';
import { detectFires } from './fireDetection.ts';
import { buildFireLine } from './fireSuppression.ts';
import { throwSpots } from './fireSpotting.ts';
import { ignite } from './fireIgnition.ts';
import { NON_BURNABLE } from './fire/spread.ts';
import { squared } from '../math/index.ts';

const FIRE_STEP = 60;
/** Fire line is folded into the spread at most this often (a recompute is a full pass), s. */
const LINE_RECOMPUTE = 600;
/** A place is threatened when a burning cell is this close, m. */
const THREAT_DISTANCE = 1000;

function randomIgnition(ctx: SimContext): void {
  const rate = ctx.scenario.ignitionsPerDay;
  if (rate <= 0) return;
  if (ctx.state.rng.uniform('hazards') >= (rate * FIRE_STEP) / 86_400) return;
  const land = fireRuntime(ctx.scenario).land;
  const c = ctx.state.rng.intBetween('hazards', 0, land.fuel.length - 1);
  if (land.fuel[c] === NON_BURNABLE) return;
  const { width, cellSize } = ctx.scenario.grid;
  ignite(ctx, (c % width + 0.5) * cellSize, (Math.floor(c / width) + 0.5) * cellSize, 'random');
}

function run(ctx: SimContext): void {
  randomIgnition(ctx);
  const { state, scenario } = ctx;
  const ids = sortedKeys(state.entities.fire.fires);
  if (ids.length === 0) return;
  const f = state.fields;
  if (f.fireDirty || f.fireWeather !== JSON.stringify(state.entities.weather) || (f.fireLineDirty && state.t % LINE_RECOMPUTE === 0)) {
    f.fireLineDirty = false;
    recomputeFire(ctx);
  }
  const t = state.t, arrival = f.fireArrival;
  const { width } = scenario.grid;
  const fires = ids.map((id) => state.entities.fire.fires[id]);
  const burningOf: Record<string, number[]> = {};
  const burned = new Float64Array(fires.length), burning = new Float64Array(fires.length);
  const allBurning: number[] = [];
  for (let c = 0; c < arrival.length; c++) {
    if (!(arrival[c] <= t)) continue;
    // Each cell belongs to the fire whose ignition is nearest.
    let k = 0;
    if (fires.length > 1) {
      let d = Infinity;
      const x = c % width, y = Math.floor(c / width);
      fires.forEach((fi, q) => { const dd = squared(fi.cell % width - x) + squared(Math.floor(fi.cell / width) - y); if (dd < d) { d = dd; k = q; } });
    }
    if (arrival[c] > t - RESIDENCE) { burning[k]++; (burningOf[fires[k].id] ??= []).push(c); allBurning.push(c); } else burned[k]++;
  }
  let lineBuilt = false;
  ctx.update((draft) => {
    fires.forEach((fi, k) => {
      const e = draft.fire.fires[fi.id];
      e.burnedCells = burned[k];
      e.burningCells = burning[k];
    });
    detectFires(ctx, draft, burningOf);
    lineBuilt = buildFireLine(ctx, draft, FIRE_STEP);
    threatenPlaces(ctx, draft, allBurning);
  });
  if (lineBuilt) { f.fireLineDirty = true; f.version++; }
  fireRoads(ctx, allBurning);
  throwSpots(ctx, allBurning);
}

function threatenPlaces(ctx: SimContext, draft: import('immer').Draft<import('../state.ts').Entities>, burning: number[]): void {
  const { scenario } = ctx;
  const { width, cellSize } = scenario.grid;
  for (const p of [...scenario.villages, ...scenario.shelters]) {
    if (p.id in draft.fire.threatened) continue;
    for (const c of burning) {
      const x = (c % width + 0.5) * cellSize, y = (Math.floor(c / width) + 0.5) * cellSize;
      const d = Math.sqrt(squared(x - p.x) + squared(y - p.y));
      if (d > THREAT_DISTANCE) continue;
      draft.fire.threatened[p.id] = ctx.state.t;
      const t = townshipOf(p);
      // Villagers see the fire coming and call it in, detected or not.
      ctx.emit({ kind: 'placeThreatenedByFire', place: p.id, placeKind: p.kind, distance: Math.round(d) }, t ? ['chief', `township:${t}`] : ['chief']);
      break;
    }
  }
}

/** Edges with a burning end close (flames and smoke); they open when both ends have burned out. */
function fireRoads(ctx: SimContext, burning: number[]): void {
  const rt = floodRuntime(ctx.scenario);
  const set = new Set(burning);
  const closed = ctx.state.fields.edgeClosed;
  const toClose: number[] = [], toOpen: number[] = [];
  for (let e = 0; e < closed.length; e++) {
    const hot = set.has(rt.edgeCellA[e]) || set.has(rt.edgeCellB[e]);
    const byFire = (closed[e] & CLOSURE_BIT.fire) !== 0;
    if (hot && !byFire) toClose.push(e);
    else if (!hot && byFire) toOpen.push(e);
  }
  const anyDetected = Object.values(ctx.state.entities.fire.fires).some((f) => f.detected !== null);
  const audience = anyDetected ? ['all'] : [];
  if (toClose.length) closeEdges(ctx, toClose, 'fire', { zh: '山火及烟雾阻断道路', en: 'fire and smoke on the road' }, audience);
  if (toOpen.length) openEdges(ctx, toOpen, 'fire', audience);
}

export const fire = periodic('fire', 'hazards', FIRE_STEP, run);
