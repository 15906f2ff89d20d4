// Derived figures of a run, computed from the state and its log (never stored, so they can
// not drift from the truth). The scorer and the run summary read these.
import type { SimState } from './state.ts';
import { compareStrings } from './order.ts';
import { supplyKpis, type SupplyKpis } from './supplies/measures.ts';
import { siteKpis, type SiteKpi } from './people/sites/siteKpis.ts';

export interface Kpis {
  responseLevel: string;
  eventsByKind: Record<string, number>;
  commands: number;
  ordersToTeams: number;
  unitsDeployed: number;
  unitsByStatus: Record<string, number>;
  arrivals: number;
  meanTravelTime: number | null;
  maxTravelTime: number | null;
  roadEdgesClosed: number;
  reports: number;
  injectsFired: number;
  /** 预警: villages whose responder has a warning; at-risk households reached of all at-risk. */
  villagesWarned: number;
  householdsWarned: number;
  householdsAtRisk: number;
  /** 转移避险: people by where they are. */
  evacuation: { ordered: number; sheltered: number; moving: number; waiting: number; refusing: number; needsHelp: number; stranded: number };
  /** 应急物资: convoys, and per affected site the 4 h (supplies there) and 10 h (basic living secured) targets. */
  supplies: SupplyKpis;
  /** 人员密集场所: per site emptied, time to clear and people hurt in a crush (absent: none touched). */
  sites?: SiteKpi[];
}

export function computeKpis(state: SimState, injectsTotal: number, householdsAtRisk = 0): Kpis & { injectsTotal: number } {
  const eventsByKind: Record<string, number> = {};
  let commands = 0, ordersToTeams = 0, arrivals = 0, travelSum = 0, travelMax = 0;
  for (const e of state.log) {
    if (e.entry === 'command') {
      commands++;
      if (e.type === 'dispatch' || e.type === 'recall') ordersToTeams++;
      continue;
    }
    eventsByKind[e.kind] = (eventsByKind[e.kind] ?? 0) + 1;
    if (e.kind === 'unitArrived') {
      arrivals++;
      travelSum += e.travelTime;
      travelMax = Math.max(travelMax, e.travelTime);
    }
  }
  const unitsByStatus: Record<string, number> = {};
  const units = state.entities.units;
  for (const id of Object.keys(units).sort(compareStrings)) unitsByStatus[units[id].status] = (unitsByStatus[units[id].status] ?? 0) + 1;
  let closed = 0;
  for (let e = 0; e < state.fields.edgeClosed.length; e++) if (state.fields.edgeClosed[e] !== 0) closed++;
  return {
    responseLevel: state.entities.responseLevel,
    eventsByKind: Object.fromEntries(Object.entries(eventsByKind).sort((a, b) => compareStrings(a[0], b[0]))),
    commands, ordersToTeams,
    unitsDeployed: Object.keys(units).length - (unitsByStatus.atBase ?? 0),
    unitsByStatus, arrivals,
    meanTravelTime: arrivals ? Math.round(travelSum / arrivals) : null,
    maxTravelTime: arrivals ? travelMax : null,
    roadEdgesClosed: closed,
    reports: state.entities.reports.length,
    injectsFired: Object.keys(state.entities.injectsFired).length,
    injectsTotal,
    villagesWarned: Object.keys(state.entities.warnings.villages).length,
    householdsWarned: Object.values(state.entities.warnings.villages).reduce((a, w) => a + w.households.filter((t) => t <= state.t).length, 0),
    householdsAtRisk,
    evacuation: evacuationCounts(state),
    supplies: supplyKpis(state),
    ...siteKpis(state),
  };
}

function evacuationCounts(state: SimState): Kpis['evacuation'] {
  const out = { ordered: 0, sheltered: 0, moving: 0, waiting: 0, refusing: 0, needsHelp: 0, stranded: 0 };
  const groups = state.entities.evacuation.groups;
  for (const id of Object.keys(groups).sort(compareStrings)) {
    const g = groups[id];
    out.ordered += g.people;
    if (g.status === 'sheltered') out.sheltered += g.people;
    else if (g.status === 'moving') out.moving += g.people;
    else if (g.status === 'waiting') out.waiting += g.people;
    else if (g.status === 'refusing') out.refusing += g.people;
    else if (g.status === 'needsHelp') out.needsHelp += g.people;
    else out.stranded += g.people;
  }
  return out;
}
