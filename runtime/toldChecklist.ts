// A player's plan checklist as its feed tells it (issue 15): a requirement's name ("send the
// water rescue team to Xiachang within 45 min of the call") gives the script away, so a player
// hears of a requirement only once it has been triggered for its own role — the requirement
// travels with its facts in the feed, never in the scenario the browser fetches. Nothing of the
// trigger (it names an inject), the action or the log numbers of the evidence goes along (its id
// does: a self-assessment refers to it, and it says no more than its name), and a
// requirement hidden from players (a no-script drill's) is never sent; the list is compact, so
// its length counts nothing untold.
import type { Scenario } from '../sim-core/world/scenario.ts';
import type { Plan, Requirement } from '../sim-core/plan/plan.ts';
import type { RequirementFacts } from '../sim-core/plan/tracker.ts';
import { rolesWanted } from '../sim-core/plan/actionMatch.ts';
import { roleMatches } from '../sim-core/plan/matching.ts';
import { requirementsFor } from './checklist.ts';

/** The feed's checklist for a player: its triggered requirements, as told, and their facts, index by index. */
export interface ToldChecklist { requirements: Requirement[]; facts: RequirementFacts[] }

export function toldChecklist(plan: Plan, scenario: Scenario, role: string, facts: readonly RequirementFacts[]): ToldChecklist {
  const out: ToldChecklist = { requirements: [], facts: [] };
  for (const { req, index } of requirementsFor(plan, role, false)) {
    const f = facts[index];
    if (!f || f.triggerAt === null) continue;
    // `township:@trigger` is this township's only when the trigger's place lies in it.
    const wanted = rolesWanted(req, f.triggerPlace, scenario);
    if (!wanted.some((p) => roleMatches(role, p))) continue;
    out.requirements.push({
      id: req.id, name: req.name, capability: req.capability, role: wanted.find((p) => roleMatches(role, p)) ?? role,
      trigger: { at: f.triggerAt }, within: req.within, weight: req.weight, source: req.source, hidden: false, earliest: req.earliest,
    });
    out.facts.push({
      id: f.id, triggerAt: f.triggerAt, triggerSeq: null, triggerPlace: null, doneAt: f.doneAt, evidence: [],
      ...(f.sites ? { sites: f.sites.map((s) => ({ site: s.site, dueFrom: s.dueFrom, doneAt: s.doneAt })) } : {}),
    });
  }
  return out;
}
