// Reads a plan file against its scenario: shape (planSchema), then references (roles, villages,
// teams, requirement ids) — every problem as FILE:JSON.PATH: message. Response levels become
// requirements of the chief (raise the level within the time the plan gives).
import type { Plan, PlanAction, Requirement, Trigger } from '../sim-core/plan/plan.ts';
import type { Scenario } from '../sim-core/world/scenario.ts';
import { TARGET_IDS, type Grade, type TargetId, type TargetSpec } from '../sim-core/score/targets.ts';
import { parseRole } from '../sim-core/commands/roles.ts';
import { commandSchemaOf } from '../sim-core/commands/schema.ts';
import { jsonPath, parseJsonText, ScenarioError, type Problem } from './problems.ts';
import { planSchema, type PlanJson } from './planSchema.ts';
import { planReferenceProblems, planWarnings } from './planReferences.ts';

/** Autopilot reaction delays by role kind when the plan gives none, s (assumed). */
const DEFAULT_REACTION: Plan['reaction'] = { chief: [180, 900], township: [300, 1200], team: [60, 600], director: [0, 0] };
/** Fields compared by default when deciding whether a logged command is the one required. */
const DEFAULT_MATCH = ['to', 'kind', 'level', 'unit', 'villages', 'shelters', 'depot', 'reservoir', 'townships'];

function toTrigger(t: any): Trigger {
  if ('any' in t) return { any: t.any.map(toTrigger) };
  if ('at' in t) return { at: t.at };
  if ('after' in t) return { after: t.after };
  if ('event' in t) return { event: t.event, ...(t.match ? { match: t.match } : {}), ...(t.knownTo ? { knownTo: t.knownTo } : {}) };
  return { command: t.command, ...(t.role ? { role: t.role } : {}), ...(t.match ? { match: t.match } : {}) };
}

function toAction(a: Record<string, unknown>): PlanAction {
  const { type, match, ...fields } = a as { type: string; match?: string[] } & Record<string, unknown>;
  return { type, fields, match: match ?? DEFAULT_MATCH.filter((k) => k in fields) };
}

/** The plan's targets; deaths, untreated injured and stranded evacuees are always graded (0 unless the plan says). */
function targetsFromJson(t: PlanJson['targets']): TargetSpec[] {
  const legacy: Partial<Record<TargetId, number | undefined>> = { dead: t.maxDead, injuredUntreated: t.maxInjuredUntreated, stranded: t.maxStranded };
  const out: TargetSpec[] = [];
  for (const id of TARGET_IDS) {
    const given = t[id] ?? legacy[id];
    if (given === undefined && id !== 'dead' && id !== 'injuredUntreated' && id !== 'stranded') continue;
    if (given === undefined || typeof given === 'number') out.push({ id, max: given ?? 0 });
    else out.push({ id, max: given.max, ...(given.within !== undefined ? { within: given.within } : {}), ...(given.cap ? { cap: given.cap as Grade } : {}) });
  }
  return out;
}

export function planFromJson(json: PlanJson): Plan {
  const levels: Requirement[] = json.responseLevels.map((l) => ({
    id: `level-${l.level}`, name: { zh: `启动${l.level}级应急响应`, en: `Activate response level ${l.level}` },
    capability: 'commandAndCoordination', role: 'chief', trigger: toTrigger(l.when),
    action: { type: 'setResponseLevel', fields: { level: l.level }, match: ['level'] },
    within: l.within, weight: l.weight, source: l.source, hidden: false, earliest: 'trigger',
  }));
  const reqs: Requirement[] = json.requirements.map((r) => ({
    id: r.id, name: r.name, capability: r.capability, role: Array.isArray(r.role) ? r.role[0] : r.role, trigger: toTrigger(r.trigger),
    ...(Array.isArray(r.role) && r.role.length > 1 ? { roles: r.role } : {}),
    ...(r.team ? { team: r.team } : {}),
    ...(r.atTriggerPlace ? { atTriggerPlace: true } : {}),
    ...(r.action ? { action: toAction(r.action) } : {}),
    ...(r.outcome ? { outcome: r.outcome.measure === 'evacuated' ? { measure: 'evacuated', villages: r.outcome.villages, share: r.outcome.share }
      : r.outcome.measure === 'avoidDamBreakZone' ? { measure: 'avoidDamBreakZone', ...(r.outcome.reservoirs ? { reservoirs: r.outcome.reservoirs } : {}) }
      : { measure: r.outcome.measure, ...(r.outcome.sites ? { sites: r.outcome.sites } : {}) } } : {}),
    within: r.within, weight: r.weight, source: r.source, hidden: r.hidden, earliest: r.earliest,
  }));
  return {
    id: json.id, name: json.name, ...(json.scenario ? { scenario: json.scenario } : {}), source: json.source,
    commandStructure: json.commandStructure,
    reaction: { ...DEFAULT_REACTION, ...json.reaction } as Plan['reaction'],
    targets: targetsFromJson(json.targets),
    requirements: [...levels, ...reqs],
  };
}

/** References a plan makes into its scenario. */
function crossCheckPlan(json: PlanJson, scenario: Scenario, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const ids = new Set<string>();
  json.requirements.forEach((r, i) => {
    if (ids.has(r.id)) add(`requirements[${i}].id`, `duplicate requirement id ${JSON.stringify(r.id)}`);
    ids.add(r.id);
  });
  json.responseLevels.forEach((l) => ids.add(`level-${l.level}`));
  const villages = new Set(scenario.villages.map((v) => v.id));
  const checkTrigger = (t: any, at: string) => {
    if ('any' in t) t.any.forEach((x: unknown, k: number) => checkTrigger(x, `${at}.any[${k}]`));
    else if ('after' in t && !ids.has(t.after)) add(`${at}.after`, `no requirement ${JSON.stringify(t.after)}`);
    else if ('event' in t && t.knownTo && !parseRole(t.knownTo, scenario)) add(`${at}.knownTo`, `no role ${JSON.stringify(t.knownTo)} in scenario ${scenario.id}`);
    else if ('command' in t && t.role && !t.role.endsWith(':*') && !parseRole(t.role, scenario)) add(`${at}.role`, `no role ${JSON.stringify(t.role)} in scenario ${scenario.id}`);
  };
  json.commandStructure.forEach((c, i) => { if (!parseRole(c.role, scenario)) add(`commandStructure[${i}].role`, `no role ${JSON.stringify(c.role)} in scenario ${scenario.id}`); });
  json.responseLevels.forEach((l, i) => checkTrigger(l.when, `responseLevels[${i}].when`));
  json.requirements.forEach((r, i) => {
    const at = `requirements[${i}]`;
    const actors = Array.isArray(r.role) ? r.role : [r.role];
    actors.forEach((x, k) => {
      if (x.endsWith(':*') || x === 'township:@trigger' || parseRole(x, scenario)) return;
      add(`${at}.role${Array.isArray(r.role) ? `[${k}]` : ''}`, `no role ${JSON.stringify(x)} in scenario ${scenario.id}`);
    });
    if (r.team && !r.action) add(`${at}.team`, 'a team class applies to an action (the order the team gives or is given)');
    if (r.atTriggerPlace && !r.action) add(`${at}.atTriggerPlace`, 'applies to an action (the order aimed at the trigger\'s place)');
    if (!r.action === !r.outcome) add(at, 'a requirement has an action (an order to give) or an outcome (a result to reach), not both or neither');
    checkTrigger(r.trigger, `${at}.trigger`);
    const list = (r.action as any)?.villages ?? (r.outcome && 'villages' in r.outcome ? r.outcome.villages : []);
    if (Array.isArray(list)) list.forEach((v: unknown, k: number) => { if (!villages.has(v as string)) add(`${at}.${r.action ? 'action' : 'outcome'}.villages[${k}]`, `no village ${JSON.stringify(v)}`); });
    const places = new Set([...scenario.villages, ...scenario.shelters].map((p) => p.id));
    const crowded = new Set((scenario.sites ?? []).map((p) => p.id));
    if (r.outcome && 'sites' in r.outcome && r.outcome.sites) {
      const cleared = r.outcome.measure === 'siteCleared';
      r.outcome.sites.forEach((s, k) => {
        if (!(cleared ? crowded : places).has(s)) add(`${at}.outcome.sites[${k}]`, cleared ? `no crowded site ${JSON.stringify(s)} (scenario sites)` : `no shelter or village ${JSON.stringify(s)}`);
      });
    }
    if (r.outcome?.measure === 'avoidDamBreakZone') {
      const zones = new Set((scenario.damBreakZones ?? []).map((z) => z.reservoir));
      if (zones.size === 0) add(`${at}.outcome`, 'the scenario has no dam-break zone (damBreakZones, written by `tuiyan model dambreak --write`)');
      r.outcome.reservoirs?.forEach((x, k) => { if (!zones.has(x)) add(`${at}.outcome.reservoirs[${k}]`, `no dam-break zone for reservoir ${JSON.stringify(x)}`); });
    }
    if (r.action) {
      // The order the autopilot would give must be a command the core accepts (shape only here).
      const { match: _match, ...fields } = r.action;
      const order = commandSchemaOf(r.action.type)?.safeParse({ ...fields, role: actors[0] });
      if (order && !order.success) for (const i of order.error.issues) add(`${at}.action${i.path.length ? `.${jsonPath(i.path)}` : ''}`, i.message);
    }
    const unit = (r.action as any)?.unit;
    if (typeof unit === 'string' && !scenario.teams.some((t) => t.id === unit)) add(`${at}.action.unit`, `no team ${JSON.stringify(unit)}`);
  });
  return problems;
}

export function validatePlanText(text: string, file: string, scenario: Scenario): { ok: true; plan: Plan } | { ok: false; problems: Problem[] } {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const result = planSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, problems: result.error.issues.map((i) => ({ file, path: jsonPath(i.path), message: i.message })) };
  const problems = [...crossCheckPlan(result.data, scenario, file), ...planReferenceProblems(result.data, scenario, file)];
  return problems.length ? { ok: false, problems } : { ok: true, plan: planFromJson(result.data) };
}

export function resolvePlan(text: string, file: string, scenario: Scenario): Plan {
  const r = validatePlanText(text, file, scenario);
  if (!r.ok) throw new ScenarioError(r.problems);
  return r.plan;
}

/** Requirements that can never trigger in the scenario: warnings (the plan still loads). */
export function planTextWarnings(text: string, file: string, scenario: Scenario): Problem[] {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return [];
  const result = planSchema.safeParse(parsed.value);
  return result.success ? planWarnings(result.data, scenario, file) : [];
}
