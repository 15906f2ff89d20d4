// What a role sees of the drill's answers: warnings waiting for a duty room's 叫应 (the chief
// all townships, a township its own) and the tasks of played teams (the sender and the team's
// chain see each step; the team its own), and, for director and evaluator, who plays what.
// The waiting times are the client's to count from `deliveredAt` / the last step.
import type { SimContext } from '../context.ts';
import type { Role } from '../commands/roles.ts';
import { sortedKeys } from '../order.ts';
import type { TaskStatus } from './playedState.ts';
import { findRoute } from '../forces/routing.ts';
import { knownClosed } from '../forces/knownRoads.ts';
import { isAircraft } from '../forces/movement.ts';

export interface DrillView {
  /** Warnings at township duty rooms: when they arrived, when acknowledged (null: still waiting). */
  acks: { township: string; level: string; deliveredAt: number; ackAt: number | null; played: boolean }[];
  /** Played teams' tasks: what, where, who sent it, its state and when it last moved. */
  tasks: { unit: string; kind: string; label: string | null; to: string; by: string; assignedAt: number; status: TaskStatus; lastAt: number; lastReply: string | null; help: boolean }[];
  /** Roles a person plays (director and evaluator only). */
  played: string[];
  /** A team's own way ahead on the roads, [x, y] in metres (empty when it is not driving). */
  route: [number, number][];
}

/** At most this many points of a route are sent (every k-th node, and the last). */
const ROUTE_POINTS = 200;

function routeAhead(ctx: SimContext, unit: string): [number, number][] {
  const u = ctx.state.entities.units[unit];
  if (!u) return [];
  const g = ctx.scenario.roads;
  const ahead: number[] = [];
  if (u.trip) {
    for (let i = 0; i < u.trip.nodes.length; i++) if (u.trip.times[i] > ctx.state.t) ahead.push(u.trip.nodes[i]);
  } else if (u.status === 'turningOut' && !isAircraft(ctx, unit)) {
    // Still turning out: the way it will take, round the closures its side knows of.
    const r = findRoute(g, u.node, u.destinationNode, ctx.scenario.edgeTime, knownClosed(ctx, ctx.state.entities.closures, unit));
    if (r) ahead.push(...r.nodes);
  }
  const step = Math.max(1, Math.ceil(ahead.length / ROUTE_POINTS));
  const out: [number, number][] = [];
  for (let i = 0; i < ahead.length; i += step) out.push([g.nodeX[ahead[i]], g.nodeY[ahead[i]]]);
  if (ahead.length && (ahead.length - 1) % step !== 0) out.push([g.nodeX[ahead.at(-1)!], g.nodeY[ahead.at(-1)!]]);
  return out;
}

export function drillViewFor(ctx: SimContext, role: Role, roleName: string, truth: boolean, seesUnit: (unit: string) => boolean): DrillView {
  const ent = ctx.state.entities;
  const played = ent.played ?? {};
  const acks: DrillView['acks'] = [];
  if (truth || role.kind === 'chief' || role.kind === 'township') {
    for (const id of sortedKeys(ent.warnings.townships)) {
      if (role.kind === 'township' && role.id !== id) continue;
      const w = ent.warnings.townships[id];
      acks.push({ township: id, level: w.level, deliveredAt: w.deliveredAt, ackAt: w.ackAt, played: played[`township:${id}`] === true });
    }
  }
  const tasks: DrillView['tasks'] = [];
  const all = ent.tasks ?? {};
  for (const unit of sortedKeys(all)) {
    const k = all[unit];
    if (!truth && k.by !== roleName && !seesUnit(unit)) continue;
    const last = k.replies.at(-1);
    tasks.push({
      unit, kind: k.kind, label: k.label, to: k.to, by: k.by, assignedAt: k.assignedAt, status: k.status,
      lastAt: last?.t ?? k.assignedAt, lastReply: last?.reply ?? null, help: k.replies.some((r) => r.reply === 'help'),
    });
  }
  return { acks, tasks, played: truth ? sortedKeys(played).filter((r) => played[r]) : [], route: role.kind === 'team' ? routeAhead(ctx, role.id) : [] };
}
