// What the admin page's forms offer: each scenario folder's name and the roles people can play
// in it, worded as the code sheet words them. Names and role lists only — the scenario itself
// reaches the browser through the scenario routes (GET /api/scenarios/:folder).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRoles } from '../../../sim-core/commands/roles.ts';
import { roleName } from '../../../presentation/text/names.ts';
import type { ExerciseHub } from '../hub.ts';

export interface ScenarioChoice {
  folder: string;
  name: { zh: string; en?: string };
  hasPlan: boolean;
  roles: { role: string; zh: string; en: string }[];
}

const FOLDER = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function scenarioChoices(hub: ExerciseHub, dir: string): ScenarioChoice[] {
  if (!existsSync(dir)) return [];
  const out: ScenarioChoice[] = [];
  for (const folder of readdirSync(dir).sort()) {
    if (!FOLDER.test(folder) || !existsSync(join(dir, folder, 'scenario.json'))) continue;
    try {
      const s = hub.scenario(folder);
      out.push({
        folder, name: s.name, hasPlan: existsSync(join(dir, folder, 'plan.json')),
        roles: allRoles(s).filter((r) => r !== 'director').map((role) => ({ role, zh: roleName(s, role, 'zh'), en: roleName(s, role, 'en') })),
      });
    } catch { /* a scenario that does not load is not offered (tuiyan check names its problems) */ }
  }
  return out;
}
