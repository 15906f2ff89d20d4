// What the water does, checked every flood step: road edges close when the water on them is
// deeper than their class can pass and reopen when it has fallen well below (hysteresis, so a
// road does not flicker); villages, shelters and depots report being flooded, with the depth.
// A burst main's street water (waterMain/streetFlood.ts) closes the roads it stands on the same
// way: an edge's depth is the deeper of the district grid's and its street cells' on a burst's grid.
import { periodic } from '../clock.ts';
import type { SimContext } from '../context.ts';
import { closeEdges, openEdges } from '../world/roadClosure.ts';
import { CLOSURE_BIT } from '../world/closureCause.ts';
import { cellAt } from '../world/grid.ts';
import { LAND_COVER } from '../world/landCover.ts';
import { setOutage } from './outages.ts';
import { townshipOf } from '../world/placeIndex.ts';
import { depthAt, floodRuntime } from './floodRuntime.ts';
import { FLOOD_STEP } from './floodStep.ts';
import type { Place } from '../world/places.ts';
import { streetEdgeDepths, streetsWet } from './waterMain/streetFlood.ts';

/**
 * Passable water depth (m) by road class, index as ROAD_CLASSES. 0.3 m is the usual limit for
 * cars and light rescue vehicles (floating starts at about 0.3–0.6 m; Shand et al. 2011, UK
 * EA/Defra R&D FD2321 guidance on vehicle stability); higher-built main roads drain faster and
 * carry high-clearance trucks, tracks and village lanes less.
 */
const CLOSE_DEPTH = new Float64Array([0.4, 0.3, 0.3, 0.25, 0.2]);
/** A closed road reopens once the water is below this share of its closing depth. */
const REOPEN_SHARE = 0.5;
const FLOODED = 0.15, DRAINED = 0.05, CUT_DEPTH = 0.5;
/**
 * A road cell on a river is a bridge or causeway: its deck stands above the bed (assumed 3 m,
 * a typical small mountain-road bridge), so water is measured from there.
 */
const BRIDGE_DECK = 3;

function roadConsequences(ctx: SimContext): void {
  const rt = floodRuntime(ctx.scenario);
  const flood = ctx.state.fields.flood;
  const depthOf = (c: number) => depthAt(ctx.scenario, rt, flood, c);
  const deck = (c: number) => (c >= 0 && ctx.scenario.landCover[c] === LAND_COVER.water ? BRIDGE_DECK : 0);
  const closed = ctx.state.fields.edgeClosed;
  const g = ctx.scenario.roads;
  const toClose: number[] = [], toOpen: number[] = [];
  const street = streetEdgeDepths(ctx);
  for (let e = 0; e < g.edgeCount; e++) {
    const a = rt.edgeCellA[e], b = rt.edgeCellB[e];
    const d = Math.max(depthOf(a) - deck(a), depthOf(b) - deck(b), street ? street[e] : 0);
    const limit = CLOSE_DEPTH[g.edgeClass[e]];
    const byFlood = (closed[e] & CLOSURE_BIT.flood) !== 0;
    if (!byFlood && d > limit) toClose.push(e);
    else if (byFlood && d < REOPEN_SHARE * limit) toOpen.push(e);
  }
  if (toClose.length) closeEdges(ctx, toClose, 'flood', { zh: '道路积水过深', en: 'road under water' });
  if (toOpen.length) openEdges(ctx, toOpen, 'flood');
}

function placeAudience(p: Place): string[] {
  const t = townshipOf(p);
  return t ? ['chief', `township:${t}`] : ['chief'];
}

function placeConsequences(ctx: SimContext): void {
  const { scenario } = ctx;
  const rt = floodRuntime(scenario);
  const places = [...scenario.villages, ...scenario.shelters, ...scenario.depots];
  const changes: { p: Place; d: number }[] = [];
  const { flooded, maxDepth } = ctx.state.entities.hazards;
  for (const p of places) {
    const d = depthAt(scenario, rt, ctx.state.fields.flood, cellAt(scenario.grid, p.x, p.y));
    const wet = p.id in flooded;
    if ((!wet && d > FLOODED) || (wet && d < DRAINED) || (d > (maxDepth[p.id] ?? 0) + 0.05)) changes.push({ p, d });
  }
  if (!changes.length) return;
  // Half a metre of water in a village cuts its power and water supply; they return as it drains.
  for (const { p, d } of changes) {
    if (p.kind !== 'village') continue;
    if (d >= CUT_DEPTH) setOutage(ctx, p.id, ['power', 'water'], false, 'flood');
    else if (d < DRAINED) setOutage(ctx, p.id, ['power', 'water'], true, 'flood');
  }
  ctx.update((draft) => {
    for (const { p, d } of changes) {
      const depthCm = Math.round(d * 100) / 100;
      const wasWet = p.id in draft.hazards.flooded;
      if (d > (draft.hazards.maxDepth[p.id] ?? 0)) draft.hazards.maxDepth[p.id] = depthCm;
      if (!wasWet && d > FLOODED) {
        draft.hazards.flooded[p.id] = { depth: depthCm, since: ctx.state.t };
        ctx.emit({ kind: 'placeFlooded', place: p.id, placeKind: p.kind, depth: depthCm }, placeAudience(p));
      } else if (wasWet && d < DRAINED) {
        delete draft.hazards.flooded[p.id];
        ctx.emit({ kind: 'placeDrained', place: p.id, placeKind: p.kind }, placeAudience(p));
      } else if (wasWet) {
        draft.hazards.flooded[p.id].depth = depthCm;
      }
    }
  });
}

/** Roads and places are checked every five minutes: often enough for an exercise, and it keeps the storm day fast. */
export const CONSEQUENCE_STEP = 5 * FLOOD_STEP;

/**
 * Roads first, as a step of their own, so units and evacuees react to what closed (the sim's
 * roads-changed step) before the places report being flooded. A dry, idle grid is skipped.
 */
export const floodRoads = periodic('floodRoads', 'consequences', CONSEQUENCE_STEP, (ctx) => {
  if (ctx.state.fields.floodIdle && !anyFloodClosure(ctx) && !streetsWet(ctx)) return;
  roadConsequences(ctx);
});

export const floodPlaces = periodic('floodPlaces', 'consequences', CONSEQUENCE_STEP, (ctx) => {
  if (ctx.state.fields.floodIdle && Object.keys(ctx.state.entities.hazards.flooded).length === 0) return;
  placeConsequences(ctx);
});

function anyFloodClosure(ctx: SimContext): boolean {
  const closed = ctx.state.fields.edgeClosed;
  for (let e = 0; e < closed.length; e++) if (closed[e] & CLOSURE_BIT.flood) return true;
  return false;
}
