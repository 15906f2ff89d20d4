// The plan as a player's browser gets it (issue 15): what its checklist shows — each
// requirement's name, role, capability, time limit and article — and nothing of the script.
// Triggers name MSEL injects ("when trapped-call fires") and actions name the places the script
// will use, so both go; requirements hidden from players (a no-script drill's) become blank
// placeholders, kept only so the feed's checklist facts still line up by index.
import { CAPABILITIES } from '../../sim-core/plan/plan.ts';
import { parseDuration } from '../../sim-core/time/duration.ts';

type Json = Record<string, unknown>;

const BLANK = { zh: '' };

/** The resolved-plan shape (times in seconds) the client uses as is; `told` marks it. */
export function toldPlan(plan: unknown): Json | null {
  if (typeof plan !== 'object' || plan === null) return null;
  const p = plan as Json;
  const reqs = Array.isArray(p.requirements) ? p.requirements as Json[] : [];
  return {
    told: true,
    id: p.id, name: p.name, source: p.source, commandStructure: p.commandStructure ?? [],
    requirements: reqs.map((r) => r.hidden === true
      ? { id: '', name: BLANK, capability: CAPABILITIES[0], role: '', trigger: {}, within: 0, weight: 0, source: BLANK, hidden: true, earliest: 'trigger' }
      : { id: r.id, name: r.name, capability: r.capability, role: r.role, trigger: {}, within: parseDuration(r.within as string | number) ?? 0, weight: r.weight ?? 1, source: r.source, hidden: false, earliest: r.earliest ?? 'trigger' }),
  };
}
