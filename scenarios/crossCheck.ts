// Checks a scenario's shape cannot express: ids unique and referenced things present, places
// on the grid, road edges between existing nodes, levels in order, injects aimed at real edges
// and roles. Every problem is collected, not just the first.
import type { ScenarioJson } from './schema.ts';
import type { Problem } from './problems.ts';
import { checkCondition, type ConditionWorld } from '../sim-core/injects/conditionRules.ts';
import { COMMAND_TYPES } from '../sim-core/commands/command.ts';
import { checkWaterNetwork } from './crossCheckWater.ts';

export function crossCheck(s: ScenarioJson, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const W = s.grid.width * s.grid.cellSize, H = s.grid.height * s.grid.cellSize;

  const ids = new Map<string, string>();
  const placeLists = ['townships', 'villages', 'shelters', 'depots', 'teamBases', 'cameras', 'reservoirs', 'gauges'] as const;
  for (const list of placeLists) {
    s[list].forEach((p, i) => {
      const at = `${list}[${i}]`;
      const seen = ids.get(p.id);
      if (seen) add(`${at}.id`, `duplicate id ${JSON.stringify(p.id)} (also ${seen})`);
      else ids.set(p.id, at);
      if (!(p.x >= 0 && p.x < W && p.y >= 0 && p.y < H)) {
        add(at, `(${p.x}, ${p.y}) is off the grid (0 ≤ x < ${W}, 0 ≤ y < ${H} m)`);
      }
    });
  }
  const levees = new Set<string>();
  s.levees.forEach((l, i) => {
    if (levees.has(l.id)) add(`levees[${i}].id`, `duplicate levee id ${JSON.stringify(l.id)}`);
    levees.add(l.id);
    l.line.forEach(([x, y], k) => { if (!(x >= 0 && x <= W && y >= 0 && y <= H)) add(`levees[${i}].line[${k}]`, `(${x}, ${y}) is off the grid`); });
  });
  const townships = new Set(s.townships.map((t) => t.id));
  const needTownship = (id: string, at: string) => { if (!townships.has(id)) add(at, `no township ${JSON.stringify(id)}`); };
  s.villages.forEach((v, i) => {
    needTownship(v.township, `villages[${i}].township`);
    if (v.atRisk.people > v.population) add(`villages[${i}].atRisk.people`, `${v.atRisk.people} at risk but the population is ${v.population}`);
    if (v.atRisk.households > v.households) add(`villages[${i}].atRisk.households`, `${v.atRisk.households} at risk but there are ${v.households} households`);
    if (v.households > v.population) add(`villages[${i}].households`, `${v.households} households for ${v.population} people`);
    if (v.vulnerable > v.population) add(`villages[${i}].vulnerable`, `${v.vulnerable} vulnerable people but the population is ${v.population}`);
  });
  s.shelters.forEach((p, i) => needTownship(p.township, `shelters[${i}].township`));
  if (s.earthquake) {
    const q = s.earthquake;
    const villageIds = new Set(s.villages.map((v) => v.id));
    for (const v of Object.keys(q.stock?.villages ?? {})) if (!villageIds.has(v)) add(`earthquake.stock.villages.${v}`, `no village ${JSON.stringify(v)}`);
    for (const t of Object.keys(q.stock?.townships ?? {})) needTownship(t, `earthquake.stock.townships.${t}`);
    (q.satellitePhones ?? []).forEach((v, i) => { if (!villageIds.has(v)) add(`earthquake.satellitePhones[${i}]`, `no village ${JSON.stringify(v)}`); });
    if (q.intensityMapAt !== undefined && q.intensityMapAt < q.t) add('earthquake.intensityMapAt', `the intensity map is published at ${q.intensityMapAt} s, before the shock at ${q.t} s`);
  }

  const bases = new Set(s.teamBases.map((b) => b.id));
  const teamIds = new Set<string>();
  s.teams.forEach((t, i) => {
    if (teamIds.has(t.id)) add(`teams[${i}].id`, `duplicate team id ${JSON.stringify(t.id)}`);
    teamIds.add(t.id);
    if (!bases.has(t.base)) add(`teams[${i}].base`, `no team base ${JSON.stringify(t.base)}`);
    if (t.owner !== 'district' && !townships.has(t.owner)) add(`teams[${i}].owner`, `owner must be "district" or a township id, not ${JSON.stringify(t.owner)}`);
  });

  for (const key of Object.keys(s.briefing?.roles ?? {})) {
    const [kind, id] = key.split(':');
    if (!['director', 'evaluator', 'observer', 'chief', 'township', 'team'].includes(kind)) { add(`briefing.roles.${key}`, 'a role such as chief, township, township:ID, team or team:ID'); continue; }
    if (id !== undefined && kind === 'township' && !townships.has(id)) add(`briefing.roles.${key}`, `no township ${JSON.stringify(id)}`);
    if (id !== undefined && kind === 'team' && !teamIds.has(id)) add(`briefing.roles.${key}`, `no team ${JSON.stringify(id)}`);
    if (id !== undefined && kind !== 'township' && kind !== 'team') add(`briefing.roles.${key}`, `${kind} has no id; write "${kind}"`);
  }

  const reservoirs = new Set(s.reservoirs.map((r) => r.id));
  s.reservoirs.forEach((r, i) => {
    if (!(r.normalLevel < r.damCrest)) add(`reservoirs[${i}].normalLevel`, `normal level ${r.normalLevel} m must be below the dam crest ${r.damCrest} m`);
    // 汛限水位 ≤ 正常蓄水位: in the flood season a reservoir is drawn down to make room for floods.
    if (!(r.floodLimitLevel <= r.normalLevel)) add(`reservoirs[${i}].floodLimitLevel`, `flood-limit level ${r.floodLimitLevel} m must not be above the normal level ${r.normalLevel} m`);
    if (r.startLevel !== undefined && !(r.startLevel < r.damCrest)) add(`reservoirs[${i}].startLevel`, `starting level ${r.startLevel} m must be below the dam crest ${r.damCrest} m`);
  });
  s.gauges.forEach((g, i) => {
    if (g.on === 'reservoir' && !g.reservoir) add(`gauges[${i}].reservoir`, 'a reservoir gauge names its reservoir');
    if (g.reservoir && !reservoirs.has(g.reservoir)) add(`gauges[${i}].reservoir`, `no reservoir ${JSON.stringify(g.reservoir)}`);
    if (!(g.warningLevel < g.dangerLevel)) add(`gauges[${i}].warningLevel`, `warning level ${g.warningLevel} m must be below the danger level ${g.dangerLevel} m`);
  });

  const nodeCount = s.roads.nodes.length;
  s.roads.nodes.forEach(([x, y], i) => {
    if (!(x >= 0 && x < W && y >= 0 && y < H)) add(`roads.nodes[${i}]`, `(${x}, ${y}) is off the grid`);
  });
  s.roads.edges.forEach(([a, b], i) => {
    if (a >= nodeCount) add(`roads.edges[${i}][0]`, `node ${a} does not exist (${nodeCount} nodes)`);
    if (b >= nodeCount) add(`roads.edges[${i}][1]`, `node ${b} does not exist (${nodeCount} nodes)`);
    if (a === b) add(`roads.edges[${i}]`, `an edge from node ${a} to itself`);
    else if (a < nodeCount && b < nodeCount) {
      const [ax, ay] = s.roads.nodes[a], [bx, by] = s.roads.nodes[b];
      if (ax === bx && ay === by) add(`roads.edges[${i}]`, `nodes ${a} and ${b} are at the same point`);
    }
  });
  if (nodeCount === 0 && (s.teams.length > 0 || s.villages.length > 0)) add('roads.nodes', 'a scenario with teams or villages needs roads');
  // 桥梁: unique ids, edges of the road graph.
  const bridgeIds = new Set<string>();
  (s.bridges ?? []).forEach((b, i) => {
    if (bridgeIds.has(b.id)) add(`bridges[${i}].id`, `duplicate bridge id ${JSON.stringify(b.id)}`);
    bridgeIds.add(b.id);
    b.edges.forEach((e, k) => { if (e >= s.roads.edges.length) add(`bridges[${i}].edges[${k}]`, `no road edge ${e} (${s.roads.edges.length} edges)`); });
  });

  const roles = new Set(['all', 'director', 'evaluator', 'chief', 'observer',
    ...s.townships.map((t) => `township:${t.id}`), ...s.teams.map((t) => `team:${t.id}`)]);
  const injectIds = new Set<string>();
  const zones = new Set(s.weather.rainZones.map((z) => z.id));
  s.injects.forEach((inj, i) => {
    const at = `injects[${i}]`;
    if (injectIds.has(inj.id)) add(`${at}.id`, `duplicate inject id ${JSON.stringify(inj.id)}`);
    injectIds.add(inj.id);
    inj.visibleTo.forEach((r, k) => { if (!roles.has(r)) add(`${at}.visibleTo[${k}]`, `no role ${JSON.stringify(r)}`); });
    const t = inj.target;
    const want = (ok: boolean, shape: string) => { if (!ok) add(`${at}.target`, `a ${inj.kind} inject's target is ${shape}`); return ok; };
    switch (inj.kind) {
      case 'message':
        if (!inj.payload.from) add(`${at}.payload.from`, 'a message inject says who it is from');
        if (!inj.payload.text) add(`${at}.payload.text`, 'a message inject has a text');
        if (t !== null) add(`${at}.target`, 'a message inject has no target');
        break;
      case 'closeRoad':
      case 'openRoad':
        if (want(t !== null && 'edges' in t, '{edges: [...]}') && t && 'edges' in t) {
          t.edges.forEach((e, k) => {
            if (e >= s.roads.edges.length) add(`${at}.target.edges[${k}]`, `no road edge ${e} (${s.roads.edges.length} edges)`);
          });
        }
        break;
      case 'rain':
        if (want(t !== null && 'zone' in t, '{zone: id}') && t && 'zone' in t && !zones.has(t.zone)) add(`${at}.target.zone`, `no rain zone ${JSON.stringify(t.zone)}`);
        if (!inj.payload.series) add(`${at}.payload.series`, 'a rain inject gives the series that really falls, [[t, mm/h]…]');
        break;
      case 'weather':
        if (!inj.payload.wind && !inj.payload.moisture) add(`${at}.payload`, 'a weather inject changes wind or moisture');
        break;
      case 'ignite':
        if (want(t !== null && 'x' in t, '{x, y} in metres') && t && 'x' in t && !(t.x >= 0 && t.x < W && t.y >= 0 && t.y < H)) {
          add(`${at}.target`, `(${t.x}, ${t.y}) is off the grid`);
        }
        break;
      case 'outage':
        if (want(t !== null && 'place' in t, '{place: id}') && t && 'place' in t && !ids.has(t.place)) add(`${at}.target.place`, `no place ${JSON.stringify(t.place)}`);
        if (!inj.payload.services) add(`${at}.payload.services`, 'an outage names the services: power, comms, water');
        break;
      case 'trapped':
        if (want(t !== null && 'place' in t, '{place: village id}') && t && 'place' in t && !s.villages.some((v) => v.id === t.place)) add(`${at}.target.place`, `no village ${JSON.stringify(t.place)}`);
        if (!(inj.payload.people! > 0)) add(`${at}.payload.people`, 'a trapped inject says how many people (1 or more)');
        break;
      case 'leveeBreach':
        if (want(t !== null && 'levee' in t, '{levee: id, x, y}') && t && 'levee' in t) {
          if (!levees.has(t.levee)) add(`${at}.target.levee`, `no levee ${JSON.stringify(t.levee)}`);
          if (!(t.x >= 0 && t.x < W && t.y >= 0 && t.y < H)) add(`${at}.target`, `(${t.x}, ${t.y}) is off the grid`);
        }
        break;
      case 'chemicalRelease': {
        const sites = new Set((s.chemical?.sites ?? []).map((x) => x.id));
        if (want(t !== null && 'site' in t, '{site: chemical site id}') && t && 'site' in t && !sites.has(t.site)) add(`${at}.target.site`, `no chemical site ${JSON.stringify(t.site)}`);
        const p = inj.payload;
        if (p.mass === undefined && p.rate === undefined) add(`${at}.payload`, 'a chemicalRelease gives a rate (kg/s, with an optional duration) or a mass (kg, a puff)');
        if (p.mass !== undefined && (p.rate !== undefined || p.duration !== undefined)) add(`${at}.payload`, 'give either {mass} (a puff) or {rate, duration?} (a leak), not both');
        break;
      }
      case 'aftershock': {
        // 余震: after the scenario earthquake's main shock, at a point on the grid, with a magnitude and depth.
        if (!s.earthquake) add(`${at}.kind`, 'an aftershock needs the scenario earthquake (earthquake)');
        else if (inj.t < s.earthquake.t) add(`${at}.t`, `an aftershock comes after the main shock (${s.earthquake.t} s)`);
        if (want(t !== null && 'x' in t && !('levee' in t) && !('main' in t), '{x, y}: the epicentre in metres') && t && 'x' in t && !(t.x >= 0 && t.x < W && t.y >= 0 && t.y < H)) add(`${at}.target`, `(${t.x}, ${t.y}) is off the grid`);
        if (inj.payload.magnitude === undefined) add(`${at}.payload.magnitude`, 'an aftershock gives its magnitude Ms');
        if (inj.payload.depth === undefined) add(`${at}.payload.depth`, 'an aftershock gives its focal depth in metres');
        break;
      }
      case 'damCrack':
      case 'damBreak':
        if (want(t !== null && 'place' in t, '{place: reservoir id}') && t && 'place' in t && !reservoirs.has(t.place)) add(`${at}.target.place`, `no reservoir ${JSON.stringify(t.place)}`);
        break;
      case 'siteAlarm':
      case 'sitePanic':
      case 'siteExitBlocked': {
        // 人员密集场所 (scenarios/siteSchema.ts): the site, and for a blocked exit one of its plan's exits.
        const site = want(t !== null && 'site' in t, '{site: id, exit?}') && t && 'site' in t ? (s.sites ?? []).find((x) => x.id === t.site) : undefined;
        if (t && 'site' in t && !site) add(`${at}.target.site`, `no crowded site ${JSON.stringify(t.site)} (scenario sites)`);
        const n = site && 'exits' in site.plan ? site.plan.exits.length : null;
        if (inj.kind === 'siteExitBlocked' && t && 'site' in t && (t.exit === undefined || (n !== null && t.exit >= n))) add(`${at}.target.exit`, n === null ? 'a siteExitBlocked inject names the exit (its index in the plan)' : `no exit ${t.exit ?? '(none given)'}: the plan has ${n} (0–${n - 1})`);
        break;
      }
    }
  });
  const world: ConditionWorld = {
    reservoirs: new Set(s.reservoirs.map((r) => r.id)), gauges: new Set(s.gauges.map((g) => g.id)), villages: new Set(s.villages.map((v) => v.id)),
    townships: new Set(s.townships.map((t) => t.id)), places: new Set(ids.keys()), edgeCount: s.roads.edges.length, extent: [W, H],
    roles: new Set([...roles].filter((r) => r !== 'all')), commandTypes: COMMAND_TYPES, injects: injectIds,
    chemicalSites: new Set((s.chemical?.sites ?? []).map((x) => x.id)),
    waterZones: new Set((s.waterNetwork?.zones ?? []).map((z) => z.id)),
  };
  checkWaterNetwork(s, ids, add);
  s.injects.forEach((inj, i) => {
    if (!inj.when) return;
    const c = checkCondition(inj.when, world, `injects[${i}].when`);
    if ('field' in c) add(c.field, c.message);
    else if (c.kind === 'notAnswered' && c.inject === inj.id) add(`injects[${i}].when.inject`, 'an inject cannot wait for an answer to itself');
  });
  s.chemical?.sites.forEach((c, i) => {
    if (!ids.has(c.place)) add(`chemical.sites[${i}].place`, `no place ${JSON.stringify(c.place)}`);
    if (ids.has(c.id)) add(`chemical.sites[${i}].id`, `the id ${JSON.stringify(c.id)} is also a place's`);
    if (s.chemical!.sigma === 'pasquillGifford' && !['A', 'B', 'C', 'D'].includes(s.chemical!.stability)) add('chemical.sigma', 'the pasquillGifford fits cover classes A–D only; use briggsRural or briggsUrban');
  });
  (s.damBreakZones ?? []).forEach((z, i) => {
    if (!reservoirs.has(z.reservoir)) add(`damBreakZones[${i}].reservoir`, `no reservoir ${JSON.stringify(z.reservoir)}`);
    if ((s.damBreakZones ?? []).findIndex((x) => x.reservoir === z.reservoir) !== i) add(`damBreakZones[${i}].reservoir`, `a second zone for ${JSON.stringify(z.reservoir)}`);
    const cells = s.grid.width * s.grid.height;
    const k = z.runs.findIndex(([from, n], j) => from + n > cells || (j > 0 && from <= z.runs[j - 1][0] + z.runs[j - 1][1] - 1));
    if (k >= 0) add(`damBreakZones[${i}].runs[${k}]`, `runs must be in order, not overlap, and stay within the grid's ${cells} cells`);
  });
  s.weather.rain.forEach((r, i) => { if (!zones.has(r.zone)) add(`weather.rain[${i}].zone`, `no rain zone ${JSON.stringify(r.zone)}`); });
  return problems;
}
