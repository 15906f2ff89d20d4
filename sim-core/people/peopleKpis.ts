// The people measures (issue: people warned, evacuated, still in danger, trapped, injured, dead):
// derived from the state whenever asked, never stored.
import type { Entities, SimState } from '../state.ts';
import type { Scenario } from '../world/scenario.ts';
import { groupsAtHome, peopleAtHome } from './atHome.ts';

interface PeopleKpis {
  atRisk: number;
  /** At-risk people still at home (not yet moved). */
  atHome: number;
  /** Safe in a shelter: evacuees arrived, and people rescued. */
  evacuated: number;
  onTheWay: number;
  /** In danger now: trapped at home, and evacuees cut off on the road. */
  inDanger: number;
  trapped: number;
  stranded: number;
  injured: number;
  injuredUntreated: number;
  dead: number;
  rescued: number;
}

export function peopleKpis(scenario: Scenario, ent: Entities): PeopleKpis {
  const out: PeopleKpis = { atRisk: 0, atHome: 0, evacuated: 0, onTheWay: 0, inDanger: 0, trapped: 0, stranded: 0, injured: 0, injuredUntreated: 0, dead: 0, rescued: 0 };
  const inGroups = groupsAtHome(ent);
  for (const v of scenario.villages) {
    out.atRisk += v.atRisk.people;
    out.atHome += peopleAtHome(ent, v, inGroups);
    const c = ent.casualties.villages[v.id];
    if (!c) continue;
    out.trapped += c.trapped;
    out.injured += c.injured;
    out.injuredUntreated += c.injured - c.treated;
    out.dead += c.dead;
    out.rescued += c.rescued;
  }
  for (const g of Object.values(ent.evacuation.groups)) {
    if (g.status === 'sheltered') out.evacuated += g.people;
    else if (g.status === 'moving') out.onTheWay += g.people;
    else if (g.status === 'stranded') out.stranded += g.people;
  }
  out.evacuated += out.rescued;
  out.inDanger = out.trapped + out.stranded;
  return out;
}

export function peopleKpisOf(scenario: Scenario, state: SimState): PeopleKpis {
  return peopleKpis(scenario, state.entities);
}
