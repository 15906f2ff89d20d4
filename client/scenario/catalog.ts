// The scenarios the browser knows: every scenarios/*/scenario.json (and its plan.json) bundled as
// lazily loaded text, resolved by the same loader the server uses (scenarios/resolve.ts). The
// rasters of the bundled scenarios are generated from their terrain spec, so no raster file is
// fetched.
import { resolveScenario } from '../../scenarios/resolve.ts';
import { expandExtends } from '../../scenarios/extend.ts';
import { resolvePlan } from '../../scenarios/loadPlan.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';

const scenarioTexts = import.meta.glob('../../scenarios/*/scenario.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;
const planTexts = import.meta.glob('../../scenarios/*/plan.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

const folderOf = (path: string) => /scenarios\/([^/]+)\//.exec(path)![1];

/** Folder names of the bundled scenarios. */
export function scenarioNames(): string[] {
  return Object.keys(scenarioTexts).map(folderOf).sort();
}

async function text(folder: string): Promise<string | null> {
  const load = scenarioTexts[`../../scenarios/${folder}/scenario.json`];
  return load ? load() : null;
}

/** scenario.json of a folder with its `extends` chain merged in. */
async function expandedText(folder: string): Promise<string> {
  const own = await text(folder);
  if (own === null) throw new Error(`no scenario "${folder}" in this build`);
  // expandExtends reads synchronously: preload every folder the chain may name (two levels suffice).
  const texts = new Map<string, string>();
  for (const name of scenarioNames()) { const t = await text(name); if (t !== null) texts.set(name, t); }
  const read = (_from: string, ref: string) => {
    const name = ref.replace(/\/scenario\.json$/, '').split('/').filter(Boolean).pop() ?? '';
    const t = texts.get(name);
    return t === undefined ? null : { file: `${name}/scenario.json`, text: t };
  };
  const x = expandExtends({ file: `${folder}/scenario.json`, text: own }, read);
  if (!x.ok) throw new Error(x.problems.map((p) => `${p.file}:${p.path}: ${p.message}`).join('\n'));
  return x.text;
}

const cache = new Map<string, Promise<Scenario>>();

/** The resolved scenario of a bundled folder (cached). */
export function loadScenario(folder: string): Promise<Scenario> {
  let p = cache.get(folder);
  if (!p) {
    p = expandedText(folder).then((t) => resolveScenario(t, `${folder}/scenario.json`, () => null));
    cache.set(folder, p);
  }
  return p;
}

/** Bundled scenario folder whose scenario id is `id` (the folder name, usually). */
export async function folderForScenarioId(id: string): Promise<string | null> {
  if (scenarioTexts[`../../scenarios/${id}/scenario.json`]) return id;
  for (const name of scenarioNames()) {
    const t = await text(name);
    if (t && new RegExp(`"id"\\s*:\\s*"${id.replace(/[^\w-]/g, '')}"`).test(t)) return name;
  }
  return null;
}

/** The plan beside a scenario (plan.json), or null when it has none. */
export async function loadPlan(folder: string, scenario: Scenario): Promise<Plan | null> {
  const load = planTexts[`../../scenarios/${folder}/plan.json`];
  if (!load) return null;
  return resolvePlan(await load(), `${folder}/plan.json`, scenario);
}

/** Name and description of a bundled scenario without resolving it (for the start page). */
export async function scenarioTitle(folder: string): Promise<{ zh: string; en?: string }> {
  const t = await text(folder);
  try { return (JSON.parse(t ?? '{}') as { name?: { zh: string; en?: string } }).name ?? { zh: folder }; } catch { return { zh: folder }; }
}
