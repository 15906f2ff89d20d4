// 转移避险: an evacuation order makes a village's at-risk households leave in groups after a
// seeded reaction time — some refuse until a second order — and travel by the road network to
// the nearest open shelter with room (capacity at 1.5 m² a person). Groups with no open way, or
// no shelter with room, are stranded: they need rescue. Travel is at a third of an emergency
// vehicle's speed (buses and tractors on crowded mountain roads; assumed).
import { original, type Draft } from 'immer';
import { eventDriven, periodic } from '../clock.ts';
import type { SimContext } from '../context.ts';
import type { Entities } from '../state.ts';
import { reject, type ApplyResult, type OrderEvacuationCommand } from '../commands/command.ts';
import { shortestPathTree, pathFromTree } from '../forces/routing.ts';
import { routeOnRoads } from '../forces/simRoute.ts';
import { knownClosed } from '../forces/knownRoads.ts';
import { extendTrip, tripSegment, tripToPivot, tripUsesClosed } from '../forces/trip.ts';
import { compareStrings, sortedKeys } from '../order.ts';
import type { EvacuationGroup } from './evacuationState.ts';
import { casualtiesOf } from './atHome.ts';
import { openOnArrival } from './shelters.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** The groups as plain objects (immer's original), to search without creating proxies. */
function plainGroups(draft: Draft<Entities>): Entities['evacuation']['groups'] {
  return original(draft.evacuation.groups) ?? (draft.evacuation.groups as Entities['evacuation']['groups']);
}

/** Households that leave together (one bus or a few vehicles). */
const GROUP_HOUSEHOLDS = 10;
/** Seconds from the order to the village until a group is on its way, uniform (assumed). */
const REACTION: [number, number] = [900, 3600];
/** Share of groups that refuse the first order (DOMAIN.md: some stay until told again). */
const REFUSE_FIRST = 0.15;
const SLOWDOWN = 3;
/** Chance that neighbours take a village's vulnerable people along without a team (assumed). */
const NEIGHBOURS_HELP = 0.5;

/** Splits the village's at-risk people still at home (and in no group) into groups; they leave home. */
function groupsOf(ctx: SimContext, draft: Draft<Entities>, villageId: string): EvacuationGroup[] {
  const v = ctx.scenario.villages.find((x) => x.id === villageId)!;
  const out: EvacuationGroup[] = [];
  const c = casualtiesOf(draft, v);
  // The vulnerable form their own group: mostly people living alone, a household each.
  const helpless = Math.min(c.home, v.vulnerable);
  if (helpless > 0) out.push({ id: `${v.id}#help`, village: v.id, households: helpless, people: helpless, status: 'needsHelp', leaveAt: 0, node: v.node, shelter: null, trip: null, arrivedAt: null });
  const people = c.home - helpless;
  const households = v.atRisk.people > 0 ? Math.max(0, Math.round((v.atRisk.households * c.home) / v.atRisk.people) - helpless) : 0;
  c.home = 0;
  const n = Math.max(1, Math.ceil(households / GROUP_HOUSEHOLDS));
  let hLeft = households, pLeft = people;
  for (let k = 0; k < n; k++) {
    const households = Math.ceil(hLeft / (n - k)), people = Math.ceil(pLeft / (n - k));
    hLeft -= households; pLeft -= people;
    out.push({ id: `${v.id}#${k + 1}`, village: v.id, households, people, status: 'waiting', leaveAt: 0, node: v.node, shelter: null, trip: null, arrivedAt: null });
  }
  return out.filter((g) => g.people > 0);
}

export function orderEvacuation(ctx: SimContext, cmd: OrderEvacuationCommand): Rejection | null {
  const { scenario } = ctx;
  const villages = new Map(scenario.villages.map((v) => [v.id, v]));
  const shelters = new Set(scenario.shelters.map((s) => s.id));
  for (const id of cmd.villages) if (!villages.has(id)) return reject('unknownPlace', `no village ${JSON.stringify(id)}`);
  for (const id of cmd.shelters ?? []) if (!shelters.has(id)) return reject('unknownPlace', `no shelter ${JSON.stringify(id)}`);
  if (cmd.role.startsWith('township:')) {
    const own = cmd.role.slice('township:'.length);
    const foreign = cmd.villages.find((id) => villages.get(id)!.township !== own);
    if (foreign) return reject('notPermitted', `village ${foreign} is not in township ${own}`, { code: 'villageNotOwn', village: foreign, township: own });
  }
  const t = ctx.state.t;
  ctx.update((draft) => {
    for (const id of [...new Set(cmd.villages)].sort(compareStrings)) {
      const prev = draft.evacuation.orders[id];
      draft.evacuation.orders[id] = { at: prev?.at ?? t, count: (prev?.count ?? 0) + 1, shelters: cmd.shelters ?? prev?.shelters ?? [] };
      if (!prev) {
        for (const g of groupsOf(ctx, draft, id)) {
          if (g.status === 'needsHelp') {
            // Neighbours and relatives take some along (一帮一结对); the others wait for a team.
            if (ctx.state.rng.uniform('people') < NEIGHBOURS_HELP) { g.status = 'waiting'; g.leaveAt = t + Math.round(ctx.state.rng.between('people', ...REACTION)); }
            draft.evacuation.groups[g.id] = g;
            continue;
          }
          const refuses = ctx.state.rng.uniform('people') < REFUSE_FIRST;
          g.status = refuses ? 'refusing' : 'waiting';
          g.leaveAt = t + Math.round(ctx.state.rng.between('people', ...REACTION));
          draft.evacuation.groups[g.id] = g;
        }
      } else {
        // A second order (and the door-to-door visits that come with it) moves those who refused.
        const base = plainGroups(draft);
        for (const gid of sortedKeys(base)) {
          if (base[gid].village !== id || base[gid].status !== 'refusing') continue;
          const g = draft.evacuation.groups[gid];
          if (g.village === id && g.status === 'refusing') { g.status = 'waiting'; g.leaveAt = t + Math.round(ctx.state.rng.between('people', ...REACTION)); }
        }
      }
    }
  });
  ctx.emit({ kind: 'evacuationOrdered', villages: cmd.villages, by: cmd.role }, ['chief', cmd.role, ...new Set(cmd.villages.map((id) => `township:${villages.get(id)!.township}`))]);
  return null;
}

function audience(ctx: SimContext, villageId: string): string[] {
  const v = ctx.scenario.villages.find((x) => x.id === villageId)!;
  return ['chief', `township:${v.township}`];
}

/** Sets a waiting group off to the nearest shelter (by travel time) with room, or strands it. */
function setOff(ctx: SimContext, draft: Draft<Entities>, g: Draft<EvacuationGroup>, retry = false): void {
  const { scenario, state } = ctx;
  const edgeTime = scenario.edgeTime;
  const tree = shortestPathTree(scenario.roads, g.node, edgeTime, state.fields.edgeClosed);
  const named = draft.evacuation.orders[g.village].shelters;
  const candidates = scenario.shelters
    .filter((s) => named.length === 0 || named.includes(s.id))
    .filter((s) => (draft.evacuation.occupancy[s.id] ?? 0) + g.people <= s.capacity)
    .map((s) => ({ s, time: tree.dist[s.node] }))
    .sort((a, b) => a.time - b.time || (a.s.id < b.s.id ? -1 : 1));
  // The nearest open shelter with room; failing that, the nearest with room (opened on arrival).
  const reachable = candidates.find((c) => Number.isFinite(c.time) && c.s.id in draft.evacuation.opened)
    ?? candidates.find((c) => Number.isFinite(c.time));
  if (!reachable) {
    // Still cut off: no new event for a group that was already.
    if (retry) return;
    g.status = candidates.length ? 'stranded' : 'noShelter';
    ctx.emit({ kind: 'evacueesStranded', group: g.id, village: g.village, people: g.people, reason: candidates.length ? 'noRoute' : 'noShelter' }, audience(ctx, g.village));
    return;
  }
  const route = pathFromTree(scenario.roads, tree, reachable.s.node)!;
  const times = [state.t];
  for (const e of route.edges) times.push(times[times.length - 1] + SLOWDOWN * edgeTime[e]);
  g.status = 'moving';
  g.shelter = reachable.s.id;
  g.trip = { nodes: route.nodes, edges: route.edges, times, turnBack: false };
  draft.evacuation.occupancy[reachable.s.id] = (draft.evacuation.occupancy[reachable.s.id] ?? 0) + g.people;
  // The ETA the township and the chief hear is by the roads the township knows to be open (issue
  // 15): the people walk round a cut they see, but a longer time would give away a cut nobody told.
  const v = scenario.villages.find((x) => x.id === g.village)!;
  const known = routeOnRoads(ctx, g.node, reachable.s.node, knownClosed(ctx, state.entities.closures, g.id, [`township:${v.township}`], 'public'));
  let told = times[times.length - 1];
  if (known) { told = state.t; for (const e of known.edges) told += SLOWDOWN * edgeTime[e]; }
  ctx.emit({ kind: 'evacueesDeparted', group: g.id, village: g.village, people: g.people, shelter: reachable.s.id, eta: Math.ceil(told) }, audience(ctx, g.village));
}

function pending(ctx: SimContext): number {
  let next = Infinity;
  const groups = ctx.state.entities.evacuation.groups;
  for (const g of Object.values(groups)) {
    if (g.status === 'waiting') next = Math.min(next, g.leaveAt);
    else if (g.status === 'moving' && g.trip) next = Math.min(next, Math.ceil(g.trip.times[g.trip.times.length - 1]));
  }
  return next;
}

/**
 * After roads close: a group whose way ahead closed finishes the stretch it is on (or turns
 * back) and takes the fastest open way to its shelter; with none, it is stranded where it stops.
 */
export function evacueesOnRoadsChanged(ctx: SimContext, draft: Draft<Entities>): void {
  const { scenario, state } = ctx;
  const closed = state.fields.edgeClosed;
  const base = plainGroups(draft);
  for (const id of sortedKeys(base)) {
    if (base[id].status !== 'moving') continue;
    const g = draft.evacuation.groups[id];
    if (g.status !== 'moving' || !g.trip) continue;
    const k = tripSegment(g.trip, state.t);
    const underIt = k < g.trip.edges.length && closed[g.trip.edges[k]] !== 0 && !(g.trip.turnBack && k === 0);
    if (!underIt && !tripUsesClosed(g.trip, k, closed)) continue;
    const pivot = tripToPivot(g.trip, state.t, closed);
    const from = pivot.nodes[pivot.nodes.length - 1];
    const shelter = scenario.shelters.find((s) => s.id === g.shelter)!;
    const route = routeOnRoads(ctx, from, shelter.node, closed);
    if (route) {
      const slow = scenario.edgeTime.map((x) => SLOWDOWN * x);
      g.trip = extendTrip(pivot, route, slow);
      continue;
    }
    // Cut off: it stops where it can and waits for rescue; its place in the shelter is freed.
    draft.evacuation.occupancy[shelter.id] -= g.people;
    g.status = 'stranded';
    g.node = from;
    g.trip = null;
    ctx.emit({ kind: 'evacueesStranded', group: g.id, village: g.village, people: g.people, reason: 'noRoute' }, audience(ctx, g.village));
  }
}

/**
 * After roads open: evacuees cut off on the road, and groups that found no shelter with room,
 * set off again if a way (and room) now exists; the others keep waiting.
 */
export function evacueesOnRoadsOpened(ctx: SimContext, draft: Draft<Entities>): void {
  const base = plainGroups(draft);
  for (const id of sortedKeys(base)) {
    if (base[id].status !== 'stranded' && base[id].status !== 'noShelter') continue;
    const g = draft.evacuation.groups[id];
    if (g.people === 0) continue;
    setOff(ctx, draft, g, true);
  }
}

/** Seconds for a household persuaded at the door to get going (assumed). */
const PERSUADED: [number, number] = [300, 1200];

/**
 * 包户动员: a team on scene at a village with an evacuation task (协助转移 / evacuate) goes door
 * to door; households that refused the order leave after all.
 */
export const doorToDoor = periodic('doorToDoor', 'decisions', 300, (ctx) => {
  const { scenario, state } = ctx;
  const groups = state.entities.evacuation.groups;
  if (!Object.values(groups).some((g) => g.status === 'refusing' || g.status === 'needsHelp')) return;
  const villageAt = new Map(scenario.villages.map((v) => [v.node, v.id]));
  const visited = new Set<string>();
  for (const id of sortedKeys(state.entities.units)) {
    const u = state.entities.units[id];
    if (u.status !== 'onScene' || u.task !== 'evacuate') continue;
    const v = villageAt.get(u.node);
    if (v) visited.add(v);
  }
  if (visited.size === 0) return;
  ctx.update((draft) => {
    const base = plainGroups(draft);
    for (const gid of sortedKeys(base)) {
      if ((base[gid].status !== 'refusing' && base[gid].status !== 'needsHelp') || !visited.has(base[gid].village)) continue;
      const g = draft.evacuation.groups[gid];
      g.status = 'waiting';
      g.leaveAt = state.t + Math.round(state.rng.between('people', ...PERSUADED));
      ctx.emit({ kind: 'evacueesPersuaded', group: g.id, village: g.village, people: g.people }, audience(ctx, g.village));
    }
  });
});

export const evacuation = eventDriven('evacuation', 'movement', pending, (ctx) => {
  const t = ctx.state.t;
  // Only the groups due now are touched through the draft (immer's proxies are slow).
  const all = ctx.state.entities.evacuation.groups;
  const due = sortedKeys(all).filter((id) => {
    const g = all[id];
    return (g.status === 'waiting' && g.leaveAt <= t) || (g.status === 'moving' && g.trip !== null && Math.ceil(g.trip.times[g.trip.times.length - 1]) <= t);
  });
  if (due.length === 0) return;
  ctx.update((draft) => {
    for (const id of due) {
      const g = draft.evacuation.groups[id];
      if (g.status === 'waiting' && g.leaveAt <= t) setOff(ctx, draft, g);
      else if (g.status === 'moving' && g.trip && Math.ceil(g.trip.times[g.trip.times.length - 1]) <= t) {
        g.status = 'sheltered';
        openOnArrival(ctx, draft, g.shelter!);
        g.arrivedAt = t;
        g.node = g.trip.nodes[g.trip.nodes.length - 1];
        g.trip = null;
        ctx.emit({ kind: 'evacueesArrived', group: g.id, village: g.village, people: g.people, shelter: g.shelter! }, audience(ctx, g.village));
      }
    }
  });
});
