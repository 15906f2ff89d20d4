// Checking an inject's condition as untrusted data (a director's edit, a scenario file): the
// condition, or the field that is wrong, with a code the presentation words in Chinese. Takes
// only the names a condition may refer to, so the scenario checker (on the file) and the core
// (on the loaded scenario) share it.
import type { InjectCondition } from './condition.ts';
import { CONDITION_KINDS } from './condition.ts';
import type { InjectFieldProblem } from './adHoc.ts';
import { MAX_DURATION } from '../time/duration.ts';

/** What a condition may name. */
export interface ConditionWorld {
  reservoirs: ReadonlySet<string>;
  gauges: ReadonlySet<string>;
  villages: ReadonlySet<string>;
  townships: ReadonlySet<string>;
  places: ReadonlySet<string>;
  edgeCount: number;
  /** Width and height of the grid, m. */
  extent: [number, number];
  roles: ReadonlySet<string>;
  commandTypes: readonly string[];
  /** The script's inject ids (a notAnswered condition waits on one of them). */
  injects: ReadonlySet<string>;
  /** Chemical sites (a leakNotIsolated condition names one); absent: none. */
  chemicalSites?: ReadonlySet<string>;
  /** The water network's service zones (a zoneDry condition names one). */
  waterZones: ReadonlySet<string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;
const seconds = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_DURATION;

export function checkCondition(c: unknown, w: ConditionWorld, at = 'when'): InjectCondition | InjectFieldProblem {
  const bad = (field: string, code: string, message: string): InjectFieldProblem => ({ field: `${at}.${field}`, code, message });
  if (!isObj(c) || !CONDITION_KINDS.includes(c.kind as never)) return { field: `${at}.kind`, code: 'badCondition', message: `expected a condition, one of ${CONDITION_KINDS.join(', ')}` };
  const level = (max: number) => (num(c.above) && c.above >= 0 && c.above <= max ? null : bad('above', 'badLevel', `expected metres, 0–${max}`));
  const radius = () => (num(c.radius) && c.radius >= 0 && c.radius <= 5000 ? null : bad('radius', 'badRadius', 'expected a radius in metres, 0–5000'));
  switch (c.kind) {
    case 'reservoirLevel':
      if (!str(c.reservoir) || !w.reservoirs.has(c.reservoir)) return bad('reservoir', 'noReservoir', `no reservoir ${JSON.stringify(c.reservoir)}`);
      return level(10_000) ?? { kind: c.kind, reservoir: c.reservoir, above: c.above as number };
    case 'gaugeLevel':
      if (!str(c.gauge) || !w.gauges.has(c.gauge)) return bad('gauge', 'noGauge', `no gauge ${JSON.stringify(c.gauge)}`);
      return level(10_000) ?? { kind: c.kind, gauge: c.gauge, above: c.above as number };
    case 'waterAtPlace':
      if (!str(c.place) || !w.places.has(c.place)) return bad('place', 'noPlace', `no place ${JSON.stringify(c.place)}`);
      return level(50) ?? { kind: c.kind, place: c.place, above: c.above as number };
    case 'waterOnRoad':
      if (!(Number.isSafeInteger(c.edge) && (c.edge as number) >= 0 && (c.edge as number) < w.edgeCount)) return bad('edge', 'noEdge', `expected a road edge index below ${w.edgeCount}`);
      return level(50) ?? { kind: c.kind, edge: c.edge as number, above: c.above as number };
    case 'fireNearPlace':
      if (!str(c.place) || !w.places.has(c.place)) return bad('place', 'noPlace', `no place ${JSON.stringify(c.place)}`);
      return radius() ?? { kind: c.kind, place: c.place, radius: c.radius as number };
    case 'fireInArea':
      if (!(num(c.x) && num(c.y) && c.x >= 0 && c.y >= 0 && c.x < w.extent[0] && c.y < w.extent[1])) return bad('x', 'offGrid', 'expected x, y in metres on the grid');
      return radius() ?? { kind: c.kind, x: c.x, y: c.y, radius: c.radius as number };
    case 'peopleInDanger':
      if (!str(c.village) || !w.villages.has(c.village)) return bad('village', 'noVillage', `no village ${JSON.stringify(c.village)}`);
      if (!(Number.isSafeInteger(c.atLeast) && (c.atLeast as number) >= 1 && (c.atLeast as number) <= 1_000_000)) return bad('atLeast', 'badCount', 'expected a whole number of people, 1 or more');
      return { kind: c.kind, village: c.village, atLeast: c.atLeast as number };
    case 'notDone':
      if (!str(c.command) || !w.commandTypes.includes(c.command)) return bad('command', 'noCommand', `expected a command type, one of ${w.commandTypes.join(', ')}`);
      if (c.role !== undefined && !(str(c.role) && (w.roles.has(c.role) || c.role === 'township:*' || c.role === 'team:*'))) return bad('role', 'noRole', `no role ${JSON.stringify(c.role)}`);
      if (c.place !== undefined && !(str(c.place) && w.places.has(c.place))) return bad('place', 'noPlace', `no place ${JSON.stringify(c.place)}`);
      if (!seconds(c.by)) return bad('by', 'badTime', 'expected a time in whole seconds from the start');
      if (c.requirement !== undefined && !str(c.requirement)) return bad('requirement', 'badId', 'expected a requirement id');
      return {
        kind: c.kind, command: c.command, by: c.by,
        ...(c.role !== undefined ? { role: c.role as string } : {}), ...(c.place !== undefined ? { place: c.place as string } : {}),
        ...(c.requirement !== undefined ? { requirement: c.requirement as string } : {}),
      };
    case 'notAnswered':
      if (!str(c.inject) || !w.injects.has(c.inject)) return bad('inject', 'noInject', `no inject ${JSON.stringify(c.inject)} in the script`);
      if (!(seconds(c.within) && (c.within as number) > 0)) return bad('within', 'badDuration', 'expected a duration in whole seconds, more than 0');
      return { kind: c.kind, inject: c.inject, within: c.within as number };
    case 'warningNotAcknowledged':
      if (!str(c.township) || !w.townships.has(c.township)) return bad('township', 'noTownship', `no township ${JSON.stringify(c.township)}`);
      if (!(seconds(c.within) && (c.within as number) > 0)) return bad('within', 'badDuration', 'expected a duration in whole seconds, more than 0');
      return { kind: c.kind, township: c.township, within: c.within as number };
    case 'leakNotIsolated':
      if (!str(c.site) || !w.chemicalSites?.has(c.site)) return bad('site', 'noSite', `no chemical site ${JSON.stringify(c.site)}`);
      if (!(seconds(c.within) && (c.within as number) > 0)) return bad('within', 'badDuration', 'expected a duration in whole seconds, more than 0');
      return { kind: c.kind, site: c.site, within: c.within as number };
    case 'zoneDry':
      if (!str(c.zone) || !w.waterZones.has(c.zone)) return bad('zone', 'noZone', `no water service zone ${JSON.stringify(c.zone)}`);
      if (!seconds(c.for)) return bad('for', 'badDuration', 'expected a duration in whole seconds');
      return { kind: c.kind, zone: c.zone, for: c.for as number };
  }
  return { field: `${at}.kind`, code: 'badCondition', message: 'unknown condition' };
}
