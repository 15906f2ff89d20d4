// Resolves the scenario's crowded sites (siteSchema.ts) into the core's CrowdedSite: reads a
// floor plan given as a file, turns the occupancy clock times into seconds of the day, and checks
// the geometry the crowd model needs with the model's own case validation (crowdCaseInput.ts):
// at the site's largest occupancy every person stands inside the plan, clear of the walls, and
// has a way out to an exit. Problems name the site's JSON path.
import type { ScenarioJson } from './schema.ts';
import { sitePlanSchema } from './siteSchema.ts';
import { jsonPath, parseJsonText, ScenarioError, type Problem } from './problems.ts';
import type { ReadFile } from './resolve.ts';
import type { CrowdedSite, SitePlan } from '../sim-core/people/sites/siteTypes.ts';
import { placeOccupants, siteCapacity } from '../sim-core/people/sites/siteOccupants.ts';
import { prepareCrowdCase } from '../sim-core/people/crowd/crowdCase.ts';

const seconds = (hhmm: string) => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;

function readPlan(raw: ScenarioJson['sites'] & {}, k: number, file: string, readFile: ReadFile, problems: Problem[]): SitePlan | null {
  const p = raw[k].plan;
  if (!('file' in p)) return p;
  const at = `sites[${k}].plan.file`;
  const bytes = readFile(p.file);
  if (!bytes) { problems.push({ file, path: at, message: `file ${p.file} not found beside the scenario` }); return null; }
  const parsed = parseJsonText(new TextDecoder().decode(bytes), p.file);
  if (!parsed.ok) { problems.push(parsed.problem); return null; }
  const checked = sitePlanSchema.safeParse(parsed.value);
  if (!checked.success) {
    for (const i of checked.error.issues) problems.push({ file: p.file, path: jsonPath(i.path), message: i.message });
    return null;
  }
  return checked.data;
}

export function resolveSites(json: ScenarioJson, file: string, readFile: ReadFile): CrowdedSite[] {
  const raw = json.sites ?? [];
  const problems: Problem[] = [];
  const out: CrowdedSite[] = [];
  const ids = new Set<string>();
  raw.forEach((s, k) => {
    const at = `sites[${k}]`;
    if (ids.has(s.id)) problems.push({ file, path: `${at}.id`, message: `site id ${s.id} is used twice` });
    ids.add(s.id);
    if (!json.townships.some((t) => t.id === s.township)) problems.push({ file, path: `${at}.township`, message: `no township ${s.township}` });
    const plan = readPlan(raw, k, file, readFile, problems);
    if (!plan) return;
    const site: CrowdedSite = {
      id: s.id, name: s.name, kind: s.kind, x: s.x, y: s.y, township: s.township, plan,
      occupancy: s.occupancy.map((o) => ({ from: seconds(o.from), to: seconds(o.to), people: o.people })),
      receiver: s.receiver, speed: s.speed, reaction: [s.reaction[0], s.reaction[1]], maxDuration: s.maxDuration,
    };
    const most = Math.max(...site.occupancy.map((o) => o.people));
    const capacity = siteCapacity(site);
    if (most > capacity) {
      problems.push({ file, path: `${at}.occupancy`, message: `${most} people do not fit the plan's rooms: they hold ${capacity} at one person per 0.8 m × 0.8 m` });
      return;
    }
    if (most > 0) {
      const { x, y } = placeOccupants(site, most);
      const agents = Array.from(x, (xa, a) => ({ x: xa, y: y[a] }));
      const prepared = prepareCrowdCase({ walls: plan.walls, exits: plan.exits, agents, maxTime: site.maxDuration });
      if (!prepared.ok) {
        for (const e of prepared.errors.slice(0, 5)) {
          const where = e.path.startsWith('agents[') ? `${at}.plan.rooms (a person placed at ${e.path})` : `${at}.plan.${e.path}`;
          problems.push({ file, path: where, message: e.message });
        }
        return;
      }
    }
    out.push(site);
  });
  if (problems.length) throw new ScenarioError(problems);
  return out;
}
