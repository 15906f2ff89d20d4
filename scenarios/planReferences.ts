// Every reference a plan makes into its scenario, resolved: injects, event kinds, places,
// villages, shelters, townships, teams, reservoirs, levees named in triggers' `match` and in
// actions' fields. An unknown one is an error (FILE:JSON.PATH: message); a requirement that can
// never trigger in its scenario (an inject whose kind never emits it, a time past the
// scenario's end, a chain to such a requirement) is a warning.
import type { Scenario } from '../sim-core/world/scenario.ts';
import { EVENT_KINDS } from '../sim-core/events.ts';
import { placeIndex } from '../sim-core/world/placeIndex.ts';
import type { PlanJson } from './planSchema.ts';
import type { Problem } from './problems.ts';

type Kind = 'inject' | 'place' | 'village' | 'shelter' | 'township' | 'team' | 'reservoir' | 'levee' | 'depot' | 'gauge';

/** What kind of thing a field names, by its name in events and commands. */
const FIELD_KIND: Record<string, Kind> = {
  inject: 'inject', village: 'village', villages: 'village', shelter: 'shelter', shelters: 'shelter', township: 'township', townships: 'township',
  unit: 'team', reservoir: 'reservoir', levee: 'levee', depot: 'depot', gauge: 'gauge', place: 'place',
};

function exists(kind: Kind, id: string, s: Scenario): boolean {
  switch (kind) {
    case 'inject': return s.injects.some((x) => x.id === id);
    case 'village': return s.villages.some((x) => x.id === id);
    case 'shelter': return s.shelters.some((x) => x.id === id);
    case 'township': return s.townships.some((x) => x.id === id);
    case 'team': return s.teams.some((x) => x.id === id);
    case 'reservoir': return s.reservoirs.some((x) => x.id === id);
    case 'levee': return s.levees.some((x) => x.id === id);
    case 'depot': return s.depots.some((x) => x.id === id);
    case 'gauge': return s.gauges.some((x) => x.id === id);
    case 'place': return placeIndex(s).place.has(id) || s.levees.some((x) => x.id === id);
  }
}

const KIND_WORD: Record<Kind, string> = { inject: 'inject', place: 'place', village: 'village', shelter: 'shelter', township: 'township', team: 'team', reservoir: 'reservoir', levee: 'levee', depot: 'depot', gauge: 'gauge' };

/** Unknown references in a record of fields (a trigger's match, an action's fields). */
function checkFields(fields: Record<string, unknown>, at: string, s: Scenario, add: (path: string, message: string) => void): void {
  for (const [k, v] of Object.entries(fields)) {
    const kind = FIELD_KIND[k];
    if (k === 'to' && v && typeof v === 'object' && typeof (v as { place?: unknown }).place === 'string') {
      const id = (v as { place: string }).place;
      if (!exists('place', id, s)) add(`${at}.to.place`, `no place ${JSON.stringify(id)} in scenario ${s.id}`);
      continue;
    }
    if (!kind) continue;
    const ids = Array.isArray(v) ? v : [v];
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !exists(kind, id, s)) add(`${at}.${k}${Array.isArray(v) ? `[${i}]` : ''}`, `no ${KIND_WORD[kind]} ${JSON.stringify(id)} in scenario ${s.id}`);
    });
  }
}

export function planReferenceProblems(json: PlanJson, s: Scenario, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const kinds = new Set<string>(EVENT_KINDS);
  const trigger = (t: any, at: string): void => {
    if ('any' in t) { t.any.forEach((x: unknown, k: number) => trigger(x, `${at}.any[${k}]`)); return; }
    if ('event' in t && !kinds.has(t.event)) add(`${at}.event`, `no event kind ${JSON.stringify(t.event)}`);
    if (('event' in t || 'command' in t) && t.match) checkFields(t.match, `${at}.match`, s, add);
  };
  json.responseLevels.forEach((l, i) => trigger(l.when, `responseLevels[${i}].when`));
  json.requirements.forEach((r, i) => {
    trigger(r.trigger, `requirements[${i}].trigger`);
    if (r.action) { const { type: _t, match: _m, ...fields } = r.action as Record<string, unknown>; checkFields(fields, `requirements[${i}].action`, s, add); }
  });
  return problems;
}

/** Whether a trigger can fire in this scenario at all (by what the scenario holds; events the core emits freely are assumed possible). */
function canFire(t: any, s: Scenario, end: number | null, possible: (id: string) => boolean): boolean {
  if ('any' in t) return t.any.some((x: unknown) => canFire(x, s, end, possible));
  if ('at' in t) return end === null || t.at <= end;
  if ('after' in t) return possible(t.after);
  if ('event' in t && t.event === 'injectFired') {
    const want = t.match?.inject;
    const ids = Array.isArray(want) ? want : want === undefined ? null : [want];
    return ids === null ? s.injects.length > 0 : ids.some((id: unknown) => s.injects.some((x) => x.id === id && (end === null || x.t - x.jitter <= end)));
  }
  if ('event' in t && (t.event === 'fireIgnited' || t.event === 'fireDetected')) return s.injects.some((x) => x.kind === 'ignite');
  if ('event' in t && (t.event === 'damBreach')) return s.injects.some((x) => x.kind === 'damBreak') || s.reservoirs.length > 0;
  if ('event' in t && (t.event === 'leveeBreach')) return s.injects.some((x) => x.kind === 'leveeBreach') || s.levees.length > 0;
  return true;
}

/** Requirements that can never trigger in the scenario (warnings, not errors). */
export function planWarnings(json: PlanJson, s: Scenario, file: string, end: number | null = null): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(json.requirements.map((r) => [r.id, r]));
  const memo = new Map<string, boolean>();
  const possible = (id: string): boolean => {
    if (memo.has(id)) return memo.get(id)!;
    memo.set(id, true); // a cycle is not this check's to judge
    const r = byId.get(id);
    const ok = r ? canFire(r.trigger, s, end, possible) : true;
    memo.set(id, ok);
    return ok;
  };
  json.requirements.forEach((r, i) => {
    if (!possible(r.id)) out.push({ file, path: `requirements[${i}].trigger`, message: `warning: requirement ${JSON.stringify(r.id)} can never trigger in scenario ${s.id}` });
  });
  json.responseLevels.forEach((l, i) => {
    if (!canFire(l.when, s, end, possible)) out.push({ file, path: `responseLevels[${i}].when`, message: `warning: response level ${l.level} can never be triggered in scenario ${s.id}` });
  });
  return out;
}
