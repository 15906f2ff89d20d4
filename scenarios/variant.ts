// A new scenario from a template (`tuiyan new scenario --from …`, and the admin page's form):
// the template's world unchanged, the hazard day changed — start time, rain (scaled, shifted),
// fire weather (wind, fuel moisture), reservoirs' starting levels, roads and services cut from
// the start — and the script kept, replaced, or emptied. Works on the expanded scenario JSON
// (no `extends`) and never touches terrain, roads or places: the director changes the day, not
// the district. Each option it cannot apply is a problem naming the option.
import type { LocalText } from '../sim-core/world/localText.ts';
import { parseDuration } from '../sim-core/time/duration.ts';

export interface VariantOptions {
  /** The new scenario's id (lower-case letters, digits, - and _). */
  id: string;
  name?: LocalText;
  /** ISO 8601 start time with offset, e.g. 2026-08-02T05:00:00+08:00. */
  start?: string;
  /** Every rain rate (the forecast day's hyetographs and the rain injects) times this. */
  rainScale?: number;
  /** Seconds the rain comes later (negative: earlier; rates before 0 are dropped). */
  rainShift?: number;
  wind?: { speed: number; dir: number };
  moisture?: Partial<Record<'d1' | 'd10' | 'd100' | 'liveHerb' | 'liveWoody', number>>;
  /** Reservoir id → starting level (m). */
  reservoirs?: Record<string, number>;
  /** Road edges closed from the start. */
  cutRoads?: number[];
  /** Places (villages, townships, shelters…) whose roads in are cut from the start: every edge at their road node. */
  cutAccess?: string[];
  /** Services out from the start at places. */
  outages?: { place: string; services: ('power' | 'comms' | 'water')[] }[];
  /** The script: 'keep' the template's (default), 'empty', or a new MSEL (checked with the scenario). */
  script?: 'keep' | 'empty' | unknown[];
}

export interface OptionProblem { option: string; message: string }

type Json = Record<string, any>;

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

function seconds(v: unknown): number {
  return parseDuration(v) ?? 0;
}

/** A duration the schema reads: whole seconds as text ("0", "5400"). */
const durationText = (s: number) => String(Math.round(s));

function scaleSeries(series: [unknown, number][], scale: number): [unknown, number][] {
  return series.map(([t, r]) => [t, Math.min(500, Math.round(r * scale * 100) / 100)]);
}

/** Shifts a hyetograph later by `shift` s: dry before it; earlier, the rate in force at 0 stays. */
function shiftSeries(series: [unknown, number][], shift: number): [unknown, number][] {
  if (!shift) return series;
  const moved = series.map(([t, r]) => [seconds(t) + shift, r] as [number, number]);
  if (shift > 0) return [[durationText(0), 0], ...moved.map(([t, r]) => [durationText(t), r] as [unknown, number])];
  const before = moved.filter(([t]) => t <= 0);
  const atZero = before.length ? before[before.length - 1][1] : 0;
  return [[durationText(0), atZero], ...moved.filter(([t]) => t > 0).map(([t, r]) => [durationText(t), r] as [unknown, number])];
}

/** The road node nearest a point (as the loader snaps places to the road graph); ties to the lower index. */
function nearestNode(nodes: [number, number][], x: number, y: number): number {
  let best = -1, bestD = Infinity;
  nodes.forEach(([nx, ny], k) => { const d = (nx - x) ** 2 + (ny - y) ** 2; if (d < bestD) { bestD = d; best = k; } });
  return best;
}

/** The template's expanded JSON changed by `o`; nothing is applied when any option is wrong. */
export function makeVariant(template: Json, o: VariantOptions): { ok: true; json: Json } | { ok: false; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const bad = (option: string, message: string) => problems.push({ option, message });
  const json: Json = structuredClone(template);
  delete json.extends;

  if (!ID.test(o.id)) bad('id', `"${o.id}" is not an id: lower-case letters, digits, - and _, starting with a letter or digit`);
  json.id = o.id;
  json.name = o.name ?? { zh: `${template.name?.zh ?? o.id}（${o.id}）`, ...(template.name?.en ? { en: `${template.name.en} (${o.id})` } : {}) };
  if (o.start !== undefined) json.start = o.start;

  const weather: Json = (json.weather ??= {});
  if (o.rainScale !== undefined) {
    if (!(o.rainScale >= 0 && o.rainScale <= 10)) bad('rain-scale', `must be from 0 to 10, not ${o.rainScale}`);
  }
  const scale = o.rainScale ?? 1;
  const shift = o.rainShift ?? 0;
  if (Math.abs(shift) > 48 * 3600) bad('rain-shift', 'at most 48 h either way');
  weather.rain = (weather.rain ?? []).map((r: Json) => ({ ...r, series: shiftSeries(scaleSeries(r.series, scale), shift) }));
  if (o.wind) weather.wind = o.wind;
  if (o.moisture) weather.moisture = { ...(weather.moisture ?? { d1: 12, d10: 14, d100: 16, liveHerb: 150, liveWoody: 150 }), ...o.moisture };

  const reservoirs: Json[] = json.reservoirs ?? [];
  for (const [id, level] of Object.entries(o.reservoirs ?? {})) {
    const r = reservoirs.find((x) => x.id === id);
    if (!r) { bad(`reservoirs.${id}`, `no reservoir "${id}" (there are: ${reservoirs.map((x) => x.id).join(', ') || 'none'})`); continue; }
    if (!Number.isFinite(level) || level >= r.damCrest) bad(`reservoirs.${id}`, `starting level ${level} m must be below the dam crest ${r.damCrest} m`);
    else r.startLevel = level;
  }

  let injects: Json[] = json.injects ?? [];
  if (o.script === 'empty') injects = [];
  else if (Array.isArray(o.script)) injects = o.script as Json[];
  // The day's own changes: rain injects scaled and shifted like the forecast.
  injects = injects.map((i) => (i.kind === 'rain' && i.payload?.series ? { ...i, t: durationText(Math.max(0, seconds(i.t) + shift)), payload: { ...i.payload, series: scaleSeries(i.payload.series, scale) } } : i));

  const edgeCount = json.roads?.edges?.length ?? 0;
  const placeList: Json[] = ['townships', 'villages', 'shelters', 'depots', 'teamBases'].flatMap((k) => json[k] ?? []);
  const accessEdges: number[] = [];
  for (const id of o.cutAccess ?? []) {
    const p = placeList.find((x) => x.id === id);
    if (!p) { bad(`cut-access.${id}`, `no place "${id}"`); continue; }
    const node = nearestNode(json.roads?.nodes ?? [], p.x, p.y);
    const edges = (json.roads?.edges ?? []).flatMap((e: [number, number, string], k: number) => (e[0] === node || e[1] === node ? [k] : []));
    if (!edges.length) bad(`cut-access.${id}`, `no road reaches "${id}"`);
    accessEdges.push(...edges);
  }
  const cut = [...new Set([...(o.cutRoads ?? []), ...accessEdges])].sort((a, b) => a - b);
  const outOfRange = cut.filter((e) => !Number.isInteger(e) || e < 0 || e >= edgeCount);
  if (outOfRange.length) bad('cut-roads', `no road edge ${outOfRange.slice(0, 5).join(', ')} (edges are numbered 0–${edgeCount - 1})`);
  const start: Json[] = [];
  if (cut.length) start.push({ id: 'day-roads-cut', t: '0', kind: 'closeRoad', target: { edges: cut }, payload: { reason: { zh: '开始时道路已中断', en: 'Road cut when the day starts' } }, visibleTo: ['chief'] });
  const placeIds = new Set<string>(['townships', 'villages', 'shelters', 'depots', 'teamBases'].flatMap((k) => (json[k] ?? []).map((p: Json) => p.id)));
  (o.outages ?? []).forEach((out, k) => {
    if (!placeIds.has(out.place)) { bad(`outages.${out.place}`, `no place "${out.place}"`); return; }
    if (!out.services.length) { bad(`outages.${out.place}`, 'name the services cut: power, comms, water'); return; }
    start.push({ id: `day-outage-${k + 1}`, t: '0', kind: 'outage', target: { place: out.place }, payload: { services: out.services }, visibleTo: ['chief'] });
  });
  const taken = new Set(injects.map((i) => i.id));
  for (const s of start) if (taken.has(s.id)) bad('script', `the script already has an inject "${s.id}"; rename it`);
  json.injects = [...start, ...injects];

  return problems.length ? { ok: false, problems } : { ok: true, json };
}
