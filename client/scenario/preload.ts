// Starts resolving the likely scenario as soon as the page opens (the last one this browser
// used, or the default) — while the join request and the socket are on the network — so the
// map is ready about when the server's welcome says which scenario the exercise plays.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { loadScenario } from './catalog.ts';

const KEY = 'tuiyan.lastScenario';

export function preloadScenario(folder?: string): void {
  let f = folder;
  try { f ??= localStorage.getItem(KEY) ?? undefined; } catch { /* private mode */ }
  // Let the join request and the socket go out first.
  setTimeout(() => { void loadScenario(f ?? 'demo-district').catch(() => {}); }, 0);
}

/** The resolved scenario (loadScenario caches, so a preloaded one is ready or on its way). */
export async function scenarioFor(folder: string, auth?: string): Promise<Scenario> {
  try { localStorage.setItem(KEY, folder); } catch { /* private mode */ }
  return loadScenario(folder, auth);
}
