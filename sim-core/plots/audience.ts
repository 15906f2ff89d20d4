// Who a plot or a message reaches. A role's own group is the unit it commands or belongs to: a
// township with its teams, the chief with the district's own teams, a team with its township
// (or the chief's group for a district team). Plots default to it.
import { parseRole, seesTruth, type Role } from '../commands/roles.ts';
import type { Scenario } from '../world/scenario.ts';
import { compareStrings } from '../order.ts';

function commandGroup(scenario: Scenario, head: 'chief' | { township: string }): string[] {
  const owner = head === 'chief' ? null : head.township;
  const isTownship = (o: string) => scenario.townships.some((t) => t.id === o);
  const teams = scenario.teams.filter((t) => (owner === null ? !isTownship(t.owner) : t.owner === owner)).map((t) => `team:${t.id}`);
  return [owner === null ? 'chief' : `township:${owner}`, ...teams];
}

/** The roles of `role`'s own group, sorted (the role itself for director, evaluator, observer). */
export function ownGroup(scenario: Scenario, role: Role, roleName: string): string[] {
  let out: string[];
  if (role.kind === 'chief') out = commandGroup(scenario, 'chief');
  else if (role.kind === 'township') out = commandGroup(scenario, { township: role.id });
  else if (role.kind === 'team') {
    const owner = scenario.teams.find((t) => t.id === role.id)?.owner ?? '';
    out = scenario.townships.some((t) => t.id === owner) ? commandGroup(scenario, { township: owner }) : commandGroup(scenario, 'chief');
  } else out = [roleName];
  return [...new Set(out)].sort(compareStrings);
}

/** Roles that play in the exercise and so can be shared with or written to. */
export function isPlayerRole(scenario: Scenario, s: string): boolean {
  const r = parseRole(s, scenario);
  return r !== null && (r.kind === 'chief' || r.kind === 'township' || r.kind === 'team');
}

/** Whether a role sees an item addressed to `audience` (`all`: everyone) and made by `by`. */
export function reaches(role: Role, roleName: string, audience: readonly string[], by: string): boolean {
  if (seesTruth(role) || by === roleName) return true;
  return audience.includes('all') || audience.includes(roleName);
}
