// Summaries fold what a disaster does to many villages at one moment into one line: an
// earthquake hurts people and cuts lifelines in a hundred villages at the same second, and a summary (the run's
// timeline, the report's key events) that listed them village by village would show nothing else.
import type { EventEntry } from '../../sim-core/log.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Lang } from './lang.ts';
import { eventLine, hurtText, type EventLine } from './eventText.ts';
import { outageName, placeName } from './names.ts';
import { OUTAGES } from '../../sim-core/world/outage.ts';

/** Fewer villages than this at one moment are listed one by one. */
const FOLD_FROM = 4;

type Foldable = Extract<EventEntry, { kind: 'casualties' } | { kind: 'peopleTrapped' } | { kind: 'outage' }>;

const foldable = (e: EventEntry): e is Foldable => e.kind === 'casualties' || e.kind === 'peopleTrapped' || e.kind === 'outage';
const placeOf = (e: Foldable) => (e.kind === 'outage' ? e.place : e.village);
const groupKey = (e: Foldable) => `${e.kind}|${e.cause}`;

/**
 * The summary lines of `events` (in log order), each with its time; minor lines left out. Among
 * the events of one moment, casualties (trappings, outages) of one cause in FOLD_FROM villages or more
 * become one line, where the first of them stood.
 */
export function foldedEventLines(s: Scenario, events: readonly EventEntry[], lang: Lang): { t: number; line: EventLine }[] {
  const out: { t: number; line: EventLine }[] = [];
  for (let i = 0; i < events.length;) {
    let j = i;
    while (j < events.length && events[j].t === events[i].t) j++;
    const moment = events.slice(i, j);
    const groups = new Map<string, Foldable[]>();
    for (const e of moment) if (foldable(e)) { const k = groupKey(e); const g = groups.get(k); if (g) g.push(e); else groups.set(k, [e]); }
    for (const e of moment) {
      const g = foldable(e) ? groups.get(groupKey(e))! : null;
      if (g && g.length >= FOLD_FROM) {
        if (g[0] === e) out.push({ t: e.t, line: foldLine(s, g, lang) });
        continue;
      }
      const l = eventLine(s, e, lang);
      if (l && !l.minor) out.push({ t: e.t, line: l });
    }
    i = j;
  }
  return out;
}

function foldLine(s: Scenario, group: readonly Foldable[], lang: Lang): EventLine {
  const en = lang === 'en';
  const first = group[0];
  const few = group.slice(0, 3).map((e) => placeName(s, placeOf(e), lang)).join(en ? ', ' : '、');
  const where = en ? `${group.length} villages (${few} …)` : `${few}等 ${group.length} 个村`;
  if (first.kind === 'casualties') {
    const injured = group.reduce((a, e) => a + (e.kind === 'casualties' ? e.injured : 0), 0), dead = group.reduce((a, e) => a + (e.kind === 'casualties' ? e.dead : 0), 0);
    const by = first.cause === 'fire' ? ['山火', 'the fire'] : first.cause === 'quake' ? ['地震', 'the earthquake'] : ['洪水', 'the flood'];
    return en
      ? { cat: 'danger', tag: 'Casualties', text: `${where}: ${hurtText(injured, dead, lang)} by ${by[1]}` }
      : { cat: 'danger', tag: '伤亡', text: `${where}${by[0]}致 ${hurtText(injured, dead, lang)}` };
  }
  if (first.kind === 'outage') {
    const counts = OUTAGES.map((o) => [o, group.filter((e) => e.kind === 'outage' && e.services.includes(o)).length] as const).filter(([, n]) => n > 0);
    const tag = counts.map(([o]) => outageName(o, lang)).join(en ? ', ' : '、');
    return { cat: 'danger', tag, text: en ? `${where}: ${counts.map(([o, n]) => `${outageName(o, lang)} ${n}`).join(', ')}` : `${where}（${counts.map(([o, n]) => `${outageName(o, lang)} ${n} 个村`).join('、')}）` };
  }
  const people = group.reduce((a, e) => a + (e.kind === 'peopleTrapped' ? e.people : 0), 0);
  const how = first.cause === 'collapse' ? ['被倒塌房屋埋压', 'buried under collapsed houses'] : first.cause === 'fire' ? ['被山火围困', 'trapped by the fire'] : ['被困', 'trapped'];
  return en ? { cat: 'danger', tag: 'Trapped', text: `${people} people ${how[1]} in ${where}` } : { cat: 'danger', tag: '被困', text: `${where}共 ${people} 人${how[0]}，需救援` };
}
