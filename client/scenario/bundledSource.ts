// The practice build's scenarios: every scenarios/*/scenario.json and plan.json bundled as text,
// scripts included, for practising with no server. Only `npm run build:practice` uses this file
// (vite.config.ts puts it in place of source.ts); the drill build never contains it.
import { expandExtends } from '../../scenarios/extend.ts';
import type { FetchedScenario, ScenarioListing } from './source.ts';

export type { FetchedScenario, ScenarioListing } from './source.ts';

const scenarioTexts = import.meta.glob('../../scenarios/*/scenario.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;
const planTexts = import.meta.glob('../../scenarios/*/plan.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

const folderOf = (path: string) => /scenarios\/([^/]+)\//.exec(path)![1];

async function text(folder: string): Promise<string | null> {
  const load = scenarioTexts[`../../scenarios/${folder}/scenario.json`];
  return load ? load() : null;
}

async function expandedText(folder: string): Promise<string> {
  const own = await text(folder);
  if (own === null) throw new Error(`no scenario "${folder}" in this build`);
  // expandExtends reads synchronously: preload every bundled folder first.
  const texts = new Map<string, string>();
  for (const path of Object.keys(scenarioTexts)) { const t = await text(folderOf(path)); if (t !== null) texts.set(folderOf(path), t); }
  const read = (_from: string, ref: string) => {
    const name = ref.replace(/\/scenario\.json$/, '').split('/').filter(Boolean).pop() ?? '';
    const t = texts.get(name);
    return t === undefined ? null : { file: `${name}/scenario.json`, text: t };
  };
  const x = expandExtends({ file: `${folder}/scenario.json`, text: own }, read);
  if (!x.ok) throw new Error(x.problems.map((p) => `${p.file}:${p.path}: ${p.message}`).join('\n'));
  return x.text;
}

export async function listScenarios(): Promise<ScenarioListing[]> {
  const out: ScenarioListing[] = [];
  for (const folder of Object.keys(scenarioTexts).map(folderOf).sort()) {
    try {
      const json = JSON.parse(await expandedText(folder)) as { id?: string; name?: ScenarioListing['name'] };
      out.push({ folder, id: json.id ?? folder, name: json.name ?? { zh: folder } });
    } catch { /* a broken bundled scenario is not offered */ }
  }
  return out;
}

export async function fetchScenario(folder: string): Promise<FetchedScenario> {
  const load = planTexts[`../../scenarios/${folder}/plan.json`];
  // The bundled scenarios generate their rasters from the terrain spec: no files.
  return { text: await expandedText(folder), plan: load ? await load() : null, files: new Map() };
}
