// The scenarios the director can pick and the roles each offers, in the page's language: the one
// scenario listing (GET /api/scenarios), which with the admin token carries roles and plans.
import { call } from './api.ts';
import { tx } from '../i18n.ts';

export interface ScenarioChoice {
  folder: string;
  name: { zh: string; en?: string };
  hasPlan: boolean;
  roles: { role: string; zh: string; en: string }[];
}
export interface RoleChoice { role: string; label: string; group: 'lead' | 'township' | 'team' }

let cached: Promise<ScenarioChoice[]> | null = null;

/** Forget the list (a new scenario was made). */
export function refreshScenarioChoices(): void { cached = null; }

export function scenarioChoices(): Promise<ScenarioChoice[]> {
  cached ??= call<{ scenarios: ScenarioChoice[] }>('GET', '/api/scenarios').then((r) => r.scenarios.map((x) => ({ ...x, hasPlan: x.hasPlan ?? false, roles: x.roles ?? [] })));
  cached.catch(() => { cached = null; });
  return cached;
}

export async function roleChoices(folder: string): Promise<RoleChoice[]> {
  const s = (await scenarioChoices()).find((x) => x.folder === folder);
  return (s?.roles ?? []).map((r) => ({
    role: r.role, label: tx(r.zh, r.en),
    group: r.role.startsWith('township:') ? 'township' as const : r.role.startsWith('team:') ? 'team' as const : 'lead' as const,
  }));
}
