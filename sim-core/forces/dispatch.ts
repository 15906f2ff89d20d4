// 调派: the dispatch and recall orders. A unit at base turns out after a seeded delay by team
// type; a unit already on the road is redirected at once; a unit on scene or stranded leaves
// after a short regroup.
import { reject, type ApplyResult, type DispatchCommand, type RecallCommand } from '../commands/command.ts';
import { unitAudience, type SimContext } from '../context.ts';
import { placeIndex } from '../world/placeIndex.ts';
import { findRoute } from './routing.ts';
import { TURNOUT_SECONDS } from './teamTypes.ts';
import { startDuty } from './fatigue.ts';
import { destinationLabel, destinationNode } from './destination.ts';
import { isAircraft, redirect } from './movement.ts';
import { emergencyClosed, knownClosed } from './knownRoads.ts';
import { tripArrival, tripToPivot } from './trip.ts';
import type { Destination } from '../state.ts';
import { AWAITING_ACCEPT, awaitingAccept } from './unitState.ts';
import { isPlayed } from '../drill/playedState.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

/** Seconds a unit on scene needs to pack up before it moves on (assumed). */
const REGROUP_SECONDS = 300;

/** An order to stay where it is: a unit turning out stands down, a stranded one stops waiting. */
function standDown(ctx: SimContext, cmd: DispatchCommand | RecallCommand, to: Destination, seq: number): null {
  const base = placeIndex(ctx.scenario).team.get(cmd.unit)!.base;
  ctx.update((draft) => {
    const u = draft.units[cmd.unit];
    u.status = 'place' in to && to.place === base ? 'atBase' : 'onScene';
    if (u.status === 'atBase') u.restSince = ctx.state.t;
    u.destination = to;
    u.destinationNode = u.node;
    u.trip = null;
    u.tripBlocked = false;
    u.discover = null;
    u.task = cmd.type === 'dispatch' ? cmd.task : null;
    u.taskLabel = cmd.type === 'dispatch' ? cmd.label ?? null : null;
    u.orderSeq = seq;
    ctx.emit({ kind: 'unitStoodDown', unit: u.id, node: u.node }, unitAudience(ctx.scenario, u.id));
  });
  return null;
}

export function dispatchUnit(ctx: SimContext, cmd: DispatchCommand | RecallCommand, seq: number): Rejection | null {
  const { scenario, state } = ctx;
  const team = placeIndex(scenario).team.get(cmd.unit);
  const unit = state.entities.units[cmd.unit];
  if (!team || !unit) return reject('unknownUnit', `no team with id ${JSON.stringify(cmd.unit)}`);
  const to: Destination = cmd.type === 'recall' ? { place: team.base } : cmd.to;
  const node = destinationNode(scenario, to);
  if (typeof node !== 'number') return reject(node.reason, node.message);

  const closed = emergencyClosed(ctx);
  // What the role giving the order knows of the roads decides whether it can be given at all
  // (issue 15: a township is not refused for a closure only the chief was told of; its team
  // then finds the closure on the way). The truth roles know every closure.
  const truthOrder = cmd.role === 'director' || cmd.role === 'evaluator';
  const known = truthOrder ? closed : knownClosed(ctx, state.entities.closures, cmd.unit, [cmd.role]);
  // Reachability from where the unit will next be free to turn (a node, or its trip's pivot).
  const from = unit.status === 'enRoute' && unit.trip
    ? tripToPivot(unit.trip, state.t, closed).nodes.at(-1)!
    : unit.node;
  if (unit.status !== 'enRoute' && from === node) {
    if (unit.status === 'turningOut' || unit.status === 'stranded') return standDown(ctx, cmd, to, seq);
    // A team on scene given another task there switches to it where it stands (关阀 then 抢修).
    if (unit.status === 'onScene' && cmd.type === 'dispatch' && cmd.task !== unit.task) return standDown(ctx, cmd, to, seq);
    return reject('alreadyThere', `${cmd.unit} is already at ${destinationLabel(to)}`, { code: 'unitAlreadyThere', unit: cmd.unit, to: destinationLabel(to) });
  }
  if (!isAircraft(ctx, cmd.unit) && !findRoute(scenario.roads, from, node, scenario.edgeTime, known)) {
    return reject('noRoute', `no open road from ${cmd.unit}'s position to ${destinationLabel(to)}`, { code: 'noRoadForUnit', unit: cmd.unit, to: destinationLabel(to) });
  }

  // Accepted: from here on, state changes and PRNG draws (never before a possible rejection,
  // or a rejected command, which is not logged, would shift the streams on replay).
  const audience = unitAudience(scenario, cmd.unit);
  const task = cmd.type === 'dispatch' ? cmd.task : null;
  const taskLabel = cmd.type === 'dispatch' ? cmd.label ?? null : null;
  const wasEnRoute = unit.status === 'enRoute' && unit.trip !== null;
  const turnout = unit.status === 'atBase'
    ? Math.round(ctx.state.rng.between('forces', ...TURNOUT_SECONDS[team.type]))
    : unit.status === 'turningOut' ? (awaitingAccept(unit) ? unit.departAt - AWAITING_ACCEPT : Math.max(0, unit.departAt - state.t)) : REGROUP_SECONDS;
  // A team a person plays sets out only once its player has answered 接受 (issue 12): until then
  // it stays where it is (unitState.ts AWAITING_ACCEPT).
  const awaitAccept = cmd.type === 'dispatch' && isPlayed(state.entities, `team:${cmd.unit}`);

  ctx.update((draft) => {
    const u = draft.units[cmd.unit];
    u.destination = to;
    u.destinationNode = node;
    u.task = task;
    u.taskLabel = taskLabel;
    u.orderSeq = seq;
    if (wasEnRoute) {
      const previousEta = Math.ceil(tripArrival(u.trip!));
      redirect(ctx, u, draft);
      ctx.emit({ kind: 'unitRerouted', unit: u.id, eta: Math.ceil(tripArrival(u.trip!)), previousEta }, audience);
      return;
    }
    if (u.status === 'atBase') {
      const since = startDuty(u, state.t);
      if (since !== u.dutySince) u.fatigued = false;
      u.dutySince = since;
    }
    u.status = 'turningOut';
    u.departAt = awaitAccept ? AWAITING_ACCEPT + turnout : state.t + turnout;
    u.trip = null;
    u.tripBlocked = false;
    u.discover = null;
    ctx.emit({ kind: 'unitTurningOut', unit: u.id, departAt: awaitAccept ? null : u.departAt, destination: destinationLabel(to), order: seq }, audience);
  });
  return null;
}
