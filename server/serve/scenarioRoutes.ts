// The scenarios as the browser gets them (issue 15: the drill client carries no script). The
// built client bundles no scenario; it asks here. Everyone gets the world and the plan's name
// (its requirements reach a player only by its feed, once triggered: toldPlan.ts); the MSEL (`injects`: ids, texts, expected responses) and the plan's triggers that
// name it only a caller who may read the script: the admin token, or a director's or
// evaluator's token of an exercise on that very scenario.
// Raster files (imported districts) are served as bytes so the browser resolves the scenario
// with the same loader the server uses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expanded, fileReader } from '../scenarioFiles.ts';
import { ScenarioError } from '../../scenarios/problems.ts';
import { toldPlan } from './toldPlan.ts';

const FOLDER = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const PLAN_FILE = 'plan.json';

/** Who is asking: whether they may read the script of a scenario folder. */
export type ScriptReader = (folder: string) => boolean;

export interface ScenarioListing { folder: string; id: string; name: { zh: string; en?: string } }

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

/** Every servable scenario folder, by folder name. Broken ones are left out (tuiyan check names their problems). */
export function listScenarios(dir: string): ScenarioListing[] {
  if (!existsSync(dir)) return [];
  const out: ScenarioListing[] = [];
  for (const folder of readdirSync(dir).sort()) {
    if (!folderOk(dir, folder)) continue;
    try {
      const { json } = expandedJson(dir, folder);
      const name = (json.name as ScenarioListing['name'] | undefined) ?? { zh: folder };
      out.push({ folder, id: String(json.id ?? folder), name });
    } catch { /* a broken scenario is not offered */ }
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
  if (path === '/api/scenarios') { sendJson(res, 200, { scenarios: listScenarios(dir) }); return true; }
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
