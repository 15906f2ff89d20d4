// The plan as a player's browser gets it over HTTP (issue 15): its name, article and command
// structure, and no requirement at all. Requirement names give the script away ("send the water
// rescue team to Xiachang within 45 min of the call"), so a player hears of each one only in its
// feed's checklist, once it was triggered for its role (runtime/toldChecklist.ts), and not at
// all while the director hides the checklist.

type Json = Record<string, unknown>;

/** The resolved-plan shape the client uses as is, with no requirements; `told` marks it. */
export function toldPlan(plan: unknown): Json | null {
  if (typeof plan !== 'object' || plan === null) return null;
  const p = plan as Json;
  return { told: true, id: p.id, name: p.name, source: p.source, commandStructure: p.commandStructure ?? [], requirements: [] };
}
