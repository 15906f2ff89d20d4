// 态势标绘: add, move, edit and delete plots. A plot is a belief: these handlers write only
// `entities.plots` and emit no event, so nothing else in the simulation can depend on it.
import { reject, type ApplyResult } from '../commands/command.ts';
import type { AddPlotCommand, DeletePlotCommand, EditPlotCommand, MovePlotCommand } from '../commands/command.ts';
import { parseRole } from '../commands/roles.ts';
import type { SimContext } from '../context.ts';
import { compareStrings } from '../order.ts';
import { plotGeometry } from './plotKinds.ts';
import type { MapPoint, Plot } from './plotState.ts';
import { ownGroup } from './audience.ts';
import { checkName, checkNote, checkOwnPlot, checkPoints, checkShare, issueMessage, type PlotIssue } from './plotRules.ts';

type Rejection = Extract<ApplyResult, { ok: false }>;

function refuse(i: PlotIssue): Rejection {
  const reason = i.problem === 'unknownPlot' ? 'unknownPlace' : i.problem === 'notYours' ? 'notPermitted'
    : i.problem === 'unknownRole' ? 'unknownRole' : i.problem === 'offMap' || i.problem.startsWith('too') || i.problem.endsWith('TooLong') ? 'outOfRange' : 'malformed';
  return reject(reason, issueMessage(i));
}

const sorted = (roles: readonly string[]) => [...new Set(roles)].sort(compareStrings);
const copyPoints = (points: readonly (readonly [number, number])[]): MapPoint[] => points.map(([x, y]) => [x, y]);

export function addPlot(ctx: SimContext, cmd: AddPlotCommand): Rejection | null {
  const role = parseRole(cmd.role, ctx.scenario)!;
  const bad = checkPoints(ctx.scenario, cmd.kind, cmd.points) ?? checkName(cmd.name) ?? checkNote(cmd.note)
    ?? (cmd.sharedWith ? checkShare(ctx.scenario, cmd.sharedWith) : null);
  if (bad) return refuse(bad);
  // Named by its author's own count, not the log's sequence number: a player who sees the id
  // learns nothing of the entries hidden from it.
  const n = (ctx.state.entities.plotsDrawn?.[cmd.role] ?? 0) + 1;
  const id = `${cmd.role}/${n}`;
  const plot: Plot = {
    id, kind: cmd.kind, points: copyPoints(cmd.points), name: cmd.name.trim(), by: cmd.role,
    // Its own group by default; the author always keeps it.
    sharedWith: cmd.sharedWith ? sorted(cmd.sharedWith.includes('all') ? ['all'] : [...cmd.sharedWith, cmd.role]) : ownGroup(ctx.scenario, role, cmd.role),
    t: ctx.state.t, changed: ctx.state.t,
    ...(cmd.note ? { note: cmd.note } : {}),
  };
  ctx.update((d) => { (d.plots ??= {})[id] = plot; (d.plotsDrawn ??= {})[cmd.role] = n; });
  return null;
}

export function movePlot(ctx: SimContext, cmd: MovePlotCommand): Rejection | null {
  const own = checkOwnPlot(ctx.state.entities.plots, cmd.plot, cmd.role);
  if (own) return refuse(own);
  const bad = checkPoints(ctx.scenario, ctx.state.entities.plots![cmd.plot].kind, cmd.points);
  if (bad) return refuse(bad);
  ctx.update((d) => { const p = d.plots![cmd.plot]; p.points = copyPoints(cmd.points); p.changed = ctx.state.t; });
  return null;
}

export function editPlot(ctx: SimContext, cmd: EditPlotCommand): Rejection | null {
  const own = checkOwnPlot(ctx.state.entities.plots, cmd.plot, cmd.role);
  if (own) return refuse(own);
  const old = ctx.state.entities.plots![cmd.plot];
  if (cmd.kind === undefined && cmd.name === undefined && cmd.note === undefined && cmd.sharedWith === undefined) return refuse({ field: 'plot', problem: 'nothingToChange' });
  // A point stays a point: its coordinates were drawn for that geometry.
  if (cmd.kind !== undefined && plotGeometry(cmd.kind) !== plotGeometry(old.kind)) return refuse({ field: 'kind', problem: 'wrongGeometry' });
  const bad = (cmd.name !== undefined ? checkName(cmd.name) : null) ?? checkNote(cmd.note) ?? (cmd.sharedWith ? checkShare(ctx.scenario, cmd.sharedWith) : null);
  if (bad) return refuse(bad);
  ctx.update((d) => {
    const p = d.plots![cmd.plot];
    if (cmd.kind !== undefined) p.kind = cmd.kind;
    if (cmd.name !== undefined) p.name = cmd.name.trim();
    if (cmd.note !== undefined) { if (cmd.note === '') delete p.note; else p.note = cmd.note; }
    if (cmd.sharedWith !== undefined) p.sharedWith = sorted(cmd.sharedWith.includes('all') ? ['all'] : [...cmd.sharedWith, old.by]);
    p.changed = ctx.state.t;
  });
  return null;
}

export function deletePlot(ctx: SimContext, cmd: DeletePlotCommand): Rejection | null {
  const own = checkOwnPlot(ctx.state.entities.plots, cmd.plot, cmd.role);
  if (own) return refuse(own);
  ctx.update((d) => { delete d.plots![cmd.plot]; });
  return null;
}
