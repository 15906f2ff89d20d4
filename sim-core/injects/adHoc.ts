// 临机导调 — an inject the director makes up during the exercise (not in the MSEL): any kind an
// MSEL entry can be, checked field by field here (the core takes no schema library), fired at
// once under the id `adhoc-<seq>`, and logged as the command that made it.
import type { Inject, InjectKind } from './inject.ts';
import { AFTERSHOCK_MAGNITUDE, DAM_CRACK_DAMAGE, INJECT_KINDS } from './inject.ts';
import type { Scenario } from '../world/scenario.ts';
import type { LocalText } from '../world/localText.ts';

type Obj = Record<string, unknown>;
type AdHocInput = { kind: InjectKind; target?: unknown; payload?: unknown; visibleTo: string[] };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const text = (v: unknown): v is LocalText => isObj(v) && typeof v.zh === 'string' && v.zh.length > 0 && v.zh.length <= 4000 && (v.en === undefined || (typeof v.en === 'string' && v.en.length <= 4000));

/** What is wrong with an inject's field: where, a code the presentation words in Chinese, and an English message. */
export interface InjectFieldProblem { field: string; code: string; message: string }

/** The inject, or the field that is wrong and why. */
export function buildAdHocInject(input: AdHocInput, id: string, t: number, s: Scenario): Inject | InjectFieldProblem {
  const bad = (field: string, code: string, message: string): InjectFieldProblem => ({ field, code, message });
  const tg = isObj(input.target) ? input.target : {};
  const p = isObj(input.payload) ? input.payload : {};
  const base = { id, t, jitter: 0, visibleTo: input.visibleTo };
  const W = s.grid.width * s.grid.cellSize, H = s.grid.height * s.grid.cellSize;
  const onGrid = () => num(tg.x) && num(tg.y) && tg.x >= 0 && tg.y >= 0 && tg.x < W && tg.y < H;
  const place = (kinds: readonly { id: string }[]) => typeof tg.place === 'string' && kinds.some((x) => x.id === tg.place);
  switch (input.kind) {
    case 'message':
      if (!text(p.from)) return bad('payload.from', 'needText', 'a message says who it is from, {zh, en?}');
      if (!text(p.text)) return bad('payload.text', 'needText', 'a message has a text, {zh, en?}');
      return { ...base, kind: 'message', target: null, payload: { from: p.from, text: p.text } };
    case 'closeRoad':
    case 'openRoad': {
      const edges = tg.edges;
      if (!Array.isArray(edges) || edges.length === 0 || edges.length > 10_000 || !edges.every((e) => Number.isSafeInteger(e) && (e as number) >= 0 && (e as number) < s.roads.edgeCount)) return bad('target.edges', 'noEdge', `expected road edge indices below ${s.roads.edgeCount}`);
      if (p.reason !== undefined && !text(p.reason)) return bad('payload.reason', 'needText', 'expected {zh, en?}');
      return { ...base, kind: input.kind, target: { edges: edges as number[] }, payload: p.reason ? { reason: p.reason as LocalText } : {} };
    }
    case 'rain': {
      if (!s.rainZones.some((z) => z.id === tg.zone)) return bad('target.zone', 'noZone', `no rain zone ${JSON.stringify(tg.zone)}`);
      const series = p.series;
      if (!Array.isArray(series) || series.length === 0 || series.length > 500 || !series.every((x, k) => Array.isArray(x) && x.length === 2 && num(x[0]) && x[0] >= 0 && num(x[1]) && x[1] >= 0 && x[1] <= 500 && (k === 0 || x[0] > (series[k - 1] as number[])[0]))) return bad('payload.series', 'badSeries', 'expected [[seconds after now, mm/h 0–500] …] in time order');
      return { ...base, kind: 'rain', target: { zone: tg.zone as string }, payload: { series: series as [number, number][] } };
    }
    case 'weather': {
      const wind = p.wind, moisture = p.moisture;
      if (wind === undefined && moisture === undefined) return bad('payload', 'needWeather', 'a weather inject changes wind or moisture');
      if (wind !== undefined && !(isObj(wind) && num(wind.speed) && wind.speed >= 0 && wind.speed <= 60 && num(wind.dir) && wind.dir >= 0 && wind.dir < 360)) return bad('payload.wind', 'badWind', 'expected {speed: m/s 0–60, dir: 0–360}');
      const keys = ['d1', 'd10', 'd100', 'liveHerb', 'liveWoody'];
      if (moisture !== undefined && !(isObj(moisture) && keys.every((k) => num(moisture[k]) && (moisture[k] as number) >= 1 && (moisture[k] as number) <= 300))) return bad('payload.moisture', 'badMoisture', `expected {${keys.join(', ')}} in percent`);
      return { ...base, kind: 'weather', target: null, payload: { ...(wind ? { wind: wind as { speed: number; dir: number } } : {}), ...(moisture ? { moisture: moisture as never } : {}) } };
    }
    case 'ignite':
      if (!onGrid()) return bad('target', 'offGrid', 'expected {x, y} in metres on the grid');
      return { ...base, kind: 'ignite', target: { x: tg.x as number, y: tg.y as number }, payload: p.reason && text(p.reason) ? { reason: p.reason } : {} };
    case 'damBreak':
      if (!place(s.reservoirs)) return bad('target.place', 'noReservoir', `no reservoir ${JSON.stringify(tg.place)}`);
      return { ...base, kind: 'damBreak', target: { place: tg.place as string }, payload: { mode: p.mode === 'piping' ? 'piping' : 'overtopping' } };
    case 'damCrack':
      if (!place(s.reservoirs)) return bad('target.place', 'noReservoir', `no reservoir ${JSON.stringify(tg.place)}`);
      if (p.damage !== undefined && !DAM_CRACK_DAMAGE.includes(p.damage as never)) return bad('payload.damage', 'badDamage', `expected one of ${DAM_CRACK_DAMAGE.join(', ')}`);
      return { ...base, kind: 'damCrack', target: { place: tg.place as string }, payload: { damage: (p.damage as typeof DAM_CRACK_DAMAGE[number] | undefined) ?? 'moderate' } };
    case 'leveeBreach':
      if (!s.levees.some((l) => l.id === tg.levee)) return bad('target.levee', 'noLevee', `no levee ${JSON.stringify(tg.levee)}`);
      if (!onGrid()) return bad('target', 'offGrid', 'expected {levee, x, y} with x, y on the grid');
      if (p.formation !== undefined && !(num(p.formation) && p.formation >= 0 && p.formation <= 86_400)) return bad('payload.formation', 'badDuration', 'expected seconds, 0–86400');
      return { ...base, kind: 'leveeBreach', target: { levee: tg.levee as string, x: tg.x as number, y: tg.y as number }, payload: { formation: (p.formation as number | undefined) ?? 1800 } };
    case 'trapped':
      if (!place(s.villages)) return bad('target.place', 'noVillage', `no village ${JSON.stringify(tg.place)}`);
      if (!(Number.isSafeInteger(p.people) && (p.people as number) > 0 && (p.people as number) <= 100_000)) return bad('payload.people', 'badCount', 'expected a whole number of people, 1 or more');
      return { ...base, kind: 'trapped', target: { place: tg.place as string }, payload: { people: p.people as number } };
    case 'chemicalRelease': {
      const sites = s.chemical?.sites ?? [];
      if (!sites.some((x) => x.id === tg.site)) return bad('target.site', 'noSite', `no chemical site ${JSON.stringify(tg.site)}`);
      const cause = p.cause === undefined ? 'leak' : p.cause;
      if (cause !== 'leak' && cause !== 'fire' && cause !== 'explosion') return bad('payload.cause', 'badCause', 'expected leak, fire or explosion');
      if (p.mass !== undefined) {
        if (!(num(p.mass) && p.mass > 0 && p.mass <= 1e7)) return bad('payload.mass', 'badMass', 'expected kg, more than 0');
        return { ...base, kind: 'chemicalRelease', target: { site: tg.site as string }, payload: { mass: p.mass, cause } };
      }
      if (!(num(p.rate) && p.rate > 0 && p.rate <= 1e4)) return bad('payload.rate', 'badRate', 'expected a release rate in kg/s, more than 0 (or a mass in kg)');
      if (p.duration !== undefined && !(Number.isSafeInteger(p.duration) && (p.duration as number) > 0 && (p.duration as number) <= 86_400)) return bad('payload.duration', 'badDuration', 'expected seconds, 1–86400');
      return { ...base, kind: 'chemicalRelease', target: { site: tg.site as string }, payload: { rate: p.rate, ...(p.duration !== undefined ? { duration: p.duration as number } : {}), cause } };
    }
    case 'outage': {
      const all = [...s.townships, ...s.villages, ...s.shelters, ...s.depots];
      if (!place(all)) return bad('target.place', 'noPlace', `no place ${JSON.stringify(tg.place)}`);
      const services = p.services;
      if (!Array.isArray(services) || services.length === 0 || !services.every((x) => x === 'power' || x === 'comms' || x === 'water')) return bad('payload.services', 'badServices', 'expected a list of power, comms, water');
      return { ...base, kind: 'outage', target: { place: tg.place as string }, payload: { services: services as ('power' | 'comms' | 'water')[], restore: p.restore === true } };
    }
    case 'mainBurst': {
      const m = s.waterNetwork?.mains.find((x) => x.id === tg.main);
      if (!m) return bad('target.main', 'noMain', `no water main ${JSON.stringify(tg.main)}`);
      if (!onGrid()) return bad('target', 'offGrid', 'expected {main, x, y} with x, y on the grid');
      const bore = Math.PI * (m.diameter / 2) * (m.diameter / 2);
      if (!(num(p.area) && p.area > 0 && p.area <= bore)) return bad('payload.area', 'badArea', `expected the opening in m², more than 0 and at most the bore (${Math.round(bore * 1000) / 1000} m²)`);
      return { ...base, kind: 'mainBurst', target: { main: m.id, x: tg.x as number, y: tg.y as number }, payload: { area: p.area as number } };
    }
    case 'aftershock': {
      // 余震: needs the scenario's earthquake (an aftershock follows a main shock).
      if (!s.earthquake) return bad('kind', 'noEarthquake', 'an aftershock needs the scenario earthquake (scenario.json earthquake)');
      if (t < s.earthquake.t) return bad('t', 'beforeMainShock', `an aftershock comes after the main shock (${s.earthquake.t} s)`);
      if (!onGrid()) return bad('target', 'offGrid', 'expected the epicentre {x, y} in metres on the grid');
      const [lo, hi] = AFTERSHOCK_MAGNITUDE;
      if (!(num(p.magnitude) && p.magnitude >= lo && p.magnitude <= hi)) return bad('payload.magnitude', 'badMagnitude', `expected the magnitude Ms, ${lo}–${hi}`);
      if (!(num(p.depth) && p.depth >= 0 && p.depth <= 100_000)) return bad('payload.depth', 'badDepth', 'expected the focal depth in metres, 0–100000');
      if (p.strike !== undefined && !(num(p.strike) && p.strike >= 0 && p.strike <= 360)) return bad('payload.strike', 'badStrike', 'expected the fault strike in degrees, 0–360');
      return { ...base, kind: 'aftershock', target: { x: tg.x as number, y: tg.y as number }, payload: { magnitude: p.magnitude, depth: p.depth, ...(p.strike !== undefined ? { strike: p.strike as number } : {}) } };
    }
  }
  return bad('kind', 'badKind', `expected one of ${INJECT_KINDS.join(', ')}`);
}
