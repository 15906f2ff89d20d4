// Exercise roles (DESIGN.md): who a player is decides what they see and may order.
import type { Scenario } from '../world/scenario.ts';

export type Role =
  | { kind: 'director' }
  | { kind: 'evaluator' }
  | { kind: 'chief' }
  | { kind: 'observer' }
  | { kind: 'township'; id: string }
  | { kind: 'team'; id: string };

/** Parses `director`, `township:t03`, `team:fs01` …; null if malformed or naming nothing. */
export function parseRole(s: unknown, scenario: Scenario): Role | null {
  if (typeof s !== 'string') return null;
  if (s === 'director' || s === 'evaluator' || s === 'chief' || s === 'observer') return { kind: s };
  const m = /^(township|team):(.+)$/.exec(s);
  if (!m) return null;
  const [, kind, id] = m;
  if (kind === 'township') return scenario.townships.some((t) => t.id === id) ? { kind, id } : null;
  return scenario.teams.some((t) => t.id === id) ? { kind: 'team', id } : null;
}

export function roleString(r: Role): string {
  return r.kind === 'township' || r.kind === 'team' ? `${r.kind}:${r.id}` : r.kind;
}

/** Every role a scenario offers, in a fixed order. */
export function allRoles(scenario: Scenario): string[] {
  return [
    'director', 'evaluator', 'chief',
    ...scenario.townships.map((t) => `township:${t.id}`),
    ...scenario.teams.map((t) => `team:${t.id}`),
    'observer',
  ];
}

/** Director and evaluator see the truth; everyone else a filtered view. */
export function seesTruth(r: Role): boolean {
  return r.kind === 'director' || r.kind === 'evaluator';
}
