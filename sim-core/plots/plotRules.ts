// The checks of a plot or a message, as pure functions of the scenario: the core runs them on
// every command, and the order forms run the same ones before sending, so a player is told in
// their own language what to fix (presentation/text/plotText.ts words each problem).
import type { Scenario } from '../world/scenario.ts';
import { onGrid } from '../world/grid.ts';
import { GEOMETRY_POINTS, PLOT_NAME_MAX, PLOT_NOTE_MAX, SHARE_MAX, plotGeometry, type PlotKind } from './plotKinds.ts';
import type { MapPoint, Plot } from './plotState.ts';
import { isPlayerRole } from './audience.ts';
import { GROUP_MAX, MESSAGE_TEXT_MAX, PARTIES } from '../consult/messageState.ts';

export const PLOT_PROBLEMS = [
  'tooFewPoints', 'tooManyPoints', 'offMap', 'emptyName', 'nameTooLong', 'noteTooLong', 'unknownRole',
  'tooManyRoles', 'unknownPlot', 'notYours', 'wrongGeometry', 'emptyText', 'textTooLong', 'noRecipients',
  'tooManyRecipients', 'unknownParty', 'partyOnlyDirector', 'allAlone', 'nothingToChange',
] as const;
export type PlotProblem = typeof PLOT_PROBLEMS[number];

/** What is wrong and where: `field` names the command's field, `limit` a bound, `value` the bad entry. */
export interface PlotIssue { field: string; problem: PlotProblem; limit?: number; value?: string }

const issue = (field: string, problem: PlotProblem, extra: { limit?: number; value?: string } = {}): PlotIssue => ({ field, problem, ...extra });

export function checkPoints(scenario: Scenario, kind: PlotKind, points: readonly MapPoint[]): PlotIssue | null {
  const [min, max] = GEOMETRY_POINTS[plotGeometry(kind)];
  if (points.length < min) return issue('points', 'tooFewPoints', { limit: min, value: kind });
  if (points.length > max) return issue('points', 'tooManyPoints', { limit: max, value: kind });
  const bad = points.findIndex(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y) || !onGrid(scenario.grid, x, y));
  return bad >= 0 ? issue(`points[${bad}]`, 'offMap') : null;
}

export function checkName(name: string): PlotIssue | null {
  if (name.trim() === '') return issue('name', 'emptyName');
  return name.length > PLOT_NAME_MAX ? issue('name', 'nameTooLong', { limit: PLOT_NAME_MAX }) : null;
}

export function checkNote(note: string | undefined): PlotIssue | null {
  return note !== undefined && note.length > PLOT_NOTE_MAX ? issue('note', 'noteTooLong', { limit: PLOT_NOTE_MAX }) : null;
}

/** A share list: `all` alone, or player roles of this scenario. */
export function checkShare(scenario: Scenario, roles: readonly string[]): PlotIssue | null {
  if (roles.length > SHARE_MAX) return issue('sharedWith', 'tooManyRoles', { limit: SHARE_MAX });
  if (roles.includes('all')) return roles.length === 1 ? null : issue('sharedWith', 'allAlone');
  const bad = roles.find((r) => !isPlayerRole(scenario, r));
  return bad !== undefined ? issue('sharedWith', 'unknownRole', { value: bad }) : null;
}

/** The plot `id` as `role` may change it: it exists and `role` drew it (the director may change any). */
export function checkOwnPlot(plots: Record<string, Plot> | undefined, id: string, role: string): PlotIssue | null {
  const p = plots?.[id];
  if (!p) return issue('plot', 'unknownPlot', { value: id });
  return p.by === role || role === 'director' ? null : issue('plot', 'notYours');
}

/** A message's text and participants: `all` alone, player roles, or `party:X` outside parties. */
export function checkMessage(scenario: Scenario, role: string, to: readonly string[], text: string, as: string | undefined): PlotIssue | null {
  if (text.trim() === '') return issue('text', 'emptyText');
  if (text.length > MESSAGE_TEXT_MAX) return issue('text', 'textTooLong', { limit: MESSAGE_TEXT_MAX });
  if (as !== undefined && role !== 'director') return issue('as', 'partyOnlyDirector');
  if (as !== undefined && !(PARTIES as readonly string[]).includes(as)) return issue('as', 'unknownParty', { value: as });
  if (to.length > GROUP_MAX) return issue('to', 'tooManyRecipients', { limit: GROUP_MAX });
  if (to.includes('all')) return to.length === 1 ? null : issue('to', 'allAlone');
  for (const r of to) {
    if (r.startsWith('party:')) { if (!(PARTIES as readonly string[]).includes(r.slice(6))) return issue('to', 'unknownParty', { value: r }); continue; }
    if (!isPlayerRole(scenario, r)) return issue('to', 'unknownRole', { value: r });
  }
  if (!to.some((r) => r !== role && !r.startsWith('party:'))) return issue('to', 'noRecipients');
  return null;
}

const ENGLISH: Record<PlotProblem, string> = {
  tooFewPoints: 'too few points for this kind of plot', tooManyPoints: 'too many points', offMap: 'a point off the map',
  emptyName: 'expected a name', nameTooLong: 'name too long', noteTooLong: 'note too long', unknownRole: 'no such role to share with or write to',
  tooManyRoles: 'shared with too many roles', unknownPlot: 'no such plot', notYours: 'only the role that drew a plot changes it',
  wrongGeometry: 'a plot keeps its geometry (point, line, area or label)', emptyText: 'expected a text', textTooLong: 'text too long',
  noRecipients: 'expected someone to write to', tooManyRecipients: 'too many participants', unknownParty: 'no such outside party',
  partyOnlyDirector: 'only the director writes as an outside party', allAlone: '`all` stands alone', nothingToChange: 'nothing to change',
};

/** The core's rejection message (the forms word the same problem in the player's language). */
export function issueMessage(i: PlotIssue): string {
  const extra = i.limit !== undefined ? ` (at most/least ${i.limit})` : i.value !== undefined ? ` (${JSON.stringify(i.value.slice(0, 64))})` : '';
  return `${i.field}: ${ENGLISH[i.problem]}${extra}`;
}
