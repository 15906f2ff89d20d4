// The chemical release, every minute while gas is in the air: the air and dose at each village
// (indoors once a shelter-in-place order has taken effect), deaths by the probit and injuries
// above AEGL-3, the teams isolating the leak and those measuring the zone; every 5 minutes (and
// at once when the wind or the release changed) the concentration over the grid and the threat
// zone. Nothing runs — and no PRNG number is drawn — in a scenario without chemical sites.
import type { Draft } from 'immer';
import type { Subsystem } from '../../clock.ts';
import { unitAudience, type SimContext } from '../../context.ts';
import type { Entities } from '../../state.ts';
import { hypot } from '../../math/index.ts';
import { indoorAir } from './indoorAir.ts';
import { compareStrings, sortedKeys } from '../../order.ts';
import { casualtiesOf, groupsAtHome, peopleAtHome, takeFromHome } from '../../people/atHome.ts';
import type { TeamType } from '../../forces/teamTypes.ts';
import { placeIndex } from '../../world/placeIndex.ts';
import { threatZones } from '../plume/zones.ts';
import { DEFAULT_AIR_CHANGES_PER_HOUR } from '../plume/shelter.ts';
import type { ChemicalSite } from './chemicalSite.ts';
import type { ChemicalEntities, VillageAir, ZoneSnapshot, ZoneTier } from './chemicalState.ts';
import { PUBLIC_TOXICITY } from './publicTiers.ts';
import { lethalShare } from './probit.ts';
import { addSiteField, MAX_REACH, plumeWeather, segmentLive, siteConcentrationAt } from './plumeNow.ts';
import { zoneOutlines } from './zoneOutline.ts';
import { isolateSite, releasedBy } from './release.ts';

export const CHEMICAL_STEP = 60;
export const ZONE_STEP = 300;
/**
 * Isolating a leaking tank (关阀堵漏): closing the emergency shut-off and root valves and fitting
 * a leak-sealing clamp on the packing — an assumed 10 min of work by an entry team on scene. Its
 * breathing air bounds entry work (a 6.8 L / 30 MPa cylinder gives about 30 min, and crews plan
 * to be out with a reserve), so a longer job would need relays.
 */
export const ISOLATE_SECONDS = 600;
/** A team works at the site when it is this close, m. */
const AT_SITE = 500;
/** A monitoring team measures the zone within this distance of the site (its detectors on the plume's edge), m. */
const MONITOR_RANGE = 5000;
/** Below this the air is taken as clean, ppm (a thousandth of chlorine's AEGL-1, 0.5 ppm). */
const TRACE = 5e-4;
/** Fire-and-rescue crews carry the gas-tight suits and plugging kits (消防救援队伍承担危化品处置). */
const ISOLATORS = new Set<TeamType>(['fireStation', 'specialService']);
/** Teams with gas detectors: fire and rescue, and the district's professional teams (环境监测). */
const MONITORS = new Set<TeamType>(['fireStation', 'specialService', 'districtTeam']);

function active(ctx: SimContext, t: number): boolean {
  const chem = ctx.state.entities.chemical;
  if (!chem || chem.releases.length === 0 || !ctx.scenario.chemical) return false;
  const speed = Math.max(1, ctx.state.entities.weather.wind.speed);
  return chem.releases.some((s) => segmentLive(s, t + 1, speed));
}

function sitesById(ctx: SimContext): Map<string, ChemicalSite> {
  return new Map((ctx.scenario.chemical?.sites ?? []).map((s) => [s.id, s]));
}

/** Outdoor ppm at a point from every site. */
function outdoorAt(ctx: SimContext, x: number, y: number): number {
  const setting = ctx.scenario.chemical!;
  const chem = ctx.state.entities.chemical!;
  const weather = plumeWeather(setting, ctx.state.entities.weather.wind);
  let c = 0;
  for (const site of setting.sites) {
    if (hypot(x - site.x, y - site.y) > MAX_REACH) continue;
    c += siteConcentrationAt(site, chem.releases, weather, ctx.state.t, x, y);
  }
  return c;
}

function newAir(): VillageAir {
  return { inside: 0, outside: 0, load: 0, dose: 0, outdoorDose: 0, peak: 0, dead: 0, injured: 0, alerted: null };
}

function breathe(ctx: SimContext, draft: Draft<Entities>): void {
  const { scenario, state } = ctx;
  const chem = draft.chemical!;
  const setting = scenario.chemical!;
  const tox = PUBLIC_TOXICITY[setting.sites[0].substance];
  const aegl2 = tox.tiers[0].ppm, aegl3 = tox.tiers[tox.tiers.length - 1].ppm;
  // Injured: people whose toxic load reached that of an hour at AEGL-3 (life-threatening effects
  // for the general public) — an assumed rule on the AEGL's own 60-min value.
  const injuryLoad = (tox.probit.n === 2 ? aegl3 * aegl3 : aegl3) * 60;
  const minutes = CHEMICAL_STEP / 60;
  const groups = groupsAtHome(state.entities);
  for (const v of scenario.villages) {
    const raw = outdoorAt(ctx, v.x, v.y);
    const outside = raw < TRACE ? 0 : raw;
    const before = chem.villages[v.id];
    if (outside === 0 && (!before || before.inside === 0)) {
      if (before && before.outside !== 0) before.outside = 0;
      continue;
    }
    const air = before ?? (chem.villages[v.id] = newAir());
    const sheltered = v.id in chem.sheltered && chem.sheltered[v.id] <= state.t;
    // Unsheltered people (windows open, out of doors) breathe the outdoor air — an assumption: a
    // household not told to shut itself in is taken as unprotected.
    // Sheltered: the shut house of shelter.ts (single zone, λ air changes per hour).
    const step = indoorAir(air.inside, outside, sheltered, DEFAULT_AIR_CHANGES_PER_HOUR, CHEMICAL_STEP);
    const inside = step.mean;
    air.outside = outside;
    air.inside = step.end;
    air.load += (tox.probit.n === 2 ? inside * inside : inside) * minutes;
    air.dose += inside * minutes;
    air.outdoorDose += outside * minutes;
    if (inside > air.peak) air.peak = inside;
    const township = [`township:${v.township}`];
    if (air.alerted === null && outside >= aegl2) {
      air.alerted = state.t;
      // Villagers smell the gas and call the township (who passes it on by report).
      ctx.emit({ kind: 'gasAtVillage', village: v.id }, township);
    }
    const home = peopleAtHome(draft, v, groups);
    const want = Math.floor(lethalShare(tox.probit, air.load) * (home + air.dead));
    let killed = 0;
    if (want > air.dead) {
      killed = takeFromHome(draft, v, want - air.dead);
      air.dead += killed;
      const c = casualtiesOf(draft, v);
      c.dead += killed;
      // The worst hurt die first: the dead leave the injured count.
      const wereHurt = Math.min(killed, air.injured, c.injured);
      air.injured -= wereHurt;
      c.injured -= wereHurt;
    }
    let hurt = 0;
    if (air.load >= injuryLoad) {
      const atHome = home - killed - air.injured;
      if (atHome > 0) { hurt = atHome; air.injured += hurt; casualtiesOf(draft, v).injured += hurt; }
    }
    if (killed > 0 || hurt > 0) ctx.emit({ kind: 'gasCasualties', village: v.id, dead: killed, injured: hurt }, township);
  }
}

function isolate(ctx: SimContext, draft: Draft<Entities>): { site: string; unit: string }[] {
  const { scenario, state } = ctx;
  const chem = draft.chemical!;
  const sites = scenario.chemical!.sites;
  const places = placeIndex(scenario);
  const done: { site: string; unit: string }[] = [];
  for (const id of sortedKeys(draft.units)) {
    const u = draft.units[id];
    if (u.task !== 'isolate' || u.status !== 'onScene') continue;
    const nx = scenario.roads.nodeX[u.node], ny = scenario.roads.nodeY[u.node];
    const site = sites.find((s) => hypot(s.x - nx, s.y - ny) <= AT_SITE && !chem.isolated[s.id] && !done.some((d) => d.site === s.id)
      && chem.releases.some((r) => r.site === s.id && r.kind === 'continuous' && (r.to === null || r.to > state.t)));
    if (!site) continue;
    const team = places.team.get(id)!;
    if (!ISOLATORS.has(team.type)) {
      ctx.emit({ kind: 'taskFailed', unit: id, task: 'isolate', reason: 'tooDangerous', detail: 'no gas-tight suits or plugging kit: only fire and rescue crews isolate a chemical leak' }, unitAudience(scenario, id));
      u.task = null;
      u.taskLabel = null;
      continue;
    }
    chem.isolationWork[id] = (chem.isolationWork[id] ?? 0) + CHEMICAL_STEP;
    if (chem.isolationWork[id] >= ISOLATE_SECONDS) {
      done.push({ site: site.id, unit: id });
      u.task = null;
      u.taskLabel = null;
    }
  }
  return done;
}

function zoneKey(ctx: SimContext, chem: ChemicalEntities): string {
  return JSON.stringify([ctx.state.entities.weather.wind, chem.releases.length, sortedKeys(chem.isolated)]);
}

/** The zone of the site that released last, as it truly is now. */
function computeZone(ctx: SimContext, chem: ChemicalEntities): ZoneSnapshot {
  const setting = ctx.scenario.chemical!;
  const last = chem.releases[chem.releases.length - 1];
  const site = sitesById(ctx).get(last.site)!;
  const weather = plumeWeather(setting, ctx.state.entities.weather.wind);
  const t = ctx.state.t;
  const tiers = PUBLIC_TOXICITY[site.substance].tiers;
  const outlines = zoneOutlines(site, chem.releases, weather, t, tiers);
  // Concentration over the grid (ppm), for the area of each tier.
  const { width, height, cellSize } = ctx.scenario.grid;
  const work = chemicalWork(ctx);
  work.field.fill(0);
  addSiteField(site, chem.releases, weather, t, { width, height, cellSize }, work.field, work.segment);
  const areas = threatZones(work.field, { width, height, cellSize }, site, tiers.map((x) => ({ id: x.id, threshold: x.ppm })));
  const out: ZoneTier[] = outlines.map((o, k) => ({ ...o, area: areas[k].area }));
  return { t, site: site.id, tiers: out };
}

function chemicalWork(ctx: SimContext): { field: Float64Array; segment: Float64Array } {
  const n = ctx.scenario.grid.width * ctx.scenario.grid.height;
  const own = ctx.scratch.chemical;
  if (own) return own;
  const w = { field: new Float64Array(n), segment: new Float64Array(n) };
  ctx.scratch.chemical = w;
  return w;
}

function measure(ctx: SimContext, draft: Draft<Entities>, zone: ZoneSnapshot): void {
  const { scenario } = ctx;
  const chem = draft.chemical!;
  const site = sitesById(ctx).get(zone.site)!;
  const places = placeIndex(scenario);
  for (const id of sortedKeys(draft.units)) {
    const u = draft.units[id];
    if ((u.task !== 'monitor' && u.task !== 'recon') || u.status !== 'onScene') continue;
    if (!MONITORS.has(places.team.get(id)!.type)) continue;
    if (hypot(site.x - scenario.roads.nodeX[u.node], site.y - scenario.roads.nodeY[u.node]) > MONITOR_RANGE) continue;
    const audience = unitAudience(scenario, id);
    const prev = chem.measured;
    const knownTo = [...new Set([...(prev && prev.site === zone.site ? prev.knownTo : []), ...audience])].sort(compareStrings);
    const changed = !prev || prev.tiers.some((x, k) => Math.abs(x.reach - zone.tiers[k].reach) >= 100);
    chem.measured = { ...zone, tiers: zone.tiers.map((x) => ({ ...x, polygon: x.polygon.map((p) => [p[0], p[1]] as [number, number]) })), by: id, knownTo };
    if (changed) ctx.emit({ kind: 'zoneMeasured', site: zone.site, unit: id, reach: zone.tiers.map((x) => ({ tier: x.tier, reach: x.reach })) }, knownTo);
    return;
  }
}

function run(ctx: SimContext): void {
  const { state } = ctx;
  let isolated: { site: string; unit: string }[] = [];
  ctx.update((draft) => {
    breathe(ctx, draft);
    isolated = isolate(ctx, draft);
  });
  for (const { site, unit } of isolated) isolateSite(ctx, site, unit, unitAudience(ctx.scenario, unit));
  const chem = state.entities.chemical!;
  const key = zoneKey(ctx, chem);
  if (state.t % ZONE_STEP !== 0 && key === chem.zoneKey) return;
  const zone = computeZone(ctx, chem);
  ctx.update((draft) => {
    const c = draft.chemical!;
    c.zoneKey = key;
    c.zone = zone;
    const bySite: Record<string, number> = {};
    for (const s of c.releases) bySite[s.site] = (bySite[s.site] ?? 0) + releasedBy(s, state.t);
    for (const s of sortedKeys(bySite)) c.released[s] = Math.round(bySite[s]);
    measure(ctx, draft, zone);
  });
}

export const chemical: Subsystem = {
  name: 'chemical',
  phase: 'hazards',
  run,
  nextDue: (ctx, after) => (active(ctx, after) ? (Math.floor(after / CHEMICAL_STEP) + 1) * CHEMICAL_STEP : Infinity),
  isDue: (ctx, t) => t % CHEMICAL_STEP === 0 && active(ctx, t),
};
