// Where the drill client gets its scenarios: from the server it is served by (issue 15: a drill
// build carries no script). GET /api/scenarios lists them; GET /api/scenarios/:folder gives the
// world and plan, and the MSEL only to a token allowed to read it (a director's, an evaluator's,
// the admin's); raster files of imported districts come as bytes. The practice build
// (`npm run build:practice`) swaps this file for bundledSource.ts (vite.config.ts).
export interface ScenarioListing { folder: string; id: string; name: { zh: string; en?: string } }

export interface FetchedScenario {
  /** scenario.json with its `extends` chain merged in. */
  text: string;
  /** plan.json text, or null. */
  plan: string | null;
  /** Raster files by name, for the resolver's synchronous reader. */
  files: Map<string, Uint8Array>;
}

async function json(url: string, auth?: string): Promise<unknown> {
  const r = await fetch(url, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
  if (!r.ok) {
    const body = await r.json().catch(() => ({})) as { message?: string };
    throw new Error(`${url}: ${r.status} ${body.message ?? r.statusText}`);
  }
  return r.json();
}

export async function listScenarios(): Promise<ScenarioListing[]> {
  return ((await json('/api/scenarios')) as { scenarios: ScenarioListing[] }).scenarios;
}

export async function fetchScenario(folder: string, auth?: string): Promise<FetchedScenario> {
  const base = `/api/scenarios/${encodeURIComponent(folder)}`;
  const got = await json(base, auth) as { scenario: unknown; plan: unknown; files: string[] };
  const files = new Map<string, Uint8Array>();
  await Promise.all(got.files.map(async (name) => {
    const r = await fetch(`${base}/files/${encodeURIComponent(name)}`);
    if (!r.ok) throw new Error(`${base}/files/${name}: ${r.status}`);
    files.set(name, new Uint8Array(await r.arrayBuffer()));
  }));
  return { text: JSON.stringify(got.scenario), plan: got.plan === null ? null : JSON.stringify(got.plan), files };
}
