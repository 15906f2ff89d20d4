// The scenarios as the browser gets them (issue 15: the drill client carries no script). The
// built client bundles no scenario; it asks here. Everyone gets the world and the plan's name
// (its requirements reach a player only by its feed, once triggered: toldPlan.ts); the MSEL (`injects`: ids, texts, expected responses) and the plan's triggers that
// name it only a caller who may read the script: the admin token, or a director's or
// evaluator's token of an exercise on that very scenario.
// The listing is the one way to list scenarios: a caller who may read a scenario fully (the admin
// page) also gets its roles and whether it has a plan, read from the JSON and cached per file.
// Raster files (imported districts) are served as bytes so the browser resolves the scenario
// with the same loader the server uses.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expanded, fileReader } from '../scenarioFiles.ts';
import { ScenarioError } from '../../scenarios/problems.ts';
import { toldPlan } from './toldPlan.ts';
import { roleName } from '../../presentation/text/names.ts';
import { localText } from '../../presentation/text/lang.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';

const FOLDER = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const PLAN_FILE = 'plan.json';

/** Who is asking: whether they may read the script of a scenario folder. */
export type ScriptReader = (folder: string) => boolean;

export interface ScenarioListing {
  folder: string;
  id: string;
  name: { zh: string; en?: string };
  /** For a caller who may read the scenario fully (the admin page's forms): whether it has a plan, and the roles people can play in it. */
  hasPlan?: boolean;
  roles?: { role: string; zh: string; en: string }[];
}

export interface ServedScenario {
  folder: string;
  /** scenario.json with its `extends` chain merged in; `injects` empty unless `script`. */
  scenario: Record<string, unknown>;
  /** plan.json for a script reader; for anyone else the plan as told (toldPlan.ts: no requirements). */
  plan: unknown;
  /** Whether `scenario.injects` is the real MSEL. */
  script: boolean;
  /** Raster file names to fetch from `/api/scenarios/:folder/files/:name`. */
  files: string[];
}

function folderOk(dir: string, folder: string): boolean {
  return FOLDER.test(folder) && existsSync(join(dir, folder, 'scenario.json'));
}

function expandedJson(dir: string, folder: string): { json: Record<string, unknown>; dirs: string[] } {
  const { text, dirs } = expanded(join(dir, folder, 'scenario.json'));
  return { json: JSON.parse(text) as Record<string, unknown>, dirs };
}

type Named = { id: string; name: { zh: string; en?: string } };

/** The roles people play in a scenario (allRoles without the director), named as the code sheet names them, from its JSON alone. */
function playableRoles(json: Record<string, unknown>): { role: string; zh: string; en: string }[] {
  const list = (k: string) => (Array.isArray(json[k]) ? json[k] as Named[] : []);
  // roleName needs no scenario for the fixed roles; townships and teams are named from the JSON.
  const fixed = (role: string) => ({ role, zh: roleName(null as unknown as Scenario, role, 'zh'), en: roleName(null as unknown as Scenario, role, 'en') });
  const named = (prefix: string, x: Named) => ({ role: `${prefix}${x.id}`, zh: localText(x.name, 'zh'), en: localText(x.name, 'en') });
  return [fixed('evaluator'), fixed('chief'), ...list('townships').map((t) => named('township:', t)), ...list('teams').map((t) => named('team:', t)), fixed('observer')];
}

interface Listed { key: string; entry: Omit<ScenarioListing, 'hasPlan'>; roles: NonNullable<ScenarioListing['roles']> }
/**
 * Listings by folder, kept while scenario.json is unchanged (its size and time): a listing reads
 * and merges each scenario.json (half a megabyte for a district), which is not done again on
 * every call. Resolving (terrain, rasters) is never needed to list.
 */
const listed = new Map<string, Listed>();

function listedFolder(dir: string, folder: string): Listed | null {
  const file = join(dir, folder, 'scenario.json');
  const st = statSync(file);
  const key = `${st.size}:${st.mtimeMs}`;
  const cached = listed.get(file);
  if (cached?.key === key) return cached;
  try {
    const { json } = expandedJson(dir, folder);
    const name = (json.name as ScenarioListing['name'] | undefined) ?? { zh: folder };
    const got: Listed = { key, entry: { folder, id: String(json.id ?? folder), name }, roles: playableRoles(json) };
    listed.set(file, got);
    return got;
  } catch { return null; /* a broken scenario is not offered */ }
}

/**
 * Every servable scenario folder, by folder name. Broken ones are left out (tuiyan check names
 * their problems). `full(folder)`: the caller may read it fully, and gets its roles and whether it has a plan.
 */
export function listScenarios(dir: string, full: (folder: string) => boolean = () => false): ScenarioListing[] {
  if (!existsSync(dir)) return [];
  const out: ScenarioListing[] = [];
  for (const folder of readdirSync(dir).sort()) {
    if (!folderOk(dir, folder)) continue;
    const l = listedFolder(dir, folder);
    if (!l) continue;
    out.push(full(folder) ? { ...l.entry, hasPlan: existsSync(join(dir, folder, PLAN_FILE)), roles: l.roles } : l.entry);
  }
  return out;
}

function rasterFiles(json: Record<string, unknown>): string[] {
  const r = (json.rasters ?? {}) as Record<string, { file?: unknown }>;
  return Object.keys(r).sort().map((k) => r[k]?.file).filter((f): f is string => typeof f === 'string');
}

/** One scenario as served: null when there is no such folder. */
export function serveScenario(dir: string, folder: string, mayReadScript: boolean): ServedScenario | null {
  if (!folderOk(dir, folder)) return null;
  const { json } = expandedJson(dir, folder);
  const planFile = join(dir, folder, PLAN_FILE);
  const plan = existsSync(planFile) ? JSON.parse(readFileSync(planFile, 'utf8')) as unknown : null;
  return {
    folder, scenario: mayReadScript ? json : { ...json, injects: [] }, plan: mayReadScript ? plan : toldPlan(plan),
    script: mayReadScript, files: rasterFiles(json),
  };
}

/** A raster file of a scenario (beside it or beside a scenario it extends); only files its rasters name. */
export function scenarioFile(dir: string, folder: string, name: string): Uint8Array | null {
  if (!folderOk(dir, folder)) return null;
  const { json, dirs } = expandedJson(dir, folder);
  if (!rasterFiles(json).includes(name)) return null;
  return fileReader(dirs)(name);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Answers GET /api/scenarios, /api/scenarios/:folder and /api/scenarios/:folder/files/:name;
 * returns false for any other path so the caller routes on.
 */
export function scenarioRoute(dir: string, path: string, method: string, req: IncomingMessage, res: ServerResponse, mayRead: (req: IncomingMessage) => ScriptReader): boolean {
  if (path !== '/api/scenarios' && !path.startsWith('/api/scenarios/')) return false;
  if (method !== 'GET') { sendJson(res, 405, { error: 'methodNotAllowed', message: `${method} ${path}` }); return true; }
  if (path === '/api/scenarios') { sendJson(res, 200, { scenarios: listScenarios(dir, mayRead(req)) }); return true; }
  const m = /^\/api\/scenarios\/([^/]{1,64})(?:\/files\/([A-Za-z0-9_.-]{1,128}))?$/.exec(path);
  const unknown = () => sendJson(res, 404, { error: 'unknownScenario', message: `no scenario ${JSON.stringify(path.slice(15, 79))}` });
  if (!m || !FOLDER.test(m[1])) { unknown(); return true; }
  const [, folder, file] = m;
  try {
    if (file) {
      const bytes = scenarioFile(dir, folder, file);
      if (!bytes) { sendJson(res, 404, { error: 'notFound', message: `scenario ${folder} has no raster file ${file}` }); return true; }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return true;
    }
    const served = serveScenario(dir, folder, mayRead(req)(folder));
    if (!served) unknown(); else sendJson(res, 200, served);
  } catch (err) {
    if (!(err instanceof ScenarioError) && !(err instanceof SyntaxError)) throw err;
    sendJson(res, 422, { error: 'badScenario', message: `scenario ${folder} does not load: ${err.message.slice(0, 500)}` });
  }
  return true;
}
