// Whether a logged command meets a requirement's action, and if not, why not — the one test the
// tracker (credit) and the report's explanation (sim-core/score/credit.ts) both use. A plan may
// ask for an exact role, any township / team (`township:*`), the township of the trigger's
// place (`township:@trigger`), one of several roles, a team of a type or capability (the team
// acting, or the team the order sends), and an order aimed at the trigger's place.
import type { LogEntry } from '../log.ts';
import type { Scenario } from '../world/scenario.ts';
import type { Match, PlanAction, Requirement } from './plan.ts';
import { fieldsMatch, roleMatches } from './matching.ts';
import { teamHas } from './teamClass.ts';

/** Why a command did not count (null: it did). */
export type Mismatch =
  | { why: 'wrongType' }
  | { why: 'wrongRole'; want: string[] }
  | { why: 'wrongField'; field: string; want: unknown; got: unknown }
  | { why: 'wrongTeam'; team: string | null }
  | { why: 'notAtPlace'; place: string | null };

/** The place an entry is about: a village, a place, a shelter, a destination, an inject's target. */
export function placeOf(e: LogEntry | Record<string, unknown>, scenario: Scenario): string | null {
  const x = e as Record<string, unknown>;
  for (const k of ['village', 'place', 'shelter']) if (typeof x[k] === 'string') return x[k] as string;
  if (typeof x.to === 'string' && isPlace(x.to, scenario)) return x.to;
  if (typeof x.to === 'object' && x.to !== null && typeof (x.to as { place?: unknown }).place === 'string') return (x.to as { place: string }).place;
  for (const k of ['villages', 'shelters']) if (Array.isArray(x[k]) && x[k].length > 0) return (x[k] as string[])[0];
  if (x.kind === 'injectFired') {
    const inj = scenario.injects.find((i) => i.id === x.inject);
    const target = inj?.target as { place?: string } | null | undefined;
    if (target && typeof target.place === 'string') return target.place;
  }
  return null;
}

function isPlace(id: string, scenario: Scenario): boolean {
  return scenario.villages.some((v) => v.id === id) || scenario.shelters.some((v) => v.id === id) || scenario.townships.some((v) => v.id === id) || scenario.depots.some((v) => v.id === id);
}

/** Every place an order names (an evacuation order may name several villages). */
function placesOf(e: Record<string, unknown>, scenario: Scenario): string[] {
  const out = new Set<string>();
  for (const k of ['villages', 'shelters']) if (Array.isArray(e[k])) for (const p of e[k] as string[]) out.add(p);
  const one = placeOf(e, scenario);
  if (one) out.add(one);
  return [...out];
}

export function townshipOf(place: string | null, scenario: Scenario): string | null {
  if (!place) return null;
  if (scenario.townships.some((t) => t.id === place)) return place;
  return scenario.villages.find((v) => v.id === place)?.township ?? scenario.shelters.find((s) => s.id === place)?.township ?? null;
}

/** The roles whose commands count, with `@trigger` made concrete. */
export function rolesWanted(r: Requirement, triggerPlace: string | null, scenario: Scenario): string[] {
  return (r.roles ?? [r.role]).map((p) => (p === 'township:@trigger' ? `township:${townshipOf(triggerPlace, scenario) ?? '?'}` : p));
}

export function actionMismatch(r: Requirement, a: PlanAction, e: LogEntry, triggerPlace: string | null, scenario: Scenario): Mismatch | null {
  if (e.entry !== 'command' || e.type !== a.type) return { why: 'wrongType' };
  const want = rolesWanted(r, triggerPlace, scenario);
  if (!want.some((p) => roleMatches(e.role, p))) return { why: 'wrongRole', want };
  const x = e as unknown as Record<string, unknown>;
  for (const k of a.match) {
    const m: Match = { [k]: a.fields[k] as Match[string] };
    if (!fieldsMatch(x, m)) return { why: 'wrongField', field: k, want: a.fields[k], got: x[k] ?? null };
  }
  if (r.team) {
    const id = typeof x.unit === 'string' ? x.unit : e.role.startsWith('team:') ? e.role.slice(5) : null;
    const team = id ? scenario.teams.find((t) => t.id === id) : undefined;
    if (!team || (r.team.type && team.type !== r.team.type) || (r.team.capability && !teamHas(team.type, r.team.capability))) return { why: 'wrongTeam', team: id };
  }
  if (r.atTriggerPlace) {
    const places = placesOf(x, scenario);
    if (!triggerPlace || !places.includes(triggerPlace)) return { why: 'notAtPlace', place: places[0] ?? null };
  }
  return null;
}

/** The role the autopilot acts as for a requirement: the first concrete role wanted (null: none). */
export function actingRole(r: Requirement, triggerPlace: string | null, scenario: Scenario): string | null {
  return rolesWanted(r, triggerPlace, scenario).find((x) => !x.endsWith(':*') && !x.endsWith(':?')) ?? null;
}
