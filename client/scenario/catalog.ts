// The scenarios the browser knows, resolved by the same loader the server uses
// (scenarios/resolve.ts). Where they come from is source.ts: the serving server in a drill
// build, the bundle in a practice build. `auth` is a token that may read the script (a
// director's, an evaluator's, the admin's); without one the scenario comes without its MSEL.
import { resolveScenario } from '../../scenarios/resolve.ts';
import { resolvePlan } from '../../scenarios/loadPlan.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import { fetchScenario, listScenarios, type FetchedScenario, type ScenarioListing } from './source.ts';

let listing: Promise<ScenarioListing[]> | null = null;
/** The scenarios on offer (cached; a failed fetch is retried next time). */
export function scenarioList(): Promise<ScenarioListing[]> {
  listing ??= listScenarios().catch((err: unknown) => { listing = null; throw err; });
  return listing;
}

const fetched = new Map<string, Promise<FetchedScenario>>();
const resolved = new Map<string, Promise<Scenario>>();
const key = (folder: string, auth?: string) => `${folder}\n${auth ?? ''}`;

function fetchOnce(folder: string, auth?: string): Promise<FetchedScenario> {
  let p = fetched.get(key(folder, auth));
  if (!p) {
    p = fetchScenario(folder, auth);
    fetched.set(key(folder, auth), p);
    p.catch(() => fetched.delete(key(folder, auth)));
  }
  return p;
}

/** The resolved scenario of a folder (cached per folder and token). */
export function loadScenario(folder: string, auth?: string): Promise<Scenario> {
  let p = resolved.get(key(folder, auth));
  if (!p) {
    p = fetchOnce(folder, auth).then((f) => resolveScenario(f.text, `${folder}/scenario.json`, (name) => f.files.get(name) ?? null));
    resolved.set(key(folder, auth), p);
    p.catch(() => resolved.delete(key(folder, auth)));
  }
  return p;
}

/** Folder whose scenario id is `id` (the folder name, usually). */
export async function folderForScenarioId(id: string): Promise<string | null> {
  const list = await scenarioList();
  return list.find((s) => s.folder === id)?.folder ?? list.find((s) => s.id === id)?.folder ?? null;
}

/** The plan beside a scenario (plan.json), or null when it has none. */
export async function loadPlan(folder: string, scenario: Scenario, auth?: string): Promise<Plan | null> {
  const f = await fetchOnce(folder, auth);
  if (f.plan === null) return null;
  // A player's plan comes as told (server/serve/toldPlan.ts): only what its checklist shows,
  // already in the resolved shape; it names no inject, so it cannot be checked against the MSEL.
  const told = JSON.parse(f.plan) as { told?: boolean };
  return told.told ? (told as unknown as Plan) : resolvePlan(f.plan, `${folder}/plan.json`, scenario);
}

/** Townships of a scenario, read from its JSON without resolving it (for the start page). */
export async function townshipsOf(folder: string): Promise<{ id: string; name: { zh: string; en?: string } }[]> {
  const json = JSON.parse((await fetchOnce(folder)).text) as { townships?: { id: string; name: { zh: string; en?: string } }[] };
  return json.townships ?? [];
}
