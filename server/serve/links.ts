// Join links for people: one per role, `BASE/?code=CODE` (the client opens that role's console).
// The director's link carries the admin token in the fragment, which browsers never send.
import type { Scenario } from '../../sim-core/world/scenario.ts';

export interface JoinLink { role: string; label: string; url: string }

function roleLabel(scenario: Scenario, role: string): string {
  const [kind, id] = role.split(':');
  if (kind === 'township') { const t = scenario.townships.find((x) => x.id === id); return t ? `${t.name.zh} (${role})` : role; }
  if (kind === 'team') { const t = scenario.teams.find((x) => x.id === id); return t ? `${t.name.zh} (${role})` : role; }
  return ({ director: '导调 director (admin)', evaluator: '评估 evaluator', chief: '指挥长 chief', observer: '观摩 observer' } as Record<string, string>)[kind] ?? role;
}

/** The director, the evaluator, the chief, every township, the first `teams` teams, the observer. */
export function joinLinks(base: string, scenario: Scenario, codes: Record<string, string>, adminFragment: string, teams = 2): JoinLink[] {
  const roles = Object.keys(codes);
  const pick = [
    'director', 'evaluator', 'chief',
    ...roles.filter((r) => r.startsWith('township:')),
    ...roles.filter((r) => r.startsWith('team:')).slice(0, teams),
    'observer',
  ].filter((r) => codes[r]);
  return pick.map((role) => ({
    role, label: roleLabel(scenario, role),
    url: `${base}/?code=${codes[role]}${role === 'director' ? `#admin=${adminFragment}` : ''}`,
  }));
}
