// viewFor(role): what that role may know. Director and evaluator see the truth; the chief sees
// every force and what was reported to it; a township its own teams and those working in its
// area; a team itself; an observer only public signals. PRNG states are in no view.
import { chemicalViewFor, type ChemicalView } from './hazards/chemical/chemicalView.ts';
import { intensityMapFor, type IntensityMapView } from './hazards/quake/intensityMap.ts';
import { typhoonViewFor, type TyphoonView } from './hazards/typhoon/typhoonView.ts';
import { streetFloodViews, type StreetFloodView } from './hazards/waterMain/streetFloodView.ts';
import type { SimContext } from './context.ts';
import { parseRole, seesTruth, type Role } from './commands/roles.ts';
import type { EventEntry } from './log.ts';
import type { Report } from './report.ts';
import type { ResponseLevel } from './responseLevel.ts';
import { awaitingAccept, type UnitState, type UnitStatus } from './forces/unitState.ts';
import { tripArrival, tripPosition } from './forces/trip.ts';
import { destinationLabel } from './forces/destination.ts';
import { placeIndex, townshipOf } from './world/placeIndex.ts';
import { sortedKeys } from './order.ts';
import type { TeamType } from './forces/teamTypes.ts';
import type { TaskKind } from './forces/taskKinds.ts';
import type { LocalText } from './world/localText.ts';
import type { Inject } from './injects/inject.ts';
import { suppliesView, type SuppliesView } from './supplies/supplyView.ts';
import { situationFor, type Situation } from './situation.ts';
import { squared } from './math/index.ts';
import { drillViewFor, type DrillView } from './drill/drillView.ts';
import type { Plot } from './plots/plotState.ts';
import type { Message } from './consult/messageState.ts';
import { reaches } from './plots/audience.ts';

/** How many recent events a view carries (older ones are in the log). */
const VIEW_EVENTS = 300;
/** How many of its latest 会商 messages a view carries (the view is diffed at every refresh; the log keeps them all). */
const VIEW_MESSAGES = 400;
/** Reports a view carries at most, the latest (older ones a page at a time, reportsPage): a flood of reports cannot grow every view. */
export const VIEW_REPORTS = 100;

interface UnitView {
  id: string;
  name: LocalText;
  type: TeamType;
  owner: string;
  size: number;
  status: UnitStatus;
  x: number;
  y: number;
  destination: string | null;
  eta: number | null;
  task: TaskKind | null;
  taskLabel: string | null;
}

export interface InjectView {
  id: string;
  kind: string;
  scheduled: number;
  at: number;
  fired: number | null;
  expected?: LocalText;
  /** The whole entry (target, payload, condition …), for the director's script editor. */
  inject: Inject;
}

export interface View {
  role: string;
  truth: boolean;
  t: number;
  scenario: string;
  responseLevel: ResponseLevel;
  units: UnitView[];
  closures: { edge: number; reason: string }[];
  /** 桥梁震损: the scenario's bridges this role knows to be down (a bridge closure on one of its roads known to it); absent when none. */
  bridgesDown?: string[];
  /** The latest VIEW_REPORTS reports to or from this role (all, for the truth); older ones by reportsPage. */
  reports: Report[];
  /** How many reports the role has in all. */
  reportsTotal: number;
  /** 危化品泄漏: sites, the zone this role knows, isolated leaks, shelter-in-place orders (only in a scenario with chemical sites). */
  chemical?: ChemicalView;
  /** 烈度分布图: since when this role has the earthquake's intensity map (published to chief and townships; hazards/quake/intensityMap.ts). */
  intensityMap?: IntensityMapView;
  /** 台风: the centre now, the announced track and the force-7/10/12 wind circles — public (only in a typhoon scenario, from its first step). */
  typhoon?: TyphoonView;
  events: EventEntry[];
  /** The MSEL, for director and evaluator only. */
  injects?: InjectView[];
  /** Monitoring data (水雨情): reservoir pools and gauges, for the chief and the truth. */
  reservoirs: { id: string; level: number; release: number; outflow: number; overtopping: boolean }[];
  gauges: { id: string; level: number; state: string }[];
  /**
   * 爆管路面积水: each burst's street water for the chief and the truth (hazards/waterMain/streetFlood.ts):
   * depth at the burst and the deepest on a street, m; street length deeper than 0.3 m, m. Only in a scenario with a burst.
   */
  streetFloods?: StreetFloodView[];
  /** Places under water, as far as this role hears of them. */
  flooded: { place: string; depth: number; since: number }[];
  /** Services cut at places (chief: all; a township: its own). */
  outages: { place: string; services: string[] }[];
  /** Landslides and debris flows on the roads, for the truth (others learn of them by events). */
  slides: { node: number; kind: string; t: number }[];
  /** Fires: all for the truth, detected ones for everyone else. */
  fires: { id: string; x: number; y: number; started: number | null; detected: number | null; burnedHa: number; burningHa: number }[];
  /** Depots, convoys and supplied sites (chief: all; a township: to and at its own places). */
  supplies: SuppliesView;
  /** 灾情: casualties and people moved — the truth, a township's own villages, or for the chief what was reported. */
  situation: Situation | null;
  /** 叫应 awaited, played teams' tasks and who plays what (drill/drillView.ts). */
  drill: DrillView;
  /** 态势标绘: the plots shared with this role (all of them for the truth), by id. */
  plots: Plot[];
  /** 会商: the messages this role sent or received (all of them for the truth), in the order sent. */
  messages: Message[];
}

function unitView(ctx: SimContext, u: UnitState): UnitView {
  const team = placeIndex(ctx.scenario).team.get(u.id)!;
  const g = ctx.scenario.roads;
  const pos = u.trip ? tripPosition(g, u.trip, ctx.state.t) : { x: g.nodeX[u.node], y: g.nodeY[u.node] };
  return {
    id: u.id, name: team.name, type: team.type, owner: team.owner, size: team.size, status: u.status,
    x: pos.x, y: pos.y, destination: u.destination ? destinationLabel(u.destination) : null,
    eta: u.status === 'enRoute' && u.trip ? Math.ceil(tripArrival(u.trip)) : u.status === 'turningOut' && !awaitingAccept(u) ? u.departAt : null,
    task: u.task, taskLabel: u.taskLabel,
  };
}

function seesUnit(ctx: SimContext, role: Role, u: UnitState): boolean {
  if (seesTruth(role) || role.kind === 'chief') return true;
  if (role.kind === 'team') return role.id === u.id;
  if (role.kind === 'township') {
    const team = placeIndex(ctx.scenario).team.get(u.id)!;
    if (team.owner === role.id) return true;
    const dest = u.destination && 'place' in u.destination ? placeIndex(ctx.scenario).place.get(u.destination.place) : undefined;
    return dest !== undefined && townshipOf(dest) === role.id;
  }
  return false;
}

export function seesEvent(roleName: string, truth: boolean, e: EventEntry): boolean {
  return truth || e.visibleTo.includes('all') || e.visibleTo.includes(roleName);
}

/**
 * A role's reports, oldest first. A player's are numbered 1, 2, 3 … in its own list instead of
 * by the log (issue 15): a gap in log numbers would count entries hidden from it.
 */
function reportsOf(all: readonly Report[], none: boolean, truth: boolean, roleName: string): Report[] {
  if (none) return [];
  if (truth) return all.slice();
  return all.filter((r) => r.to === roleName || r.from === roleName).map((r, i) => ({ ...r, seq: i + 1 }));
}

/**
 * A page of a role's reports, counted in its own list (0 the oldest; its view holds the last
 * VIEW_REPORTS of `total`): up to `limit` of those before number `before`, oldest first. By
 * position, not log number, so a page shows nothing of entries hidden from the role. Null for
 * an unknown role.
 */
export function reportsPage(ctx: SimContext, roleName: string, before: number, limit: number): { reports: Report[]; total: number; from: number } | null {
  const role = parseRole(roleName, ctx.scenario);
  if (!role) return null;
  const mine = reportsOf(ctx.state.entities.reports, role.kind === 'observer', seesTruth(role), roleName);
  const end = Math.max(0, Math.min(before, mine.length));
  const from = Math.max(0, end - Math.max(1, Math.min(limit, VIEW_REPORTS)));
  return { reports: mine.slice(from, end), total: mine.length, from };
}

export function viewFor(ctx: SimContext, roleName: string): View | null {
  const role = parseRole(roleName, ctx.scenario);
  if (!role) return null;
  const truth = seesTruth(role);
  const { state } = ctx;
  const ent = state.entities;
  const units = sortedKeys(ent.units).map((id) => ent.units[id]).filter((u) => seesUnit(ctx, role, u)).map((u) => unitView(ctx, u));
  const closures: View['closures'] = [];
  for (const e of sortedKeys(ent.closures)) {
    const causes = ent.closures[e];
    const known = sortedKeys(causes).map((c) => causes[c as keyof typeof causes]!)
      .find((r) => truth || r.knownTo.includes('all') || r.knownTo.includes(roleName));
    if (known) closures.push({ edge: Number(e), reason: known.reason });
  }
  closures.sort((a, b) => a.edge - b.edge);
  const allReports = reportsOf(ent.reports, role.kind === 'observer', truth, roleName);
  const reports = allReports.slice(-VIEW_REPORTS);
  const events: EventEntry[] = [];
  for (let i = state.log.length - 1; i >= 0 && events.length < VIEW_EVENTS; i--) {
    const e = state.log[i];
    if (e.entry === 'event' && seesEvent(roleName, truth, e)) events.push(e);
  }
  events.reverse();
  const monitoring = truth || role.kind === 'chief';
  const h = ent.hazards;
  const reservoirs = monitoring ? ctx.scenario.reservoirs.map((r) => {
    const st = h.reservoirs[r.id];
    return { id: r.id, level: Math.round(st.level * 100) / 100, release: st.release, outflow: Math.round(st.outflow), overtopping: st.overtopping };
  }) : [];
  const gauges = monitoring ? ctx.scenario.gauges.map((g) => ({ id: g.id, level: h.gauges[g.id].level, state: h.gauges[g.id].state })) : [];
  const places = placeIndex(ctx.scenario).place;
  const flooded = sortedKeys(h.flooded)
    .filter((id) => monitoring || (role.kind === 'township' && townshipOf(places.get(id)!) === role.id))
    .map((id) => ({ place: id, depth: h.flooded[id].depth, since: h.flooded[id].since }));
  const ha = squared(ctx.scenario.grid.cellSize) / 10_000;
  const fires = sortedKeys(ent.fire.fires).map((id) => ent.fire.fires[id])
    .filter((f) => truth || (f.detected !== null && role.kind !== 'observer'))
    .map((f) => ({ id: f.id, x: f.x, y: f.y, started: truth ? f.t : null, detected: f.detected, burnedHa: f.burnedCells * ha, burningHa: f.burningCells * ha }));
  const view: View = {
    role: roleName, truth, t: state.t, scenario: ctx.scenario.id, responseLevel: ent.responseLevel,
    units, closures, reports, reportsTotal: allReports.length, events, reservoirs, gauges, flooded, fires,
    outages: sortedKeys(ent.outages)
      .filter((id) => monitoring || (role.kind === 'township' && townshipOf(places.get(id)!) === role.id))
      .map((id) => ({ place: id, services: [...ent.outages[id]] })),
    supplies: suppliesView(ctx, role, truth),
    situation: situationFor(ctx, role, roleName),
    plots: sortedKeys(ent.plots ?? {}).map((id) => ent.plots![id]).filter((p) => reaches(role, roleName, p.sharedWith, p.by)),
    messages: (ent.messages ?? []).filter((m) => reaches(role, roleName, m.to, m.from)).slice(-VIEW_MESSAGES),
    slides: truth ? sortedKeys(ent.slides).map((n) => ({ node: Number(n), kind: ent.slides[n].kind, t: ent.slides[n].t })) : [],
    drill: drillViewFor(ctx, role, roleName, truth, (id) => ent.units[id] !== undefined && seesUnit(ctx, role, ent.units[id])),
  };
  const bridgesDown = (ctx.scenario.bridges ?? []).filter((b) => b.edges.some((e) => {
    const c = ent.closures[e]?.bridge;
    return c !== undefined && (truth || c.knownTo.includes('all') || c.knownTo.includes(roleName));
  })).map((b) => b.id);
  if (bridgesDown.length) view.bridgesDown = bridgesDown;
  const chemical = chemicalViewFor(ctx, role, roleName, truth);
  if (chemical) view.chemical = chemical;
  const intensityMap = intensityMapFor(ctx, role, truth);
  if (intensityMap) view.intensityMap = intensityMap;
  const streetFloods = monitoring ? streetFloodViews(ctx) : [];
  if (streetFloods.length) view.streetFloods = streetFloods;
  const typhoon = typhoonViewFor(ctx);
  if (typhoon) view.typhoon = typhoon;
  if (truth) {
    // The script as it stands (the director's edits included), and fired injects the director
    // has since deleted from it stay out: their firing is in the log.
    view.injects = ent.script.map((inj) => ({
      id: inj.id, kind: inj.kind, scheduled: inj.t, at: ent.injectTimes[inj.id], fired: ent.injectsFired[inj.id] ?? null,
      ...(inj.expected ? { expected: inj.expected } : {}),
      inject: inj,
    }));
  }
  return view;
}
